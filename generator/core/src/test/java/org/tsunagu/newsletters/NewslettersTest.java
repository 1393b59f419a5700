package org.tsunagu.newsletters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.testing.TestSite;

/** The newsletter: issues with references to records, the archive, the site feed and the monthly digest. */
class NewslettersTest {

    @TempDir
    Path dir;

    /** A small PDF: what matters here is that it is one, and its size. */
    private static final byte[] PDF = ("%PDF-1.4\n" + "x".repeat(3000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void referencesBecomeLinksWithTheRecordsCurrentNames() {
        TestSite site = site();
        site.buildOk();
        Document page = site.page("/newsletters/2026-09/");
        Element prose = page.selectFirst(".prose");
        Element group = prose.selectFirst("a[href=/groups/kawa/]");
        assertEquals("川づくりの会", group.text());
        assertEquals("毎月の調査", prose.selectFirst("a[href=/events/chousa/]").text(), "words of one's own");
        assertEquals("水質調査のお手伝い", prose.selectFirst("a[href=/opportunities/otetsudai/]").text());
        assertEquals("立ち上げ応援助成", prose.selectFirst("a[href=/grants/tachiage/]").text());
        assertEquals("[[group:kawa]]", prose.selectFirst("code").text(), "code is left as it is written");
        // The same syntax in news.
        assertEquals("川づくりの会", site.page("/news/2026-10-01-benkyokai/").selectFirst(".prose a").text());
    }

    @Test
    void theArchiveListsIssuesByYearNewestFirstAndTheHomePageTheLatest() {
        TestSite site = site();
        site.buildOk();
        Document archive = site.page("/newsletters/");
        assertEquals(List.of("2026年の発行", "2025年の発行"), archive.select("main h2").eachText());
        assertEquals(List.of("/newsletters/2026-11/", "/newsletters/2026-09/", "/newsletters/2025-12/"),
                archive.select(".issue-title a").eachAttr("href"));
        assertFalse(site.exists("newsletters/2027-01/index.html"), "an issue dated after the build date waits");
        assertFalse(site.exists("newsletters/draft/index.html"), "a draft is not published");
        Document home = site.page("/");
        assertEquals("/newsletters/2026-11/", home.selectFirst("#newsletter ~ .issue-card .issue-title a").attr("href"));
        assertEquals("情報誌", home.selectFirst(".site-nav a[href=/newsletters/]").text());
    }

    @Test
    void anIssueHasItsFullTextContentsCoverAndPdfWithItsSize() {
        TestSite site = site();
        site.buildOk();
        Document page = site.page("/newsletters/2026-11/");
        assertEquals("特集 助成金の募集", page.selectFirst("h1").text());
        assertEquals("第43号 ／ 2026年11月1日（日）発行", page.selectFirst(".newsletter .meta").text());
        Element cover = page.selectFirst(".issue-figure img");
        assertEquals("/files/newsletters/43.png", cover.attr("src"));
        assertEquals("表紙。封筒の絵。", cover.attr("alt"));
        Element pdf = page.selectFirst(".issue-pdf a");
        assertEquals("/files/newsletters/43.pdf", pdf.attr("href"));
        assertEquals("印刷版（PDF、3 KB）", pdf.text());
        assertTrue(site.exists("files/newsletters/43.pdf"));
        assertEquals(List.of("#section-1", "#section-2"), page.select(".toc a").eachAttr("href"));
        assertEquals(List.of("受付中", "来年に向けて"), page.select(".toc a").eachText());
        assertEquals("受付中", page.selectFirst("#section-1").text());
        // In the list, the cover is decoration: the title beside it says what it is.
        assertEquals("", site.page("/newsletters/").selectFirst(".issue-cover").attr("alt"));
    }

    @Test
    void theSiteFeedHoldsNewsAndIssuesNewestFirstAndEveryPageLinksIt() throws Exception {
        TestSite site = site();
        site.buildOk();
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(
                new ByteArrayInputStream(Files.readAllBytes(site.out().resolve("feed.xml")))));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(List.of("第43号 特集 助成金の募集", "勉強会のお知らせ", "第41号 特集 柳瀬川", "第32号 年末号"),
                feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals("https://center.example.jp/newsletters/2026-11/", feed.getEntries().get(0).getLink());
        assertEquals("tag:center.example.jp,2026-11-01:/newsletters/2026-11/", feed.getEntries().get(0).getUri());
        for (String url : List.of("/", "/groups/kawa/", "/newsletters/2026-09/")) {
            Element link = site.page(url).selectFirst("head link[type=application/atom+xml][href=/feed.xml]");
            assertNotNull(link, url);
        }
        // The calls feed, written by the same code, still reads as Atom.
        SyndFeed calls = new SyndFeedInput().build(new XmlReader(
                new ByteArrayInputStream(Files.readAllBytes(site.out().resolve("opportunities/feed.xml")))));
        assertEquals(List.of("水質調査のお手伝い"), calls.getEntries().stream().map(SyndEntry::getTitle).toList());
    }

    @Test
    void theMonthlyDigestGathersEventsCallsAndGrantsClosingSoon() {
        TestSite site = site();
        site.buildOk();
        Document digest = site.page("/digest/2026-11/");
        assertEquals("2026年11月の活動案内", digest.selectFirst("h1").text());
        Element events = digest.selectFirst(".digest-table tbody");
        assertEquals(List.of("11月14日（土） 9:00〜12:00", "毎月の水質調査", "柳瀬川", "川づくりの会"),
                events.selectFirst("tr").select("td").eachText());
        assertEquals(1, events.select("tr").size());
        assertTrue(digest.select("#digest-calls ~ .digest-list li").text().startsWith("水質調査のお手伝い"));
        assertTrue(digest.select("#digest-grants ~ .digest-list li").text()
                .contains("立ち上げ応援助成（後期） 12月4日（金）締切"), digest.select("#digest-grants ~ .digest-list").text());
        assertEquals("/digest/2026-11/", site.page("/calendar/2026/11/").selectFirst("main a[href^=/digest/]").attr("href"));
        assertEquals("digest.css", digest.selectFirst("head link[href$=digest.css]").attr("href")
                .substring("/assets/css/".length()));
    }

    @Test
    void twoFilesForOneIssueNumberIsAnError() {
        TestSite site = site().write("content/newsletters/again.md", """
                ---
                title: もう一つの第41号
                number: 41
                date: 2026-09-15
                ---
                本文
                """);
        BuildResult r = site.build();
        List<Diagnostic> errors = site.errors(r);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("content/newsletters/again.md:3:9 第41号は content/newsletters/2026-09.md にもあります。",
                errors.get(0).location() + " " + errors.get(0).message(java.util.Locale.JAPANESE));
    }

    private TestSite site() {
        return new TestSite(dir)
                .group("kawa", "川づくりの会", "かわづくりのかい", "description: 柳瀬川の水質調査をしています。\n")
                .write("data/events/2026/chousa.yaml", """
                        title: 毎月の水質調査
                        kana: まいつきのすいしつちょうさ
                        organiser: kawa
                        date: 2026-11-14
                        start: "9:00"
                        end: "12:00"
                        place:
                          venue: 柳瀬川
                        """)
                .write("data/opportunities/otetsudai.yaml", """
                        title: 水質調査のお手伝い
                        kana: すいしつちょうさのおてつだい
                        group: kawa
                        role: 調査の記録係をお願いします。
                        apply:
                          method: センターの窓口でお申し込みください。
                        posted: 2026-10-20
                        until: 2026-12-31
                        """)
                .write("data/grants/tachiage.yaml", """
                        name: 立ち上げ応援助成
                        kana: たちあげおうえんじょせい
                        provider: センター
                        provider_kind: その他
                        purpose: 新しい団体の最初の一歩を応援します。
                        amount:
                          limit: 5万円
                        eligible: 活動をはじめて2年以内の団体
                        rounds:
                          - name: 後期
                            opens: 2026-11-01
                            closes: 2026-12-04
                        """)
                .write("content/news/2026-10-01-benkyokai.md", """
                        ---
                        title: 勉強会のお知らせ
                        date: 2026-10-01
                        ---
                        講師は [[group:kawa]] のみなさんです。
                        """)
                .write("content/newsletters/2026-09.md", """
                        ---
                        title: 特集 柳瀬川
                        number: 41
                        date: 2026-09-01
                        ---
                        # 川を守る

                        [[group:kawa]] の調査は [[event:chousa|毎月の調査]] として続いています。
                        お手伝いは [[call:otetsudai]] へ。助成は [[grant:tachiage]] で。

                        書き方の例: `[[group:kawa]]`
                        """)
                .write("content/newsletters/2026-11.md", """
                        ---
                        title: 特集 助成金の募集
                        number: 43
                        date: 2026-11-01
                        cover:
                          file: files/newsletters/43.png
                          alt: 表紙。封筒の絵。
                        pdf: files/newsletters/43.pdf
                        ---
                        # 受付中

                        いま受け付けている助成金です。

                        # 来年に向けて

                        準備しておきたい助成金です。
                        """)
                .write("content/files/newsletters/43.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .write("content/files/newsletters/43.pdf", PDF)
                .write("content/newsletters/2025-12.md", """
                        ---
                        title: 年末号
                        number: 32
                        date: 2025-12-01
                        ---
                        一年をふりかえります。
                        """)
                .write("content/newsletters/2027-01.md", """
                        ---
                        title: 新年号
                        number: 44
                        date: 2027-01-01
                        ---
                        新年の予定です。
                        """)
                .write("content/newsletters/draft.md", """
                        ---
                        title: 下書き
                        number: 45
                        date: 2026-10-15
                        status: draft
                        ---
                        まだ書いています。
                        """);
    }
}
