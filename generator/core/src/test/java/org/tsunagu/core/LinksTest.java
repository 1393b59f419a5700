package org.tsunagu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.testing.TestSite;

/** After every build, every internal link and anchor leads to a file the build wrote. */
class LinksTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir).group("a", "あおい会", "あおいかい", "description: 川の会です。\n");
    }

    @Test
    void aLinkToAPageThatIsNotThereIsAnErrorAtItsLine() {
        TestSite s = site().write("content/pages/about.md", """
                ---
                title: センターについて
                ---
                団体は[一覧](/groups/)から探せます。
                [あおい会](/groups/a/)と[いちょう会](/groups/ichou/)が活動しています。
                """);
        BuildResult r = s.build();
        assertFalse(r.written());
        List<String> errors = s.errors(r).stream()
                .map(d -> d.location() + " " + d.key() + " " + d.message(Locale.JAPANESE)).toList();
        assertEquals(List.of("content/pages/about.md:5:28 link.broken リンク「/groups/ichou/」の行き先がありません"
                + "（ページ /about/）。"), errors);
    }

    @Test
    void anAnchorThatIsNotOnThePageIsAnError() {
        TestSite s = site().write("content/pages/about.md", """
                ---
                title: センターについて
                ---
                [連絡先](/groups/a/#contact)と[活動](/groups/a/#nai)。
                """);
        BuildResult r = s.build();
        assertFalse(r.written());
        assertEquals(List.of("content/pages/about.md:4:32 link.anchor"),
                s.errors(r).stream().map(d -> d.location() + " " + d.key()).toList());
        assertTrue(s.errors(r).get(0).message(Locale.ENGLISH).startsWith(
                "The part after # of the link \"/groups/a/#nai\" is not on the page it leads to (page /about/"));
    }

    @Test
    void relativeAndFullAddressesOfTheSiteAreCheckedAndOthersAreNot() {
        TestSite s = site().write("content/pages/about.md", """
                ---
                title: センターについて
                ---
                [一覧](../groups/) [会](https://center.example.jp/groups/a/#contact)
                [市](https://www.city.kiyose.lg.jp/nai/) <info@example.jp> [電話](tel:0424000000)
                """);
        BuildResult r = s.buildOk();
        assertTrue(r.records().get("links") > 100, r.records()::toString);
        assertTrue(r.records().get("anchors") > 0, r.records()::toString);

        s.write("content/pages/about.md", "---\ntitle: センターについて\n---\n[会](https://center.example.jp/groups/b/)\n");
        BuildResult broken = s.build();
        assertEquals(List.of("content/pages/about.md:4:5 link.broken"),
                s.errors(broken).stream().map(d -> d.location() + " " + d.key()).toList());
    }

    @Test
    void aSiteBelowAPathChecksItsLinksThere() {
        TestSite s = site();
        BuildOptions below = s.options().withBaseUrl("https://example.jp/kiyose/");
        BuildResult r = Pipeline.build(below);
        assertTrue(r.written(), r.diagnostics()::toString);
        assertEquals("/kiyose/groups/a/", s.page("/groups/").selectFirst(".directory-list a").attr("href"));
        assertTrue(r.records().get("links") > 100);
    }

    @Test
    void theDemoSiteHasNoBrokenLink() {
        TestSite.copyDemo(dir);
        BuildResult r = Pipeline.build(BuildOptions.of(dir, dir.resolve("out")).withBuildDate(TestSite.BUILD_DATE));
        assertTrue(r.written(), r.diagnostics()::toString);
        System.out.printf("links: %d internal links and %d anchors checked on the demo site in %d ms%n",
                r.records().get("links"), r.records().get("anchors"), r.stageMillis().get("links"));
        assertTrue(r.records().get("links") > 15_000);
        assertTrue(r.records().get("anchors") > 600);
    }
}
