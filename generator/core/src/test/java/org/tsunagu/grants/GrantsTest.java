package org.tsunagu.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.testing.TestSite;

/** Grants as a group's treasurer finds them: by status on the day, by deadline, by field. */
class GrantsTest {

    @TempDir
    Path dir;

    /** Two rounds: 2026-06-01..06-30 and 2026-09-01..09-30. */
    private static final String TWO_ROUNDS = """
            name: まちづくり活動支援金
            kana: まちづくりかつどうしえんきん
            provider: 佐久市
            provider_kind: 市区町村
            purpose: まちづくり活動を支援します。
            amount:
              limit: 30万円
              rate: 3/4
            eligible: 市内の団体
            rounds:
              - name: 二次募集
                opens: 2026-06-01
                closes: 2026-06-30
              - name: 三次募集
                opens: 2026-09-01
                closes: 2026-09-30
            """;

    private TestSite site() {
        return new TestSite(dir)
                .group("kawa", "川の会", "かわのかい", "")
                .write("data/grants/machizukuri.yaml", TWO_ROUNDS)
                .write("data/grants/fukushi.yaml", """
                        name: 地域福祉活動助成
                        kana: ちいきふくしかつどうじょせい
                        provider: みどり財団
                        provider_kind: 財団・基金
                        purpose: 支え合い活動を応援します。
                        amount:
                          limit: 300,000円
                          rate: 2分の1
                        eligible: 非営利の団体
                        categories: [保健・医療・福祉]
                        rounds:
                          - opens: 2026-11-01
                            closes: 2027-01-15
                        """)
                .write("data/grants/kodomo.yaml", """
                        name: 子どもの居場所応援
                        kana: こどものいばしょおうえん
                        provider: みらい生活
                        provider_kind: 企業
                        purpose: 居場所づくりを応援します。
                        amount:
                          limit: 20万円
                          rate: 定額
                        eligible: 非営利の団体
                        categories: [子どもの健全育成]
                        rounds:
                          - name: 第1回
                            opens: 2027-01-12
                            closes: 2027-02-26
                        """);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            2026-05-31, 募集予定, 受付開始: 2026年6月1日（月）
            2026-06-01, 募集中, 締め切り: 2026年6月30日（火） （あと 29 日）
            2026-06-15, 募集中, 締め切り: 2026年6月30日（火） （あと 15 日）
            2026-06-16, 締切間近, 締め切り: 2026年6月30日（火） （あと 14 日）
            2026-06-30, 締切間近, 締め切り: 2026年6月30日（火） （今日が締め切りです）
            2026-07-01, 募集予定, 受付開始: 2026年9月1日（火）
            2026-09-16, 締切間近, 締め切り: 2026年9月30日（水） （あと 14 日）
            2026-10-01, 受付終了, 受付終了: 2026年9月30日（水）
            """)
    void statusOnTheBuildDate(LocalDate day, String status, String when) {
        TestSite s = new TestSite(dir).write("data/grants/machizukuri.yaml", TWO_ROUNDS);
        BuildResult r = Pipeline.build(s.options().withBuildDate(day));
        assertTrue(r.written(), r.diagnostics().toString());
        Element card = s.page("/grants/").selectFirst(".grant-card");
        assertEquals(status, card.selectFirst(".badge").text());
        assertTrue(card.selectFirst(".when").text().startsWith(when), card.selectFirst(".when").text());
        assertEquals(status, s.page("/grants/status/" + switch (status) {
            case "募集予定" -> "upcoming";
            case "募集中" -> "open";
            case "締切間近" -> "closing";
            default -> "closed";
        } + "/").selectFirst(".grant-card .badge").text());
    }

    @Test
    void theListIsByNextDeadlineWithClosedOnesLast() {
        TestSite s = site();
        s.buildOk();
        Document list = s.page("/grants/");
        assertEquals(List.of("地域福祉活動助成", "子どもの居場所応援", "まちづくり活動支援金"),
                list.select(".grant-list .grant-card h3").eachText());
        assertEquals(List.of("募集中（1）", "締切間近（0）", "募集予定（1）", "受付終了（1）"),
                list.select("nav h3:containsOwn(受付の状況で) + ul a").eachText());
        // A field's page holds the grants for that field and those open to every field, not closed ones.
        Document welfare = s.page("/grants/categories/health-welfare/");
        assertEquals(List.of("地域福祉活動助成"), welfare.select(".grant-card h2").eachText());
        assertEquals("1 件", welfare.selectFirst(".count-line").text());
        Document children = s.page("/grants/categories/children/");
        assertEquals(List.of("子どもの居場所応援"), children.select(".grant-card h2").eachText());
        // The in-page filter knows each card's status and fields; it is hidden until its script runs.
        assertEquals("open", list.selectFirst(".grant-card").attr("data-status"));
        assertEquals("*", list.select(".grant-card").last().attr("data-categories"));
        assertTrue(list.selectFirst("#grant-filter").hasAttr("hidden"));
        assertTrue(s.exists("assets/js/grant-filter.js"));
        // The home page shows what can be applied for now.
        assertEquals(List.of("地域福祉活動助成"), s.page("/").select("#grants ~ .cards h3").eachText());
    }

    @Test
    void deadlinesAreInTheCalendarAndInTheirOwnFeed() throws Exception {
        TestSite s = site();
        s.buildOk();
        Element jan15 = s.page("/calendar/2027/01/").selectFirst("table.month-table time[datetime=2027-01-15]")
                .closest("td");
        assertEquals(List.of("締切: 地域福祉活動助成"), jan15.select(".deadlines li").eachText());
        assertEquals("/grants/fukushi/", jan15.selectFirst(".deadlines a").attr("href"));
        Calendar cal = new CalendarBuilder().build(new ByteArrayInputStream(
                s.files().get("grants/deadlines.ics")));
        assertTrue(cal.validate().getEntries().isEmpty(), cal.validate().toString());
        List<String> entries = cal.getComponents("VEVENT").stream().map(c -> (VEvent) c)
                .map(v -> v.getProperty("DTSTART").get().getValue() + " " + v.getProperty("SUMMARY").get().getValue())
                .toList();
        assertEquals(List.of("20260630 締切：まちづくり活動支援金（二次募集）", "20260930 締切：まちづくり活動支援金（三次募集）",
                "20270115 締切：地域福祉活動助成", "20270226 締切：子どもの居場所応援（第1回）"), entries);
        String text = new String(s.files().get("grants/deadlines.ics"), StandardCharsets.UTF_8);
        assertTrue(text.contains("UID:fukushi-round-1@center.example.jp"), text);
    }

    @Test
    void aGrantPageShowsAmountsRoundsDocumentsAndResults() {
        TestSite s = site().write("content/files/form.pdf", "%PDF-1.4\n%test\n".repeat(140))
                .write("data/grants/full.yaml", """
                        name: 市民活動支援金
                        kana: しみんかつどうしえんきん
                        provider: 清瀬市
                        provider_kind: 市区町村
                        purpose: 市民活動を支援します。
                        amount:
                          limit: 30万円
                          minimum: 1万円
                          rate: 50%
                          variants:
                            - theme: 重点テーマ枠
                              limit: ５０万円
                              rate: 3/4
                        eligible: 市内の団体
                        rounds:
                          - name: 一次募集
                            opens: 令和8年11月1日
                            closes: 2026年12月1日
                            consultation_from: 2026-10-15
                            consultation_until: 2026-11-20
                        documents:
                          - name: 申請書
                            file: files/form.pdf
                          - name: 名簿
                        results:
                          - year: 2025
                            best:
                              - title: 川の清掃
                                group: kawa
                            awarded:
                              - title: 川の清掃
                                group: kawa
                                amount: 200000
                              - title: 花壇づくり
                                group: 花の会
                                amount: 5万円
                        """);
        s.buildOk();
        Document p = s.page("/grants/full/");
        assertEquals("2026年11月22日（日）現在: 締切間近 締め切り: 2026年12月1日（火）（あと 9 日）",
                p.selectFirst(".notice").text());
        assertEquals("300,000円", p.selectFirst("dt:containsOwn(上限額) + dd").text());
        assertEquals("10,000円", p.selectFirst("dt:containsOwn(下限額) + dd").text());
        assertEquals("50%", p.selectFirst("dt:containsOwn(補助率) + dd").text());
        Element variant = p.selectFirst("#variants ~ .table-wrap tbody tr");
        assertEquals(List.of("重点テーマ枠", "500,000円", "4分の3", ""), variant.select("th, td").stream().map(Element::text).toList());
        assertEquals("市民活動支援金の募集の日程", p.selectFirst("#rounds ~ .table-wrap caption").text());
        assertEquals(List.of("一次募集", "2026年11月1日（日）〜2026年12月1日（火）", "2026年10月15日（木）〜2026年11月20日（金）",
                "受付中"), p.select("#rounds ~ .table-wrap tbody tr").first().select("th, td").eachText());
        assertEquals("申請書（PDF、2 KB）", p.selectFirst(".document-list a[type=application/pdf]").text());
        assertTrue(s.exists("files/form.pdf"));
        assertEquals(List.of("川の清掃（川の会） 200,000円", "花壇づくり（花の会） 50,000円"),
                p.select("h4:containsOwn(採択された事業) + ul li").eachText());
        assertEquals("/groups/kawa/", p.selectFirst("h4:containsOwn(優良事業) + ul a").attr("href"));
        assertEquals("2025年度（令和7年度）", p.selectFirst("#results ~ h3").text());
    }

    @Test
    void overlappingRoundsGiveOneStatusAndItsDeadline() {
        TestSite s = new TestSite(dir).write("data/grants/overlap.yaml", """
                name: 重なる助成
                kana: かさなるじょせい
                provider: 財団
                provider_kind: 財団・基金
                purpose: 重なる回の確認です。
                amount:
                  limit: 10万円
                eligible: 団体
                rounds:
                  - opens: 2026-11-01
                    closes: 2027-01-31
                  - opens: 2026-10-01
                    closes: 2026-11-25
                """);
        s.build();
        Element card = s.page("/grants/").selectFirst(".grant-card");
        assertEquals("締切間近", card.selectFirst(".badge").text());
        assertTrue(card.selectFirst(".when").text().contains("（あと 3 日）"), card.text());
    }

    @Test
    void amountsReadTheSameWhateverTheMachinesLanguage() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            TestSite s = site();
            s.buildOk();
            assertTrue(s.page("/grants/").text().contains("上限額: 300,000円"), s.page("/grants/").text());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void theClosingSoonWindowIsASiteSetting() {
        TestSite s = new TestSite(dir).write("data/grants/machizukuri.yaml", TWO_ROUNDS);
        s.write("data/site.yaml", TestSite.SITE_YAML + "closing_soon_days: 7\n");
        Pipeline.build(s.options().withBuildDate(LocalDate.of(2026, 6, 16)));
        assertEquals("募集中", s.page("/grants/").selectFirst(".grant-card .badge").text());
        Pipeline.build(s.options().withBuildDate(LocalDate.of(2026, 6, 23)));
        assertEquals("締切間近", s.page("/grants/").selectFirst(".grant-card .badge").text());
    }
}
