package org.tsunagu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.build.Preview;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.sample.SampleSite;
import org.tsunagu.testing.TestSite;

/**
 * The preview of {@code tsunagu serve} after edits shows exactly what a full build of the edited
 * site writes: every path, every byte. Each step edits the site the way a person would (change,
 * add, rename, delete a record; change a template; save a mistake and mend it), updates the
 * preview, and compares all its files with a fresh build into a folder of their own.
 */
class PreviewTest {

    @TempDir
    Path tmp;

    private Path site;
    private Preview preview;
    private int builds;

    @BeforeEach
    void sampleSite() throws IOException {
        site = tmp.resolve("site");
        SampleSite.write(site, 24, 80, 7);
        preview = new Preview(options(tmp.resolve("unused")));
        assertTrue(preview.update().written());
    }

    private BuildOptions options(Path out) {
        return BuildOptions.of(site, out).withBuildDate(TestSite.BUILD_DATE).withStrict(true);
    }

    @Test
    void freshPreviewIsTheBuild() throws Exception {
        assertSameAsBuild();
    }

    @Test
    void editAddRenameAndDeleteAGroup() throws Exception {
        Path groups = site.resolve("data/groups");
        Path first = firstFile(groups);
        String text = Files.readString(first);
        String name = line(text, "name:");
        edit(first, text.replace(name, "name: 清瀬ハンドベルの会（改称）"));
        assertSameAsBuild();
        assertTrue(html("groups/index.html").contains("清瀬ハンドベルの会（改称）"));

        Files.writeString(groups.resolve("kiyose-kodomo-shokudo.yaml"), """
                name: きよせこども食堂ネットワーク
                kana: きよせこどもしょくどうねっとわーく
                summary: 市内のこども食堂がつながり、食材と人手を分け合っています。
                type: 任意団体
                categories: [保健・医療・福祉]
                area: 西野
                """);
        assertUpdated();
        assertSameAsBuild();
        assertNotNull(preview.file("groups/kiyose-kodomo-shokudo/index.html"));

        Files.move(groups.resolve("kiyose-kodomo-shokudo.yaml"), groups.resolve("kodomo-shokudo-net.yaml"));
        assertUpdated();
        assertSameAsBuild();
        assertNull(preview.file("groups/kiyose-kodomo-shokudo/index.html"));
        assertTrue(html("groups/kodomo-shokudo-net/index.html").contains("きよせこども食堂ネットワーク"));

        Files.delete(groups.resolve("kodomo-shokudo-net.yaml"));
        assertUpdated();
        assertSameAsBuild();
        // Gone from every list, every page, the search index, the open data: from every file.
        for (String path : preview.paths()) {
            byte[] bytes = preview.file(path);
            assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("きよせこども食堂ネットワーク"), path);
        }
    }

    @Test
    void editAnEventAndDeleteAnother() throws Exception {
        List<Path> events = files(site.resolve("data/events"));
        String text = Files.readString(events.get(0));
        String title = line(text, "title:");
        edit(events.get(0), text.replace(title, "title: 柳瀬川の清掃と生きもの観察会"));
        Files.delete(events.get(1));
        assertUpdated();
        assertSameAsBuild();
    }

    @Test
    void editATemplateAndItsMessages() throws Exception {
        Path templates = site.resolve("templates");
        Files.createDirectories(templates);
        String group;
        try (InputStream in = getClass().getResourceAsStream("/org/tsunagu/theme/group.ftlh")) {
            group = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(templates.resolve("group.ftlh"),
                group.replace("<article class=\"group\">", "<p class=\"notice\">団体情報は毎年4月に確認しています。</p>\n<article class=\"group\">"));
        assertUpdated();
        assertSameAsBuild();
        String page = html(firstGroupPage());
        assertTrue(page.contains("団体情報は毎年4月に確認しています。"), page);

        Files.delete(templates.resolve("group.ftlh"));
        assertUpdated();
        assertSameAsBuild();
        assertFalse(html(firstGroupPage()).contains("団体情報は毎年4月に確認しています。"));
    }

    @Test
    void aMistakeKeepsThePreviousVersionUntilMended() throws Exception {
        Path first = firstFile(site.resolve("data/groups"));
        String good = Files.readString(first);
        String before = html("groups/index.html");
        Files.writeString(first, good + "categories: [[\n");
        BuildResult broken = preview.update();
        assertFalse(broken.written());
        String file = "data/groups/" + first.getFileName();
        assertTrue(broken.diagnostics().stream().anyMatch(d -> d.isError() && d.file().equals(file)),
                broken.diagnostics()::toString);
        assertEquals(before, html("groups/index.html"), "the last good version is still shown");

        edit(first, good.replace(line(good, "name:"), "name: 直した団体名"));
        assertSameAsBuild();
    }

    @Test
    void aBrokenTemplateIsNamedOnThePageAndInTheLinkCheck() throws Exception {
        Path templates = site.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("group.ftlh"), "<#import \"layout.ftlh\" as l>\n${group.nosuchfield}\n");
        assertUpdated();
        Preview.PageFailed failed = null;
        try {
            preview.file(firstGroupPage());
        } catch (Preview.PageFailed e) {
            failed = e;
        }
        assertNotNull(failed);
        assertEquals("templates/group.ftlh", failed.diagnostic().file());
        assertEquals(2, failed.diagnostic().line());
        List<Diagnostic> all = preview.checkLinks(() -> false);
        assertTrue(all.stream().allMatch(x -> x.file().equals("templates/group.ftlh")), all.toString());
        assertEquals(24, all.size(), "one for each group page");
    }

    @Test
    void aBrokenLinkInARecordIsFoundByTheLinkCheck() throws Exception {
        Path first = firstFile(site.resolve("data/groups"));
        String text = Files.readString(first);
        edit(first, text.replace("description: |\n",
                "description: |\n  詳しくは[活動の記録](/groups/no-such-group/)をご覧ください。\n\n"));
        List<Diagnostic> problems = preview.checkLinks(() -> false);
        Diagnostic d = problems.stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("data/groups/" + first.getFileName(), d.file());
        assertTrue(d.args().contains("/groups/no-such-group/"), d.toString());
        assertTrue(preview.checkLinks(() -> true).isEmpty(), "a stale check gives nothing");
    }

    private void edit(Path file, String text) throws IOException {
        Files.writeString(file, text);
        assertUpdated();
    }

    private void assertUpdated() {
        BuildResult r = preview.update();
        assertTrue(r.written(), () -> r.diagnostics().toString());
    }

    /** Every file of a fresh build, and no other, with the same bytes in the preview. */
    private void assertSameAsBuild() throws Exception {
        Path out = tmp.resolve("build-" + (++builds));
        BuildResult full = Pipeline.build(options(out));
        assertTrue(full.written(), () -> full.diagnostics().toString());
        Map<String, byte[]> built = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                built.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        assertEquals(built.keySet(), preview.paths());
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : built.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), preview.file(e.getKey()))) {
                differ.add(e.getKey());
            }
        }
        assertEquals(List.of(), differ, "files that differ from the build");
    }

    private String html(String path) throws Exception {
        byte[] bytes = preview.file(path);
        assertNotNull(bytes, path);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private String firstGroupPage() throws IOException {
        String file = firstFile(site.resolve("data/groups")).getFileName().toString();
        return "groups/" + file.substring(0, file.lastIndexOf('.')) + "/index.html";
    }

    private static Path firstFile(Path dir) throws IOException {
        return files(dir).get(0);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String line(String text, String key) {
        return text.lines().filter(l -> l.startsWith(key)).findFirst().orElseThrow();
    }
}
