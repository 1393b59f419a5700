package org.tsunagu.opportunities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.testing.TestSite;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Calls for helpers on the pages a volunteer reads: which calls are open on a build date, their
 * order, the lists by area, field, weekday and month, the Atom feed, closed calls, and the
 * 募集中 badges of the directory.
 */
class OpportunitiesTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path dir;

    /**
     * Four calls open on 2026-11-22 (posted 11-20, 11-15 twice, 11-10), one posted on 12-01,
     * one closed early. 静かな会 recruits no members: its only signal is its call.
     */
    private TestSite site() {
        return new TestSite(dir)
                .group("kawa", "川の会", "かわのかい", "")
                .group("sumaho", "スマホの会", "すまほのかい", "")
                .group("quiet", "静かな会", "しずかなかい", "recruiting:\n  open: false\n")
                .group("members", "仲間の会", "なかまのかい", "recruiting:\n  open: true\n")
                .write("data/opportunities/kawa-survey.yaml", """
                        title: 川の水質調査のお手伝い
                        kana: かわのすいしつちょうさのおてつだい
                        group: kawa
                        role: 水をくんで記録します。
                        area: 下宿
                        schedule:
                          repeat: 毎月第2土曜
                          from: 2026-12-12
                          start: "9:00"
                          end: "12:00"
                        place:
                          venue: 柳瀬川
                          access: 清瀬駅北口から徒歩20分
                        people: 5
                        welcome: [初心者歓迎, 学生歓迎]
                        apply:
                          method: メールで
                        contact:
                          email: kawa@example.jp
                        posted: 2026-11-10
                        until: 2027-01-31
                        """)
                .write("data/opportunities/2026/sumaho-helper.yaml", """
                        title: スマホ相談のサポーター
                        kana: すまほそうだんのさぽーたー
                        group: スマホの会
                        role: となりで操作を一緒に確かめます。
                        categories: [情報化社会]
                        schedule:
                          repeat: 毎週木曜
                          from: 2026-11-26
                          start: "10:00"
                        place:
                          venue: センター
                        apply:
                          phone: 042-000-0000
                        posted: 2026-11-15
                        until: 2026-12-31
                        """)
                .write("data/opportunities/quiet-once.yaml", """
                        title: 年末の大掃除の手伝い
                        kana: ねんまつのおおそうじのてつだい
                        group: quiet
                        role: 倉庫の片付けです。
                        schedule:
                          dates: [2026-12-05]
                        place:
                          venue: 公民館
                        welcome: [1回だけの参加OK]
                        contact:
                          phone: 042-000-1111
                        posted: 2026-11-20
                        until: 2026-11-30
                        """)
                .write("data/opportunities/aozora.yaml", """
                        title: 青空市の手伝い
                        kana: あおぞらいちのてつだい
                        group: centre
                        role: 売り場の準備と片付けです。
                        categories: [まちづくり]
                        area: 元町
                        schedule:
                          dates: [2027-01-10, 2026-12-06]
                          start: "8:00"
                          end: "11:00"
                        place:
                          venue: 元町公園
                        apply:
                          url: https://www.example.jp/apply/
                        posted: 2026-11-15
                        """)
                .write("data/opportunities/future.yaml", """
                        title: 冬休みの子ども教室の手伝い
                        kana: ふゆやすみのこどもきょうしつのてつだい
                        group: kawa
                        role: 工作の見守りです。
                        schedule:
                          dates: [2027-01-05]
                        place:
                          venue: 公民館
                        apply:
                          method: 電話で
                        contact:
                          phone: 042-000-2222
                        posted: 2026-12-01
                        """)
                .write("data/opportunities/enough.yaml", """
                        title: 運動会の受付
                        kana: うんどうかいのうけつけ
                        group: sumaho
                        role: 受付です。
                        schedule:
                          dates: [2026-12-20]
                        place:
                          venue: 校庭
                        apply:
                          method: 電話で
                        contact:
                          phone: 042-000-3333
                        posted: 2026-10-01
                        until: 2026-12-10
                        status: 受付終了
                        """);
    }

    private static BuildResult buildOn(TestSite s, LocalDate day) {
        BuildResult r = Pipeline.build(s.options().withBuildDate(day));
        assertTrue(r.written(), () -> "not written: " + r.diagnostics());
        return r;
    }

    private static List<String> listed(Document page) {
        return page.select(".opportunity-card h3, .opportunity-card h2").eachText();
    }

    @Test
    void validCallsGiveNoDiagnostics() {
        TestSite s = site();
        BuildResult r = s.buildOk();
        List<String> mine = r.diagnostics().stream().filter(d -> d.key().startsWith("opportunity."))
                .map(d -> d.location() + " " + d.message(Locale.JAPANESE)).toList();
        assertEquals(List.of(), mine);
        assertEquals(6, r.records().get("opportunities"));
    }

    @Test
    void openCallsAreListedNewestPostedFirstThenByReading() {
        TestSite s = site();
        s.buildOk();
        Document list = s.page("/opportunities/");
        assertEquals(List.of("年末の大掃除の手伝い", "青空市の手伝い", "スマホ相談のサポーター", "川の水質調査のお手伝い"),
                listed(list));
        assertEquals("いまボランティアを 4 件募集しています。", list.selectFirst(".count-line").text());
        assertEquals(1, list.select("h1").size());
        assertEquals("募集中", list.selectFirst(".opportunity-card .badge").text());
        assertEquals("/opportunities/feed.xml", list.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
        assertTrue(list.select("nav.site-nav a[href=/opportunities/]").hasAttr("aria-current"));
    }

    @Test
    void theBuildDateDecidesWhatIsOpen() {
        TestSite s = site();
        // Before: only the survey and the call closed early are posted.
        buildOn(s, LocalDate.of(2026, 11, 12));
        assertEquals(List.of("川の水質調査のお手伝い"), listed(s.page("/opportunities/")));
        assertFalse(s.exists("opportunities/quiet-once/index.html"), "not yet posted: no page");
        assertFalse(s.exists("opportunities/future/index.html"));
        assertTrue(s.exists("opportunities/enough/index.html"), "closed early, the page stays");

        // During: four open; the call posted on 1 December is not published yet.
        buildOn(s, TestSite.BUILD_DATE);
        assertEquals(4, listed(s.page("/opportunities/")).size());
        assertFalse(s.exists("opportunities/future/index.html"));
        assertEquals("募集中 2026年11月30日（月）まで募集しています。",
                s.page("/opportunities/quiet-once/").selectFirst(".notice").text());

        // After the cleaning call's until: it leaves the lists and keeps its page, closed.
        buildOn(s, LocalDate.of(2026, 12, 2));
        assertEquals(List.of("冬休みの子ども教室の手伝い", "青空市の手伝い", "スマホ相談のサポーター", "川の水質調査のお手伝い"),
                listed(s.page("/opportunities/")));
        Document closed = s.page("/opportunities/quiet-once/");
        assertEquals("受付終了 この募集は受付を終了しました。", closed.selectFirst(".notice").text());
        assertNull(closed.selectFirst("#apply"), "no way to apply is offered once closed");
        assertFalse(s.page("/opportunities/days/sa/").text().contains("年末の大掃除の手伝い"));

        // Long after: every call has ended (until passed, or its last date passed).
        buildOn(s, LocalDate.of(2027, 2, 1));
        Document none = s.page("/opportunities/");
        assertEquals(List.of(), listed(none));
        assertEquals("いまボランティアの募集はありません。", none.selectFirst("#open + p").text());
        assertFalse(s.exists("opportunities/days/index.html"));
        assertFalse(s.exists("opportunities/areas/motomachi/index.html"), "no list without an open call");
        for (String slug : List.of("kawa-survey", "sumaho-helper", "quiet-once", "aozora", "future", "enough")) {
            assertEquals("受付終了", s.page("/opportunities/" + slug + "/").selectFirst(".notice strong").text(), slug);
        }
    }

    @Test
    void aCallClosedEarlyIsClosedWhateverItsDates() {
        TestSite s = site();
        s.buildOk();
        assertFalse(listed(s.page("/opportunities/")).contains("運動会の受付"));
        Document p = s.page("/opportunities/enough/");
        assertEquals("運動会の受付", p.selectFirst("h1").text());
        assertEquals("受付終了", p.selectFirst(".notice-closed strong").text());
        assertFalse(s.page("/groups/sumaho/").text().contains("運動会の受付"));
    }

    @Test
    void listsByAreaFieldWeekdayAndMonthHoldTheirOpenCalls() {
        TestSite s = site();
        s.buildOk();
        Document list = s.page("/opportunities/");
        assertEquals(List.of("元町（3 件）", "下宿（1 件）"), list.select("#narrow ~ h3:containsOwn(地区) + ul a").eachText());
        assertEquals(List.of("まちづくり（1 件）", "環境の保全（2 件）", "情報化社会（1 件）"),
                list.select("#narrow ~ h3:containsOwn(分野) + ul a").eachText());
        assertEquals(List.of("木曜日（1 件）", "土曜日（2 件）", "日曜日（1 件）"),
                list.select("#narrow ~ h3:containsOwn(曜日) + ul a").eachText());
        assertEquals(List.of("2026年11月（1 件）", "2026年12月（4 件）", "2027年1月（2 件）"),
                list.select("#narrow ~ h3:containsOwn(月) + ul a").eachText());

        assertEquals(List.of("年末の大掃除の手伝い", "青空市の手伝い", "スマホ相談のサポーター"),
                listed(s.page("/opportunities/areas/motomachi/")));
        assertEquals(List.of("川の水質調査のお手伝い"), listed(s.page("/opportunities/areas/shimojuku/")));
        assertEquals(List.of("年末の大掃除の手伝い", "川の水質調査のお手伝い"),
                listed(s.page("/opportunities/categories/environment/")));
        assertEquals(List.of("スマホ相談のサポーター"), listed(s.page("/opportunities/categories/information-society/")));
        Document saturday = s.page("/opportunities/days/sa/");
        assertEquals("土曜日に活動するボランティア募集", saturday.selectFirst("h1").text());
        assertEquals(List.of("年末の大掃除の手伝い", "川の水質調査のお手伝い"), listed(saturday));
        assertEquals("いまボランティアを 2 件募集しています。", saturday.selectFirst(".count-line").text());
        assertEquals(List.of("青空市の手伝い"), listed(s.page("/opportunities/days/su/")));
        assertFalse(s.exists("opportunities/days/mo/index.html"));

        Document december = s.page("/opportunities/months/2026-12/");
        assertEquals("2026年12月に活動するボランティア募集", december.selectFirst("h1").text());
        assertEquals(List.of("年末の大掃除の手伝い", "青空市の手伝い", "スマホ相談のサポーター", "川の水質調査のお手伝い"),
                listed(december));
        // On a month list a repeat shows its dates in that month.
        assertEquals(List.of("2026-12-03", "2026-12-10", "2026-12-17", "2026-12-24", "2026-12-31"),
                december.select(".opportunity-card:has(a[href$=/sumaho-helper/]) .when time").eachAttr("datetime"));
        assertEquals(List.of("青空市の手伝い", "川の水質調査のお手伝い"), listed(s.page("/opportunities/months/2027-01/")));
        assertFalse(s.exists("opportunities/months/2027-02/index.html"), "the survey's call ends in January");
    }

    @Test
    void aCallPageSaysWhatWhenWhereAndHowToApply() {
        TestSite s = site();
        s.buildOk();
        Document p = s.page("/opportunities/kawa-survey/");
        assertEquals(1, p.select("h1").size());
        assertEquals("川の水質調査のお手伝い", p.selectFirst("h1").text());
        assertEquals("水をくんで記録します。", p.selectFirst(".summary").text());
        assertEquals("川の会", p.selectFirst("dt:containsOwn(募集する団体) + dd a").text());
        assertEquals("/groups/kawa/", p.selectFirst("dt:containsOwn(募集する団体) + dd a").attr("href"));
        assertTrue(p.selectFirst("dt:containsOwn(日時) + dd").text()
                .startsWith("毎月第2土曜日 9:00〜12:00 次の活動日: 2026年12月12日（土）"));
        assertEquals("清瀬駅北口から徒歩20分", p.selectFirst("dt:containsOwn(交通) + dd").text());
        assertEquals("5 人", p.selectFirst("dt:containsOwn(募集人数) + dd").text());
        assertEquals(List.of("初心者歓迎", "学生歓迎"), p.select("dt:containsOwn(歓迎) + dd li").eachText());
        assertEquals("メールで", p.selectFirst("#apply ~ dl dt:containsOwn(方法) + dd").text());
        assertEquals("kawa@example.jp", TestSite.email(p.selectFirst("#contact ~ dl .email")));
        assertEquals("/opportunities/areas/shimojuku/", p.selectFirst("dt:containsOwn(地区) + dd a").attr("href"));

        Document centre = s.page("/opportunities/aozora/");
        assertEquals("テスト市民活動センター", centre.selectFirst("dt:containsOwn(募集する団体) + dd").text());
        assertEquals(List.of("2026年12月6日（日） 8:00〜11:00", "2027年1月10日（日） 8:00〜11:00"),
                centre.select("dt:containsOwn(日時) + dd li").eachText(), "dates in order");
    }

    @Test
    void theDirectoryAndGroupPagesSayWhoIsRecruiting() {
        TestSite s = site();
        s.buildOk();
        Document directory = s.page("/groups/");
        // 静かな会 recruits no members; its open call alone earns it the badge.
        assertEquals(List.of("ボランティア募集中"), directory.select("li:has(a[href=/groups/quiet/]) .badge").eachText());
        assertEquals(List.of("会員募集中"), directory.select("li:has(a[href=/groups/members/]) .badge").eachText());
        assertEquals(List.of("ボランティア募集中"), directory.select("li:has(a[href=/groups/kawa/]) .badge").eachText());
        assertEquals(3, directory.select(".badge:containsOwn(ボランティア募集中)").size(),
                "quiet, kawa and sumaho; not the centre's call");
        Document card = s.page("/areas/motomachi/");
        assertEquals(List.of("ボランティア募集中"), card.select(".group-card:has(a[href=/groups/quiet/]) .badge").eachText());

        Document quiet = s.page("/groups/quiet/");
        assertEquals("ボランティア募集中", quiet.selectFirst(".group-header .badge").text());
        assertEquals(List.of("年末の大掃除の手伝い"), quiet.select("#opportunities ~ ul .opportunity-card h3").eachText());
        assertNull(s.page("/groups/members/").selectFirst("#opportunities"));

        // Once the call is over, so is the badge.
        buildOn(s, LocalDate.of(2026, 12, 2));
        assertEquals(List.of(), s.page("/groups/").select("li:has(a[href=/groups/quiet/]) .badge").eachText());
        assertNull(s.page("/groups/quiet/").selectFirst("#opportunities"));
    }

    @Test
    void theFeedIsAtomWithTheOpenCallsNewestFirst() throws Exception {
        TestSite s = site();
        s.buildOk();
        byte[] bytes = Files.readAllBytes(s.out().resolve("opportunities/feed.xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("https://center.example.jp/opportunities/", child(root, "id").getTextContent());
        assertEquals("2026-11-20T00:00:00+09:00", child(root, "updated").getTextContent());
        assertEquals("https://center.example.jp/opportunities/feed.xml", link(root, "self"));
        assertNotNull(child(child(root, "author"), "name"));

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            titles.add(child(e, "title").getTextContent());
            assertTrue(child(e, "id").getTextContent().startsWith("tag:center.example.jp,2026-11-"));
            assertFalse(child(e, "summary").getTextContent().isBlank());
            assertTrue(link(e, "alternate").startsWith("https://center.example.jp/opportunities/"));
        }
        assertEquals(List.of("年末の大掃除の手伝い", "青空市の手伝い", "スマホ相談のサポーター", "川の水質調査のお手伝い"), titles);
        Element first = (Element) entries.item(0);
        assertEquals("tag:center.example.jp,2026-11-20:/opportunities/quiet-once/", child(first, "id").getTextContent());
        assertEquals("2026-11-20T00:00:00+09:00", child(first, "updated").getTextContent());
        assertEquals("https://center.example.jp/opportunities/quiet-once/", link(first, "alternate"));
        assertEquals("静かな会", child(child(first, "author"), "name").getTextContent());
        assertEquals("倉庫の片付けです。 ／ 2026年12月5日（土） ／ 公民館 ／ 2026年11月30日（月）まで募集",
                child(first, "summary").getTextContent());

        // The same input and build date give the same bytes.
        s.buildOk();
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(s.out().resolve("opportunities/feed.xml"))));
    }

    private static Element child(Element parent, String name) {
        NodeList l = parent.getChildNodes();
        for (int i = 0; i < l.getLength(); i++) {
            if (l.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static String link(Element parent, String rel) {
        NodeList l = parent.getChildNodes();
        for (int i = 0; i < l.getLength(); i++) {
            if (l.item(i) instanceof Element e && "link".equals(e.getLocalName()) && rel.equals(e.getAttribute("rel"))) {
                return e.getAttribute("href");
            }
        }
        throw new AssertionError("no link rel=" + rel);
    }

    @Test
    void checksNameTheMistakeAndTheWayOut() {
        TestSite s = new TestSite(dir).group("kawa", "川の会", "かわのかい", "")
                .write("data/opportunities/a.yaml", """
                        title: 手伝い
                        kana: てつだい
                        group: kawa
                        role: 片付けです。
                        schedule:
                          dates: [2026-12-05]
                          repeat: 毎週水曜
                        place:
                          venue: 公民館
                        apply:
                          method: 電話で
                        posted: 2026-11-01
                        """)
                .write("data/opportunities/b.yaml", """
                        title: 手伝い
                        group: kawa
                        role: 片付けです。
                        schedule:
                          repeat: 毎月第2土曜
                          from: 2026-12-05
                          start: "12:00"
                          end: "9:00"
                        people: 0
                        apply:
                          method: 電話で
                        posted: 2026-11-01
                        """)
                .write("data/opportunities/sub/a.yaml", """
                        title: 手伝い
                        kana: てつだい
                        group: kawa
                        role: 片付けです。
                        apply:
                          method: メールで
                        posted: 2026-11-01
                        """)
                .write("data/opportunities/c.yaml", """
                        title: 手伝い
                        kana: てつだい
                        group: kawa
                        role: 家でできる入力作業です。
                        welcome: [オンライン可]
                        apply:
                          method: メールで
                        posted: 2026-11-01
                        until: 2026-12-31
                        """);
        BuildResult r = s.check();
        List<String> got = r.diagnostics().stream()
                .map(d -> d.severity().name().charAt(0) + " " + d.location() + " " + d.key()).toList();
        assertEquals(List.of(
                "E data/opportunities/a.yaml:7:11 opportunity.datesAndRepeat",
                "W data/opportunities/b.yaml:1:1 opportunity.kanaDerived",
                "W data/opportunities/b.yaml:1:1 opportunity.noPlace",
                "E data/opportunities/b.yaml:6:9 opportunity.fromNotInSeries",
                "E data/opportunities/b.yaml:8:8 opportunity.endBeforeStart",
                "E data/opportunities/b.yaml:9:9 opportunity.badPeople",
                "W data/opportunities/b.yaml:12:9 opportunity.noUntil",
                "W data/opportunities/c.yaml:1:1 opportunity.noSchedule",
                "E data/opportunities/sub/a.yaml opportunity.duplicateSlug"), got);
        Diagnostic from = r.diagnostics().stream().filter(d -> d.key().equals("opportunity.fromNotInSeries"))
                .findFirst().orElseThrow();
        assertEquals("くり返しの初回 2026-12-05 は、くり返し「毎月第2土曜」に当たらない日です。", from.message(Locale.JAPANESE));
        assertTrue(from.hint(Locale.JAPANESE).contains("2026-12-12"));
        assertFalse(from.hint(Locale.ENGLISH).isBlank());
    }
}
