package org.tsunagu.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.testing.TestSite;

class SampleSiteTest {

    @TempDir
    Path dir;

    @Test
    void theSampleBuildsWithoutAnyDiagnostic() throws IOException {
        SampleSite.Counts c = SampleSite.write(dir, 40, 120, 7);
        assertEquals(new SampleSite.Counts(40, 120, 5, 4, 3, 2), c);
        Path out = dir.resolve("public");
        BuildResult r = Pipeline.build(BuildOptions.of(dir, out).withBuildDate(TestSite.BUILD_DATE)
                .withLocale(Locale.JAPANESE));
        assertEquals(List.of(), r.diagnostics(), "no errors and no warnings");
        assertTrue(r.written());
        assertEquals(40, r.records().get("groups"));
        assertEquals(120, r.records().get("events"));
        Document group = Jsoup.parse(out.resolve("groups/group-00001/index.html").toFile());
        assertTrue(group.selectFirst("h1").text().length() > 2, "a named group");
        Document directory = Jsoup.parse(out.resolve("groups/index.html").toFile());
        assertEquals(40, directory.select("a[href^=/groups/group-]").stream().map(a -> a.attr("href")).distinct()
                .count(), "every group in the directory");
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
        Map<String, String> a = files(write("a", 1));
        Map<String, String> b = files(write("b", 1));
        Map<String, String> c = files(write("c", 2));
        assertEquals(a, b);
        assertEquals(a.size(), c.size());
        assertNotEquals(a.get("data/groups/group-00001.yaml"), c.get("data/groups/group-00001.yaml"));
    }

    @Test
    void aFolderThatHoldsASiteIsLeftAlone() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        IOException e = assertThrows(IOException.class, () -> SampleSite.write(dir, 3, 3, 1));
        assertTrue(e.getMessage().contains("already holds a site"), e.getMessage());
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertEquals(0, files.count());
        }
    }

    private Path write(String name, long seed) throws IOException {
        Path p = dir.resolve(name);
        SampleSite.write(p, 20, 50, seed);
        return p;
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
