package org.tsunagu.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.testing.ChildBuild;
import org.tsunagu.testing.TestSite;

class SafetyAndReproducibilityTest {

    @TempDir
    Path dir;

    private static final String HOSTILE = """
            name: "<script>alert('name')</script>&Co \\"quoted\\""
            kana: あくい
            type: 任意団体
            categories: [環境の保全]
            area: 元町
            summary: "<img src=x onerror=alert('summary')>要約"
            description: |
              <script>alert('raw')</script>
              <img src="x" onerror="alert('img')">
              [click](javascript:alert('link'))
              [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
              <a href="vbscript:msgbox(1)">vb</a>
              ![pic](javascript:alert('pic'))

              **本文** と <iframe src="https://evil.example/"></iframe>
              <svg onload="alert('svg')"></svg>
            recruiting:
              open: true
              wanted: "</script><script>alert('wanted')</script>"
            contact:
              person: "<b onmouseover=alert('person')>山田</b>"
              public: [person]
            """;

    @Test
    void scriptsHandlersAndDangerousUrlsNeverReachTheOutput() {
        // The same description in an event, a grant and a call, with markup in their titles too.
        String description = HOSTILE.substring(HOSTILE.indexOf("description: |"), HOSTILE.indexOf("recruiting:"));
        TestSite site = new TestSite(dir).write("data/groups/akui.yaml", HOSTILE)
                .write("data/events/akui-event.yaml", "title: \"<script>alert('event')</script>\"\nkana: あくい\n"
                        + "organiser: akui\ndate: 2026-12-05\nsummary: \"<svg onload=alert(1)>\"\nplace:\n"
                        + "  venue: \"<iframe src=x>\"\n" + description)
                .write("data/grants/akui-grant.yaml", "name: \"<script>alert('grant')</script>\"\nkana: あくい\n"
                        + "provider: 市\nprovider_kind: 市区町村\npurpose: \"<img src=x onerror=alert(2)>\"\n"
                        + "amount:\n  limit: 1万円\neligible: 団体\nrounds:\n  - opens: 2026-11-01\n"
                        + "    closes: 2026-12-31\n" + description)
                .write("data/opportunities/akui-call.yaml", "title: \"<script>alert('call')</script>\"\n"
                        + "kana: あくい\ngroup: akui\nrole: \"<svg onload=alert(3)>\"\nposted: 2026-11-01\n"
                        + "apply:\n  method: 電話\n  phone: 042-000-0000\n" + description);
        site.buildOk();
        // Text that looks like markup is shown as text; nothing of it is executable anywhere.
        for (Map.Entry<String, byte[]> f : site.files().entrySet()) {
            if (f.getKey().endsWith(".csv")) {
                continue; // a CSV cell holds the name as written: data served as text/csv, never run
            }
            String text = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8).toLowerCase();
            assertFalse(text.contains("<script>alert"), "script element in " + f.getKey());
            if (f.getKey().endsWith("/qr.svg")) {
                // A page's QR code is an SVG picture by design: one svg element, no script, no
                // handler, the page's name in its title as text only.
                Document svg = org.jsoup.Jsoup.parse(text, "", org.jsoup.parser.Parser.xmlParser());
                assertEquals(1, svg.select("svg").size(), f.getKey());
                assertTrue(svg.select("script, iframe, foreignobject, image, a").isEmpty(), f.getKey());
                for (Element e : svg.getAllElements()) {
                    for (org.jsoup.nodes.Attribute a : e.attributes()) {
                        assertFalse(a.getKey().startsWith("on") || a.getKey().contains("href"), a + " in " + f.getKey());
                    }
                }
                continue;
            }
            assertFalse(text.contains("<iframe") || text.contains("<svg"), "embedded element in " + f.getKey());
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            Document page = org.jsoup.Jsoup.parse(text);
            for (Element e : page.getAllElements()) {
                for (org.jsoup.nodes.Attribute a : e.attributes()) {
                    assertFalse(a.getKey().startsWith("on"), "event handler " + a + " in " + f.getKey());
                    if (a.getKey().equals("href") || a.getKey().equals("src")) {
                        assertTrue(a.getValue().matches("(https?:|webcal:|mailto:|tel:|/|#).*"), a + " in " + f.getKey());
                    }
                }
            }
            for (Element s : page.select("script")) {
                // Data, or the site's own script file: never inline code, never another site's.
                if (s.hasAttr("src")) {
                    assertTrue(s.attr("src").matches("/assets/js/[a-z-]+\\.js"), s + " in " + f.getKey());
                    assertTrue(s.data().isEmpty(), f.getKey());
                } else {
                    assertEquals("application/ld+json", s.attr("type"), f.getKey());
                }
            }
        }

