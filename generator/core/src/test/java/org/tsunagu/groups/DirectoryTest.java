package org.tsunagu.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.testing.TestSite;

class DirectoryTest {

    @TempDir
    Path dir;

    @Test
    void directoryListsGroupsInGojuonOrderWithRowSections() {
        TestSite site = new TestSite(dir)
                .group("zenkoku", "全国ボランティア", "ぜんこくぼらんてぃあ", "")
                .group("kappa", "かっぱの会", "かっぱのかい", "")
                .group("kaba", "カバの会", "カバのかい", "")          // katakana reading: normalised to hiragana
                .group("gakko", "学校支援", "がっこうしえん", "")      // voiced: after か, before き
                .group("kiyose-cafe", "Kiyose English Café", "Kiyose English Cafe", "")
                .group("aozora", "あおぞら", "あおぞら", "")
                .group("wakaba", "わかば", "わかば", "")
                .group("ake", "あーけーど", "あーけーど", "");         // ー reads as the vowel before it: ああけえど
        site.buildOk();
        Document d = site.page("/groups/");
        List<String> names = d.select(".directory-list li > a").eachText();
        // がっこう (read as かつこう) < かっぱ (かつは) < かば (かは): つ comes before は.
        assertEquals(List.of("あーけーど", "あおぞら", "学校支援", "かっぱの会", "カバの会", "全国ボランティア", "わかば",
                "Kiyose English Café"), names);
        assertEquals(List.of("あ行 （2 団体）", "か行 （3 団体）", "さ行 （1 団体）", "わ行 （1 団体）", "A–Z （1 団体）"),
                d.select(".kana-section h2").eachText());
        assertEquals("よみがな：かばのかい", d.select(".directory-list li").get(4).selectFirst(".kana").text());
        // The jump links lead to the sections.
        for (Element a : d.select(".kana-nav a")) {
            assertFalse(d.select(a.attr("href")).isEmpty(), a.attr("href"));
        }
    }

    @Test
    void missingReadingIsDerivedAndFlagged() {
        TestSite site = new TestSite(dir).group("kawa", "川づくり・清瀬の会", null, "");
        var r = site.buildOk();
        assertTrue(r.diagnostics().stream().anyMatch(x -> x.key().equals("group.kanaDerived")
                && x.file().equals("data/groups/kawa.yaml")));
        Document g = site.page("/groups/kawa/");
        assertEquals("よみがな：かわづくりきよせのかい", g.selectFirst(".kana").text());
        assertEquals("よみがなは団体名から自動で付けたものです。", g.selectFirst(".record-footer .note").text());
    }

    @Test
    void facetPagesListTheirGroupsWithCounts() {
        TestSite site = new TestSite(dir)
                .group("a", "あおい会", "あおいかい", "")
                .group("b", "いちょう会", "いちょうかい", "")
                .write("data/groups/c.yaml", """
                        name: うめの会
                        kana: うめのかい
                        type: NPO法人
                        npo_certified: 2010-04-01
                        categories: [保健・医療・福祉, children]
                        area: shimojuku
                        summary: 子育てと福祉の団体です。
                        """);
        site.buildOk();
        Document cats = site.page("/categories/");
        assertEquals(20, cats.select(".facet-list li").size());
        assertEquals("環境の保全 （2 団体）", cats.select(".facet-list li:contains(環境の保全)").text());
        assertEquals("保健・医療・福祉 （1 団体）", cats.select(".facet-list li:contains(保健・医療・福祉)").text());
        // An empty category is listed, without a link to an empty page.
        assertTrue(cats.select(".facet-list li:contains(観光) a").isEmpty());

        Document env = site.page("/categories/environment/");
        assertEquals("活動分野: 環境の保全", env.selectFirst("h1").text());
        assertEquals(List.of("あおい会", "いちょう会"), env.select(".group-card-title").eachText());
        assertEquals("2 団体", env.selectFirst(".count-line").text());

        Document area = site.page("/areas/shimojuku/");
        assertEquals(List.of("うめの会"), area.select(".group-card-title").eachText());
        assertEquals("下宿 （1 団体）", site.page("/areas/").select(".facet-list li:contains(下宿)").text());

        Document npo = site.page("/types/npo/");
        assertEquals(List.of("うめの会"), npo.select(".group-card-title").eachText());
        assertEquals("任意団体 （2 団体）", site.page("/types/").select(".facet-list li:contains(任意団体)").text());
    }

