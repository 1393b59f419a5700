package org.tsunagu.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.sample.SampleSite;

/**
 * Plain text skips the Markdown parser and the cleaner; it must come out exactly as through
 * them, for every text the quick way takes.
 */
class MarkdownTest {

    @TempDir
    Path tmp;

    @Test
    void plainTextIsParagraphsAndBreaks() {
        assertEquals("<p>一行目<br>\n二行目</p>\n<p>三段落目。2024年から</p>\n",
                Markdown.toSafeHtml("一行目\n二行目\n\n三段落目。2024年から", 2));
        assertTrue(Markdown.isPlain("毎月第4金曜日 10時から"));
        for (String markdown : List.of("1. 会員募集", "* 見学歓迎", "# 活動", "a  \nb", " 字下げ", "末尾 ",
                "詳しくはhttps://example.jp", "mail@example.jp", "&amp;", "<b>太字</b>", "全角\u3000空白", "a\r\nb",
                "表|列", "**強調**", "\u00a0")) {
            assertFalse(Markdown.isPlain(markdown), markdown);
        }
    }

    @Test
    void quickWayEqualsTheFullWayOnRandomTexts() {
        String[] pieces = {"a", "Z", "1", "9", "10", " ", " ", "\n", "\n\n", "あ", "漢字", "、", "。", "（", "）", "〜",
                "ー", "・", "😀", "\u3000", "ｱ", "Ａ", "１", "www", "http", "x", "\u4e00", "\uff5e", "\u3001"};
        Random random = new Random(20261207);
        int plain = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            if (text.isBlank() || !Markdown.isPlain(text)) {
                continue;
            }
            plain++;
            assertEquals(Markdown.parsed(text, 2), Markdown.plain(text), () -> "[" + text + "]");
        }
        assertTrue(plain > 5_000, "enough plain texts tried: " + plain);
    }

    @Test
    void quickWayEqualsTheFullWayOnEveryDescriptionOfTheDemoAndTheSample() throws IOException {
        Path sample = tmp.resolve("sample");
        SampleSite.write(sample, 60, 200, 3);
        List<String> texts = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Path root : List.of(Path.of("../../data"), sample.resolve("data"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    collect(yaml.readTree(f.toFile()), texts);
                }
            }
        }
        int plain = 0;
        for (String text : texts) {
            if (!text.isBlank() && Markdown.isPlain(text)) {
                plain++;
                assertEquals(Markdown.parsed(text, 2), Markdown.plain(text), text);
            }
        }
        assertTrue(plain > 200, "plain texts: " + plain + " of " + texts.size());
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collect(child, out));
    }
}
