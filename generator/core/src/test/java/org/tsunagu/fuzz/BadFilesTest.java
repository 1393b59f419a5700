package org.tsunagu.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.testing.TestSite;

/**
 * Files as they arrive from many hands and many programs, each with its outcome: built (and the
 * group's name on its page as written), or refused with one message at an exact place, never an
 * exception, a hang or running out of memory.
 */
class BadFilesTest {

    private static final String GROUP = "name: あおい会\nkana: あおいかい\ntype: 任意団体\ncategories: [環境の保全]\n"
            + "area: 元町\nsummary: 川の会です。\n";

    @TempDir
    Path dir;

    /** A file, and what must come of it: "built: <name>" or "<key> <line>:<column>". */
    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("Shift_JIS", GROUP.getBytes(Charset.forName("windows-31j")), "file.shiftJis 1:7"),
                Arguments.of("UTF-16 with a byte-order mark", GROUP.getBytes(StandardCharsets.UTF_16), "file.utf16 1:1"),
                Arguments.of("UTF-16 without one", GROUP.getBytes(StandardCharsets.UTF_16LE), "file.utf16 1:1"),
                Arguments.of("UTF-8 with a byte-order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        GROUP.getBytes(StandardCharsets.UTF_8)), "built: あおい会"),
                Arguments.of("CRLF line ends", utf8(GROUP.replace("\n", "\r\n")), "built: あおい会"),
                Arguments.of("a tab for indenting", utf8(GROUP + "activity:\n\tdays: 土曜\n"), "yaml.tab 8:1"),
                Arguments.of("tabs inside text", utf8(GROUP + "description: \"一\\t二\"\n"), "built: あおい会"),
                Arguments.of("a 10 MB description", utf8(GROUP + "description: " + "あ".repeat(3_500_000) + "\n"),
                        "file.tooLarge 0:0"),
                Arguments.of("a long description within bounds", utf8(GROUP + "description: " + "川。".repeat(9_000) + "\n"),
                        "built: あおい会"),
                Arguments.of("a list of 100,000 items", utf8(GROUP + "photos: [" + IntStream.range(0, 100_000)
                        .mapToObj(i -> "x").collect(Collectors.joining(",")) + "]\n"), "yaml.tooManyItems 7:9"),
                Arguments.of("an alias bomb", utf8(GROUP + "x0: &a0 [1,1,1,1,1,1,1,1,1,1]\n" + IntStream.range(1, 9)
                        .mapToObj(i -> "x" + i + ": &a" + i + " [" + ("*a" + (i - 1) + ",").repeat(9) + "*a" + (i - 1) + "]\n")
                        .collect(Collectors.joining())), "yaml.anchor 7:5"),
                Arguments.of("nesting 10,000 deep", utf8(GROUP + "description: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
                        "yaml.tooDeep 7:34"),
                Arguments.of("a NUL byte", utf8(GROUP.replace("川の会", "川\0の会")), "file.binary 6:11"),
                Arguments.of("a bell and an escape", utf8(GROUP.replace("川の会", "川\u0007の会\u001b")), "file.control 6:11"),
                Arguments.of("a C1 control", utf8(GROUP.replace("川の会", "川\u0085の会")), "file.control 6:11"),
                Arguments.of("a right-to-left override in the name", utf8(GROUP.replace("name: あおい会", "name: あおい\u202E会")),
                        "file.bidi 1:10"),
                Arguments.of("emoji", utf8(GROUP.replace("name: あおい会", "name: あおい会🌸🎵")), "built: あおい会🌸🎵"),
                Arguments.of("旧字体", utf8(GROUP.replace("name: あおい会", "name: 淺川櫻會")), "built: 淺川櫻會"),
                Arguments.of("an empty file", new byte[0], "bind.required 1:1"),
                Arguments.of("random bytes", randomBytes(), "file.notUtf8 1:1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachFileEndsInASiteOrOneMessageAtItsPlace(String what, byte[] bytes, String expected) {
        TestSite site = new TestSite(dir).write("data/groups/aoi.yaml", bytes);
        BuildResult r = site.build();
        if (expected.startsWith("built: ")) {
            assertTrue(r.written(), () -> what + ": " + r.diagnostics());
            assertEquals(expected.substring(7), site.page("/groups/aoi/").selectFirst("h1").text(), what);
            return;
        }
        assertFalse(r.written(), what);
        List<Diagnostic> errors = site.errors(r);
        Diagnostic first = errors.get(0);
        assertEquals(expected, first.key() + " " + first.line() + ":" + first.column(), () -> what + ": " + errors);
        assertEquals("data/groups/aoi.yaml", first.file());
        for (Locale l : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            assertFalse(first.message(l).isBlank());
            assertFalse(first.hint(l) == null || first.hint(l).isBlank(), () -> first.key() + " has no hint in " + l);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        b[0] = (byte) 0xC3; // not the start of any text
        b[1] = (byte) 0x28;
        return b;
    }
}
