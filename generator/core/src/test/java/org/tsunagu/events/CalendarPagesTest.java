package org.tsunagu.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.testing.TestSite;

/** Events on the pages a citizen reads: month calendars, the upcoming list, the archive, event pages. */
class CalendarPagesTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir)
                .group("kawazukuri", "川づくりの会", "かわづくりのかい", "")
                .group("sumaho", "スマホの会", "すまほのかい", "")
                .write("data/events/2026/sumaho.yaml", """
                        title: スマホ相談会
                        kana: すまほそうだんかい
                        organiser: sumaho
                        date: 2026-11-04
                        start: "10:00"
                        end: "12:00"
                        repeat: 毎週水曜
                        until: 2027-01-27
                        except: [2026-12-30]
                        also: [2027-01-05]
                        cancelled_dates: [2026-12-16]
                        place:
                          venue: 生涯学習センター
                        """)
                .write("data/events/2026/kawa.yaml", """
                        title: 川の清掃
                        kana: かわのせいそう
                        organiser: kawazukuri
                        co_organisers: [sumaho, 清瀬市]
                        date: 2026-12-13
                        start: 9:00
                        end: 午前11時30分
                        place:
                          venue: 清瀬橋
                          latitude: 35.7856
                          longitude: 139.5265
                        fee: 無料
                        capacity: 30
                        apply:
                          method: 電話で
                          selection: 先着順
                          deadline: 2026-12-06
                        """)
                .write("data/events/camp.yaml", """
                        title: 年越し自然体験
                        kana: としこししぜんたいけん
                        organiser: centre
                        categories: [子どもの健全育成]
                        area: 下宿
                        date: ２０２６年１２月３０日
                        end_date: 令和9年1月2日
                        place:
                          venue: 自然の森
                        fee: 1,500円
                        """)
                .write("data/events/2026/old.yaml", """
                        title: 秋の講座
                        kana: あきのこうざ
                        organiser: centre
                        date: 2026-10-10
                        start: "13:30"
                        place:
                          venue: 公民館
                        """)
                .write("data/events/2026/cancelled.yaml", """
                        title: 冬のコンサート
                        kana: ふゆのこんさーと
                        organiser: centre
                        date: 2026-12-20
                        start: "14:00"
                        status: 中止
                        place:
                          venue: 市民ホール
                        """);
    }

    /** The events listed on one day of a month page's table, as "time title (status)". */
    private static List<String> cell(Document month, String isoDate) {
        Element td = month.selectFirst("table.month-table time[datetime=" + isoDate + "]").closest("td");
        return td.select("li").eachText();
    }

    @Test
    void monthPagesHoldExactlyTheOccurrences() {
        TestSite s = site();
        s.buildOk();
        Document dec = s.page("/calendar/2026/12/");
        assertEquals("2026年12月の行事カレンダー（日曜日から土曜日まで）", dec.selectFirst("caption").text());
        assertEquals(List.of("日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"),
                dec.select("thead th[scope=col] .visually-hidden").eachText());
        assertEquals(List.of("10:00 スマホ相談会"), cell(dec, "2026-12-02"));
        assertEquals(List.of("10:00 スマホ相談会 （中止）"), cell(dec, "2026-12-16"));
        assertEquals(List.of("14:00 冬のコンサート （中止）"), cell(dec, "2026-12-20"));
        assertEquals(List.of("9:00 川の清掃"), cell(dec, "2026-12-13"));
        // The day left out has no session; the multi-day event shows on each of its days.
        assertEquals(List.of("年越し自然体験"), cell(dec, "2026-12-30"));
        assertEquals(List.of("年越し自然体験"), cell(dec, "2026-12-31"));
        Document jan = s.page("/calendar/2027/01/");
        assertEquals(List.of("年越し自然体験"), cell(jan, "2027-01-01"));
        assertEquals(List.of("年越し自然体験"), cell(jan, "2027-01-02"));
        assertEquals(List.of(), cell(jan, "2027-01-03"));
        assertEquals(List.of("10:00 スマホ相談会"), cell(jan, "2027-01-05"), "the extra date");
        assertEquals(List.of("10:00 スマホ相談会"), cell(jan, "2027-01-27"), "the last date");
        // The calendar ends with the last month that has events: nothing after until.
        assertFalse(s.exists("calendar/2027/02/index.html"));
        assertEquals(null, jan.selectFirst("a[rel=next]"));
        // Four Wednesdays (one cancelled), the clean-up, the concert and the camp; in January the
        // camp counts again, with four Wednesdays and the extra Tuesday.
        assertEquals("この月の行事は 7 件です。", dec.selectFirst("main h1 + p").text());
        assertEquals("この月の行事は 6 件です。", jan.selectFirst("main h1 + p").text());
    }

    @Test
    void holidaysAndTodayAreMarkedInWords() {
        TestSite s = site();
        s.buildOk();
        Document nov = s.page("/calendar/2026/11/");
        Element today = nov.selectFirst("table.month-table time[datetime=2026-11-22]").closest("td");
        assertTrue(today.text().contains("今日"));
        Element labour = nov.selectFirst("table.month-table time[datetime=2026-11-23]").closest("td");
        assertTrue(labour.text().contains("勤労感謝の日"));
        Document jan = s.page("/calendar/2027/01/");
        assertTrue(jan.selectFirst("table.month-table time[datetime=2027-01-11]").closest("td").text()
                .contains("成人の日"));
        // The list for narrow screens names the same days.
        assertTrue(jan.select(".month-list h3").eachText().contains("1月1日（金） 元日"));
        assertEquals("/calendar/2026/12/", jan.selectFirst("a[rel=prev]").attr("href"));
    }

    @Test
    void theBuildDateMovesEventsToTheArchive() {
        TestSite s = site();
        s.buildOk();
        assertEquals(List.of("秋の講座"), s.page("/events/archive/").select("h3").eachText());
        assertFalse(s.page("/events/").select("h4").eachText().contains("秋の講座"));
        // A week later the river clean-up has happened.
        BuildResult later = org.tsunagu.core.build.Pipeline.build(s.options().withBuildDate(LocalDate.of(2026, 12, 14)));
        assertTrue(later.written());
        assertEquals(List.of("川の清掃", "秋の講座"), s.page("/events/archive/").select("h3").eachText());
        assertEquals("この行事は終了しました。", s.page("/events/kawa/").selectFirst(".notice").text());
    }

    @Test
    void upcomingListIsGroupedByTheDayOfEachEventsNextDate() {
        TestSite s = site();
        s.buildOk();
        Document events = s.page("/events/");
        List<String> days = events.select(".event-day > h3").eachText();
        assertEquals(List.of("2026年11月25日（水）", "2026年12月13日（日）", "2026年12月20日（日）",
                "2026年12月30日（水）"), days);
        Element concert = events.select(".event-card").stream()
                .filter(e -> e.text().contains("冬のコンサート")).findFirst().orElseThrow();
        assertEquals("中止", concert.selectFirst(".badge-cancelled").text());
        assertTrue(events.selectFirst("a[href^=webcal://center.example.jp/events/events.ics]") != null);
        Document home = s.page("/");
        assertEquals(List.of("スマホ相談会", "川の清掃", "冬のコンサート", "年越し自然体験"),
                home.select("#events ~ .cards h3").eachText());
    }

    @Test
    void anEventPageSaysWhenWhereAndHow() throws Exception {
        TestSite s = site();
        s.buildOk();
        Document p = s.page("/events/kawa/");
        assertEquals("川の清掃", p.selectFirst("h1").text());
        assertEquals("2026-12-13T09:00", p.selectFirst(".facts time").attr("datetime"));
        assertTrue(p.selectFirst(".facts dd").text().startsWith("2026年12月13日（日） 9:00〜11:30"));
        assertEquals("/events/kawa/kawa.ics", p.selectFirst("a.button[download]").attr("href"));
        assertEquals(List.of("川づくりの会"), p.select("dt:containsOwn(主催) + dd a").eachText());
        assertEquals("スマホの会 清瀬市", p.selectFirst("dt:containsOwn(共催・協力) + dd").text());
        assertEquals("先着順", p.selectFirst("dt:containsOwn(選び方) + dd").text());
        JsonNode ld = new ObjectMapper().readTree(p.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Event", ld.get("@type").asText());
        assertEquals("2026-12-13T09:00+09:00", ld.get("startDate").asText());
        assertEquals("2026-12-13T11:30+09:00", ld.get("endDate").asText());
        assertEquals("https://schema.org/EventScheduled", ld.get("eventStatus").asText());
        assertEquals("https://schema.org/OfflineEventAttendanceMode", ld.get("eventAttendanceMode").asText());
        assertEquals(35.7856, ld.get("location").get(0).get("geo").get("latitude").asDouble());
        assertEquals(0, ld.get("offers").get("price").asInt());
        assertEquals("川づくりの会", ld.get("organizer").get("name").asText());

        JsonNode concert = new ObjectMapper().readTree(s.page("/events/cancelled/")
                .selectFirst("script[type=application/ld+json]").data());
        assertEquals("https://schema.org/EventCancelled", concert.get("eventStatus").asText());
        assertEquals("この行事は中止になりました。", s.page("/events/cancelled/").selectFirst(".notice").text());

        Document camp = s.page("/events/camp/");
        assertTrue(camp.selectFirst(".facts dd").text().startsWith("2026年12月30日（水）〜2027年1月2日（土） 終日"));
        assertEquals("1,500円", camp.selectFirst("dt:containsOwn(参加費) + dd").text());

        Document series = s.page("/events/sumaho/");
        assertTrue(series.text().contains("くり返し: 毎週水曜日（2027年1月27日（水）まで）"));
        List<String> dates = series.select("#dates ~ ul.date-list li").eachText();
        assertEquals("2026年11月25日（水）", dates.get(0));
        assertEquals("2026年12月16日（水） 中止", dates.get(3));
        assertFalse(dates.contains("2026年12月30日（水）"));
        assertTrue(dates.contains("2027年1月5日（火）"), "the extra date is among the coming ones: " + dates);
    }

    @Test
    void groupPagesAndFacetPagesListTheirEvents() {
        TestSite s = site();
        s.buildOk();
        Document sumaho = s.page("/groups/sumaho/");
        // Organiser of the series, co-organiser of the clean-up.
        assertEquals(List.of("スマホ相談会", "川の清掃"), sumaho.select("#events ~ .event-card h4").eachText());
        assertEquals("webcal://center.example.jp/groups/sumaho/events.ics",
                sumaho.selectFirst("#events ~ p a").attr("href"));
        Document child = s.page("/events/categories/children/");
        assertEquals(List.of("年越し自然体験"), child.select(".event-card h3").eachText());
        Document area = s.page("/events/areas/shimojuku/");
        assertEquals(List.of("年越し自然体験"), area.select(".event-card h3").eachText());
    }

    @Test
    void japaneseDatesAndTimesAreNormalisedNotMisread() {
        TestSite s = site();
        BuildResult r = s.buildOk();
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.file().startsWith("data/events")),
                r.diagnostics().stream().map(d -> d.location() + " " + d.message(Locale.JAPANESE)).toList().toString());
        Document camp = s.page("/events/camp/");
        assertEquals("2026-12-30", camp.selectFirst(".facts time").attr("datetime"));
    }

    @Test
    void anEventFarBeyondTheHorizonHasItsPageButNoEmptyMonths() {
        TestSite s = site().write("data/events/far.yaml", """
                title: 百年記念式典
                kana: ひゃくねんきねんしきてん
                organiser: centre
                date: 2100-04-01
                place:
                  venue: 市民ホール
                """);
        s.buildOk();
        assertTrue(s.exists("events/far/index.html"));
        assertFalse(s.exists("calendar/2100/04/index.html"));
        assertFalse(s.exists("calendar/2028/01/index.html"), "no months past the horizon");
    }

    @Test
    void aFileNameIsUniqueAcrossYearFolders() {
        TestSite s = site().write("data/events/2027/kawa.yaml", """
                title: 川の清掃
                kana: かわのせいそう
                organiser: kawazukuri
                date: 2027-01-10
                place:
                  venue: 清瀬橋
                """);
        BuildResult r = s.build();
        List<Diagnostic> errors = s.errors(r);
        assertEquals(1, errors.size());
        assertEquals("data/events/2027/kawa.yaml", errors.get(0).file());
        assertEquals("ファイル名「kawa」が data/events/2026/kawa.yaml と重なっています。",
                errors.get(0).message(Locale.JAPANESE));
    }
}