        Document g = site.page("/groups/akui/");
        // The name is shown as text, exactly as written; the page's inline scripts are JSON-LD only.
        assertEquals("<script>alert('name')</script>&Co \"quoted\"", g.selectFirst("h1").text());
        for (Element s : g.select("script:not([src])")) {
            assertEquals("application/ld+json", s.attr("type"));
            assertFalse(s.data().contains("</"), "JSON-LD could close its script element");
        }
        assertTrue(g.select("[onerror], [onload], [onmouseover]").isEmpty());
        assertEquals("本文", g.selectFirst(".prose strong").text());
        assertTrue(g.select(".prose a").stream().noneMatch(a -> a.hasAttr("href") && !a.attr("href").startsWith("http")),
                "only http(s) links survive in a description");
    }

    @Test
    void slugsThatClimbOutOfTheirFolderAreRefused() throws Exception {
        TestSite site = new TestSite(dir).group("ok", "正しい会", "ただしいかい", "");
        site.write("data/groups/Evil Name.yaml", "name: x\n");
        site.write("data/groups/UPPER.yaml", "name: x\n");
        site.write("data/groups/a..b.yaml", "name: x\n");
        site.write("data/groups/..yaml", "name: x\n"); // hidden file: not read at all
        BuildResult r = site.build();
        assertFalse(r.written());
        assertEquals(3, r.diagnostics().stream().filter(d -> d.key().equals("group.badSlug")).count());
        assertFalse(Files.exists(dir.getParent().resolve("etc")));

        BuildResult lenient = Pipeline.build(site.options().withStrict(false));
        assertTrue(lenient.written());
        try (var files = Files.walk(site.out())) {
            assertTrue(files.allMatch(p -> p.normalize().startsWith(site.out())));
        }
        assertEquals(1, site.page("/groups/").select(".directory-list li").size());
    }

    @Test
    void symbolicLinksAreRefusedWhereverTheyStand() throws Exception {
        Path outside = Files.createTempDirectory("outside");
        Path secret = Files.writeString(outside.resolve("secret.yaml"), "name: 秘密\n");
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createDirectories(outside.resolve("events"));
        TestSite site = new TestSite(dir).group("ok", "正しい会", "ただしいかい", "");
        Files.createDirectories(dir.resolve("content/images"));
        Files.createDirectories(dir.resolve("templates"));
        Files.createSymbolicLink(dir.resolve("data/groups/link.yaml"), secret);
        Files.createSymbolicLink(dir.resolve("content/images/passwd.jpg"), outside.resolve("passwd"));
        Files.createSymbolicLink(dir.resolve("templates/group.ftlh"), outside.resolve("passwd"));
        Files.createSymbolicLink(dir.resolve("data/events"), outside.resolve("events"));
        BuildResult r = site.build();
        assertFalse(r.written());
        List<String> refused = r.diagnostics().stream().filter(d -> d.key().equals("file.symlink"))
                .map(d -> d.file()).sorted().toList();
        assertEquals(List.of("content/images/passwd.jpg", "data/events", "data/groups/link.yaml",
                "templates/group.ftlh"), refused);
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void anotherMachineWithAnotherTimeZoneLanguageAndCharacterSetBuildsTheSameBytes() throws Exception {
        // The demo site, here and in a process set up as a Windows machine in Japan would be
        // (MS932) with a German locale and a time zone at UTC+14, from an environment to match.
        Path site = dir.resolve("site");
        TestSite.copyDemo(site);
        BuildResult here = Pipeline.build(org.tsunagu.core.build.BuildOptions.of(site, dir.resolve("here"))
                .withBuildDate(TestSite.BUILD_DATE));
        assertTrue(here.written(), here.diagnostics()::toString);
        Process other = ChildBuild.start(site, dir.resolve("there"),
                List.of("-Dfile.encoding=MS932", "-Dsun.stdout.encoding=MS932", "-Duser.timezone=Pacific/Kiritimati",
                        "-Duser.language=de", "-Duser.country=DE"),
                Map.of("TZ", "Pacific/Kiritimati", "LANG", "de_DE.ISO-8859-1", "LC_ALL", "de_DE.ISO-8859-1"), true);
        String said = new String(other.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(0, other.waitFor(), said);
        assertTrue(said.contains("charset=windows-31j zone=Pacific/Kiritimati locale=de-DE"), said);
        Map<String, byte[]> a = files(dir.resolve("here"));
        Map<String, byte[]> b = files(dir.resolve("there"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
        assertTrue(a.size() > 800, a.size() + " files");
    }

    private static Map<String, byte[]> files(Path out) throws java.io.IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputAsItWas() throws Exception {
        TestSite site = new TestSite(dir).group("a", "あおい会", "あおいかい", "");
        site.buildOk();
        Map<String, byte[]> before = site.files();
        site.group("b", "いちょう会", "いちょうかい", "categories: [存在しない分野]\n");
        // The broken file has categories twice: a duplicate key, an error.
        BuildResult r = site.build();
        assertTrue(r.hasErrors());
        assertFalse(r.written());
        Map<String, byte[]> after = site.files();
        assertEquals(before.keySet(), after.keySet());
        // A failed first build (CI on a fresh checkout) writes no folder at all.
        BuildResult elsewhere = Pipeline.build(org.tsunagu.core.build.BuildOptions.of(site.root(), dir.resolve("elsewhere")).withBuildDate(TestSite.BUILD_DATE));
        assertFalse(elsewhere.written());
        assertFalse(Files.exists(dir.resolve("elsewhere")));
        try (var siblings = Files.list(dir)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")),
                    "no staging folder is left behind");
        }
    }
}
