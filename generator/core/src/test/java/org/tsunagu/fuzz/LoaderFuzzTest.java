package org.tsunagu.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.testing.TestSite;

/**
 * Coverage-guided fuzzing of loading and checking: whatever bytes stand in a group's file, an
 * event's file or a page, the result is a site or diagnostics with a place and a message in
 * both languages, never an exception, a hang or running out of memory. In the normal test run
 * only the stored inputs are tried (the folders {@code LoaderFuzzTestInputs/<target>/}); with
 * {@code JAZZER_FUZZ=1} Jazzer makes new ones for the time given (see the README).
 */
class LoaderFuzzTest {

    private static final Path SITE;
    private static final BuildOptions OPTIONS;

    static {
        try {
            SITE = Files.createTempDirectory("tsunagu-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new TestSite(SITE).group("aoi", "あおい会", "あおいかい", "")
                .write("data/events/2026/base.yaml", "title: 川の観察会\nkana: かわのかんさつかい\norganiser: aoi\n"
                        + "date: 2026-12-05\nstart: \"10:00\"\nplace:\n  venue: 中央公園\n");
        OPTIONS = BuildOptions.of(SITE, SITE.resolve("out")).withBuildDate(TestSite.BUILD_DATE);
    }

    @AfterAll
    static void removeSite() throws IOException {
        try (var files = Files.walk(SITE)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "40s")
    void groupFile(byte[] bytes) {
        checkWith("data/groups/fuzz.yaml", bytes);
    }

    @FuzzTest(maxDuration = "40s")
    void eventFile(byte[] bytes) {
        checkWith("data/events/2026/fuzz.yaml", bytes);
    }

    @FuzzTest(maxDuration = "40s")
    void pageFile(byte[] bytes) {
        checkWith("content/pages/fuzz.md", bytes);
    }

    /** A group that is valid but for its texts, built all the way to the pages. */
    @FuzzTest(maxDuration = "40s")
    void groupTextsBuilt(FuzzedDataProvider data) {
        String yaml = "name: " + quoted(data.consumeString(60)) + "\nkana: ふぁず\ntype: 任意団体\n"
                + "categories: [環境の保全]\narea: 元町\nsummary: " + quoted(data.consumeString(120)) + "\n"
                + "description: " + quoted(data.consumeRemainingAsString()) + "\n";
        Path file = write("data/groups/fuzz.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            BuildResult r = Pipeline.build(OPTIONS);
            assertTrue(r.written() || r.hasErrors(), "neither built nor refused: " + r.diagnostics());
            readable(r.diagnostics());
        } finally {
            delete(file);
        }
    }

    private static void checkWith(String relative, byte[] bytes) {
        Path file = write(relative, bytes);
        try {
            BuildResult r = Pipeline.check(OPTIONS);
            readable(r.diagnostics());
        } finally {
            delete(file);
        }
    }

    /** Every diagnostic names a file and reads as a sentence in Japanese and in English. */
    private static void readable(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            assertFalse(d.file().isBlank(), d::toString);
            for (Locale l : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                String message = d.message(l);
                // "{0}" left in a message is a placeholder not filled in, unless the file's own
                // text (a key, a value) that the message quotes has it.
                boolean quoted = d.args().stream().anyMatch(a -> String.valueOf(a).contains("{0}"));
                assertFalse(message.isBlank() || message.contains("{0}") && !quoted, d.key() + ": " + message);
            }
        }
    }

    /** A YAML double-quoted string holding any text. */
    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }

    private static Path write(String relative, byte[] bytes) {
        try {
            Path file = SITE.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
