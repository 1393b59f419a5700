package org.tsunagu.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScriptCompactorTest {

    @Test
    void commentsIndentationAndBlankLinesGo() {
        assertEquals("const a = 1;\nif (a) {\nf(a);\n}\n", ScriptCompactor.compact("""
                // A constant.
                const a = 1; // one

                /**
                 * Calls f.
                 */
                if (a) {
                    f(a); /* inline */
                }
                """));
    }

    @Test
    void stringsTemplatesAndRegularExpressionsAreCopiedExactly() {
        String code = String.join("\n",
                "const s = '// not a comment', t = \"/* nor this */\";",
                "const r = /\\/\\/[/*]/g.test(s) && /[^][\\p{M}]*/gu;",
                "const u = `a ${b ? `//${c}` : '/*'} // kept ${{ x: 1 }.x}`;",
                "const v = `line one",
                "    indented // inside the template",
                "`;",
                "const w = a / b / c;",
                "const x = (a) / 2, y = [1][0] / 2;",
                "return /re/.test(z);",
                "");
        assertEquals(code, ScriptCompactor.compact(code + "// end\n"));
    }

    @Test
    void aBlockCommentOverLinesStillEndsTheLine() {
        assertEquals("a = 1\nb = 2\n", ScriptCompactor.compact("a = 1/* one\n two */b = 2\n"));
        assertEquals("a = 1 + 2\n", ScriptCompactor.compact("a = 1/**/+ 2\n"));
    }

    @Test
    void aLicenceCommentStays() {
        assertEquals("/*! (c) Tsunagu */\nx();\n", ScriptCompactor.compact("/*! (c) Tsunagu */\n  x(); // call\n"));
    }

    @Test
    void textThatEndsInsideAStringOrCommentIsLeftAsItIs() {
        for (String broken : new String[] {"const a = 'open;\n", "const b = `open\n", "f(); /* open\n"}) {
            assertEquals(broken, ScriptCompactor.compact(broken));
        }
    }

    @Test
    void aSlashThatEndsNoExpressionIsADivision() {
        assertEquals("const h = w / 2;\n", ScriptCompactor.compact("const h = w / 2; // half\n"));
        assertEquals("x = a\n/ b;\n", ScriptCompactor.compact("x = a\n  / b;\n"));
    }
}