    @Test
    void groupPageShowsItsFieldsAndOnlyPublicContact() throws Exception {
        TestSite site = new TestSite(dir).write("data/groups/kawazukuri.yaml", """
                name: 川づくり・清瀬の会
                kana: かわづくり・きよせのかい
                name_en: Kiyose River Society
                type: 任意団体
                categories: [環境の保全, 子どもの健全育成]
                area: 下宿
                summary: 柳瀬川の水質調査と清掃を続けています。
                description: |
                  ## 活動の始まり
                  清瀬市に水再生センターができたころ、**きれいな川**を取り戻したいと集まりました。
                activity:
                  days: 毎月第2土曜
                  time: 9:00〜12:00
                  place: 柳瀬川
                members:
                  count: 25
                  ages: 40代〜80代
                recruiting:
                  open: true
                  wanted: 川が好きな方
                contact:
                  person: 事務局 佐藤
                  phone: 042-000-1234
                  email: kawa@example.jp
                  address: 清瀬市下宿3-3-3
                  public: [person, email]
                links:
                  website: https://example.jp/kawa/
                  social:
                    - https://www.instagram.com/example_kawa
                founded: 1998
                confirmed: 2026-04-15
                """);
        site.buildOk();
        Document g = site.page("/groups/kawazukuri/");
        assertEquals("川づくり・清瀬の会", g.selectFirst("h1").text());
        assertEquals(1, g.select("h1").size());
        assertEquals("川づくり・清瀬の会 | テスト市民活動センター", g.title());
        assertEquals("en", g.selectFirst(".name-en").attr("lang"));
        assertEquals("会員募集中", g.selectFirst(".group-header .badge").text());
        assertEquals("毎月第2土曜", dd(g, "活動日"));
        assertEquals("25 人", dd(g, "会員数"));
        assertEquals("環境の保全 子どもの健全育成", dd(g, "活動分野"));
        assertEquals("/categories/children/", g.select("dd a:contains(子どもの健全育成)").attr("href"));
        assertEquals("2026年4月15日（水）", g.selectFirst(".record-footer time").text());
        assertEquals("2026-04-15", g.selectFirst(".record-footer time").attr("datetime"));
        assertEquals("h3", g.selectFirst(".prose h3").tagName());
        assertEquals("きれいな川", g.selectFirst(".prose strong").text());
        assertEquals("事務局 佐藤", dd(g, "担当者"));
        assertEquals("kawa@example.jp", TestSite.email(g.selectFirst("dd .email")));
        assertEquals("kawa（アットマーク）example.jp", g.selectFirst("dd .email").text(), "readable without script");
        assertTrue(g.select("a[href^=mailto]").isEmpty(), "no address written out for collecting programs");
        assertEquals("Instagram（外部サイト）", g.select(".link-list a[href*=instagram]").text());
        // Not marked public: never in the output, not even in JSON-LD or the sitemap.
        String all = site.allText();
        assertFalse(all.contains("042-000-1234"), "private phone leaked");
        assertFalse(all.contains("0420001234"), "private phone leaked");
        assertFalse(all.contains("下宿3-3-3"), "private address leaked");

        JsonNode ld = new ObjectMapper().readTree(g.selectFirst("script[type=application/ld+json]").data());
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("NGO", ld.get("@type").asText());
        assertEquals("川づくり・清瀬の会", ld.get("name").asText());
        assertEquals("https://center.example.jp/groups/kawazukuri/", ld.get("url").asText());
        assertFalse(ld.has("email"), "structured data is plain text in the page's source");
        assertFalse(ld.has("telephone"));
        assertFalse(ld.has("address"));
        assertEquals("1998", ld.get("foundingDate").asText());
        assertEquals(2, ld.get("sameAs").size());
    }

    @Test
    void homeShowsRecruitingAndNewestGroupsAndNews() {
        TestSite site = new TestSite(dir)
                .group("a", "あおい会", "あおいかい", "recruiting:\n  open: true\nregistered: 2026-10-01\n")
                .group("b", "いちょう会", "いちょうかい", "recruiting:\n  open: false\nregistered: 2020-01-01\n")
                .group("c", "うめの会", "うめのかい", "registered: 2027-01-01\n") // after the build date
                .write("content/news/2026-11-01-open.md", "---\ntitle: 土曜開館のお知らせ\ndate: 2026-11-01\n---\n本文です。\n")
                .write("content/news/2026-12-01-later.md", "---\ntitle: 先の話\ndate: 2026-12-01\n---\nまだ先。\n")
                .write("content/pages/about.md", "---\ntitle: センターについて\nmenu: 1\n---\n# 役割\n[団体一覧](/groups/)へ\n\nメール：info@example.jp までどうぞ。https://example.jp/a を見てください\n")
                .write("content/pages/draft.md", "---\ntitle: 下書き\nstatus: draft\n---\n公開前\n");
        site.buildOk();
        Document home = site.page("/");
        assertEquals(List.of("あおい会"), home.select("#recruiting ~ .cards .group-card-title").eachText());
        assertEquals(List.of("あおい会", "いちょう会"), home.select("#newest ~ .cards .group-card-title").eachText());
        assertEquals(List.of("土曜開館のお知らせ"), home.select(".news-list a").eachText());
        assertEquals(List.of("ホーム", "団体をさがす", "行事・イベント", "ボランティア募集", "助成金", "お知らせ",
                "センターについて"), home.select(".site-nav a").eachText());
        assertEquals("page", home.selectFirst(".site-nav a").attr("aria-current"));
        // On a page inside a section, the section's menu entry is current, but not "the page".
        assertEquals("true", site.page("/groups/a/").selectFirst(".site-nav a[href=/groups/]").attr("aria-current"));
        assertEquals("page", site.page("/groups/").selectFirst(".site-nav a[href=/groups/]").attr("aria-current"));
        Document access = site.page("/about/");
        assertEquals("info@example.jp", TestSite.email(access.selectFirst(".prose .email")));
        assertEquals("メール：info（アットマーク）example.jp までどうぞ。https://example.jp/a を見てください",
                access.select(".prose p").last().text());
        assertEquals("https://example.jp/a", access.selectFirst(".prose a[href^=http]").attr("href"));
        Document about = site.page("/about/");
        assertEquals("/groups/", about.selectFirst(".prose a").attr("href"));
        assertEquals("h2", about.selectFirst(".prose h2").tagName());
        assertFalse(site.exists("draft/index.html"));
        assertFalse(site.exists("news/2026-12-01-later/index.html"));
        assertTrue(site.exists("404.html"));
        String sitemap = site.allText();
        assertTrue(sitemap.contains("<loc>https://center.example.jp/groups/a/</loc>"));
        assertTrue(sitemap.contains("Sitemap: https://center.example.jp/sitemap.xml"));
    }

    private static String dd(Document d, String term) {
        return d.select("dt:containsOwn(" + term + ") + dd").first().text();
    }
}
