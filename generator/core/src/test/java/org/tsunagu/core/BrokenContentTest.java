package org.tsunagu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.testing.TestSite;

/**
 * The folder of broken content files ({@code src/test/resources/broken/}): each file is put into
 * an otherwise valid site, and the build must report exactly the errors listed for it in
 * {@code expected.tsv}, at the listed line and column, with the listed Japanese message, and
 * write nothing.
 *
 * <p>{@code expected.tsv}: fixture, where it goes in the site, line:column, message key, message.
 */
class BrokenContentTest {

    @TempDir
    Path temp;

    record Expected(String target, String position, String key, String message) {
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenFileGivesItsExactMessage() throws IOException {
        Map<String, List<Expected>> expected = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/broken/expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                expected.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Expected(f[1], f[2], f[3], f[4]));
            }
        }
        List<String> fixtures;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/broken"))) {
            fixtures = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv")).sorted().toList();
        }
        assertEquals(fixtures, expected.keySet().stream().sorted().toList(), "every fixture has expectations");
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path dir = Files.createTempDirectory(temp, "site");
            TestSite site = new TestSite(dir).group("valid", "正しい会", "ただしいかい", "");
            byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/broken", e.getKey()));
            String target = e.getValue().get(0).target();
            site.write(target, bytes);
            BuildResult r = site.build();
            assertFalse(r.written(), "a site with errors is not written");
            assertFalse(Files.exists(site.out()), "nothing is written");
            List<String> actual = site.errors(r).stream().map(BrokenContentTest::describe).toList();
            List<String> wanted = e.getValue().stream()
                    .map(x -> x.target() + ":" + x.position() + " " + x.key() + " " + x.message()).toList();
            assertEquals(wanted, actual);
            // Every error has a hint in both languages and an English message.
            for (Diagnostic d : site.errors(r)) {
                assertFalse(d.message(Locale.ENGLISH).isBlank());
                assertTrue(d.message(Locale.ENGLISH).codePoints().noneMatch(cp ->
                        Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                                && !d.args().toString().contains(new String(Character.toChars(cp)))),
                        "English message holds Japanese of its own: " + d.message(Locale.ENGLISH));
            }
        }));
    }

    private static String describe(Diagnostic d) {
        return d.file() + ":" + d.line() + ":" + d.column() + " " + d.key() + " " + d.message(Locale.JAPANESE);
    }
}
