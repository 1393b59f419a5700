package org.tsunagu.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.testing.TestSite;

class IcsFeedsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate HORIZON = YearMonth.from(TestSite.BUILD_DATE)
            .plusMonths(EventModel.HORIZON_MONTHS).atEndOfMonth();
    private static final String HOST = "center.example.jp";

    private static final String LONG_TITLE =
            "第3回 柳瀬川・空堀川の水辺を歩こう🌸春の自然観察会、みんなで生きものを探しましょう; 雨天決行, 小雨でも";

    @TempDir
    Path dir;

    @TempDir
    Path other;

    /** Three groups (one without events) and events of every shape the feed has to say. */
    private static TestSite fixture(Path root) {
        TestSite site = new TestSite(root)
                .group("kawa", "川づくりの会", "かわづくりのかい", "")
                .group("yama", "山歩きの会", "やまあるきのかい", "")
                .group("sora", "そらの会", "そらのかい", "");
        site.write("data/events/yoga.yaml", """
                title: "%s"
                kana: あさのよがきょうしつ
                organiser: kawa
                co_organisers: [yama]
                date: 2026-11-04
                start: "10:00"
                end: "11:30"
                repeat: 毎週水曜
                until: 2027-02-24
                except: [2026-12-30, 2027-01-06]
                also: [2027-01-09]
                place:
                  venue: 清瀬市生涯学習センター
                  room: 第1会議室
                  address: 東京都清瀬市元町1-6-6
                  latitude: 35.7856
                  longitude: 139.5265
                contact:
                  name: 山田
                  email: yoga@example.jp
                summary: 川沿いを歩き、季節の草花や鳥を観察します。
                description: |
                  集合は正面玄関です。

                  - 持ち物：飲み物
                  - 服装：歩きやすい靴

                  [申し込みページ](https://example.jp/apply) からどうぞ。
                """.formatted(LONG_TITLE));
        site.write("data/events/shogi.yaml", """
                title: 子ども将棋教室
                kana: こどもしょうぎきょうしつ
                organiser: yama
                date: 2026-12-12
                start: "13:00"
                end: "15:00"
                repeat: 毎月第2土曜
                count: 6
                place:
                  venue: 中央公民館
                """);
        site.write("data/events/matsuri.yaml", """
                title: 冬の川まつり
                kana: ふゆのかわまつり
                organiser: kawa
                date: 2027-01-09
                end_date: 2027-01-11
                place:
                  venue: 清瀬金山緑地公園
                """);
        site.write("data/events/cleanup.yaml", """
                title: 河川敷の清掃
                kana: かせんじきのせいそう
                organiser: yama
                date: 2026-12-06
                start: "9:00"
                end: "11:00"
                status: 中止
                place:
                  venue: 柳瀬川河川敷
                """);
        site.write("data/events/sumaho.yaml", """
                title: スマホ相談会
                kana: すまほそうだんかい
                organiser: centre
                date: 2026-11-24
                start: "14:00"
                end: "16:00"
                repeat: 毎週火曜
                until: 2027-01-26
                cancelled_dates: [2026-12-08]
                place:
                  venue: センター会議室
                """);
        site.write("data/events/concert.yaml", """
                title: ハーモニカ演奏会
                kana: はーもにかえんそうかい
                organiser: kawa
                date: 2026-12-20
                start: "14:00"
                end: "16:00"
                status: 延期
                postponed_to: 2027-01-24
                place:
                  venue: 市民センター ホール
                """);
        site.write("data/events/market.yaml", """
                title: 朝市
                kana: あさいち
                organiser: yama
                date: 2026-12-15
                repeat: 毎月15日
                until: 2027-06-15
                except: [2027-02-15]
                also: [2027-03-20]
                cancelled_dates: [2027-04-15]
                place:
                  venue: 駅前広場
                """);
        site.write("data/events/camp.yaml", """
                title: 春のキャンプ
                kana: はるのきゃんぷ
                organiser: kawa
                date: 2027-03-20
                end_date: 2027-03-21
                start: "10:00"
                end: "15:00"
                repeat: 毎月第3土曜
                until: 2027-05-31
                place:
                  venue: 青少年の家
                """);
        site.write("data/events/online-talk.yaml", """
                title: オンライン講座
                kana: おんらいんこうざ
                organiser: centre
                date: 2026-12-03
                start: "19:00"
                also: [2026-12-10]
                cancelled_dates: [2026-12-03]
                place:
                  online: https://meet.example.jp/abc
                """);
        site.write("data/events/hanami.yaml", """
                title: 花見
                kana: はなみ
                organiser: yama
                date: 2027-04-03
                status: 延期
                place:
                  venue: 中央公園
                """);
        site.write("data/events/bazaar.yaml", """
                title: バザー
                kana: ばざー
                organiser: centre
                date: 2027-02-11
                cancelled_dates: [2027-02-11]
                place:
                  venue: センター
                """);
        site.write("data/events/past.yaml", """
                title: 秋の観察会
                kana: あきのかんさつかい
                organiser: kawa
                date: 2026-10-10
                start: "10:00"
                end: "12:00"
                place:
                  venue: 中央公園
                """);
        return site;
    }

    @Test
    void everyFeedParsesValidatesAndIsFoldedAt75Octets() throws Exception {
        TestSite site = fixture(dir);
        site.buildOk();
        Map<String, byte[]> feeds = feeds(site);
        assertTrue(feeds.keySet().containsAll(List.of("events/events.ics", "groups/kawa/events.ics",
                "groups/yama/events.ics", "groups/sora/events.ics", "events/categories/environment/events.ics",
                "events/areas/motomachi/events.ics", "events/yoga/yoga.ics", "events/hanami/hanami.ics")),
                feeds.keySet().toString());
        // Site, three groups, a field and an area, twelve events, and the (empty) grant deadlines.
        assertEquals(1 + 3 + 2 + 12 + 1, feeds.size(), feeds.keySet().toString());
        for (Map.Entry<String, byte[]> f : feeds.entrySet()) {
            byte[] bytes = f.getValue();
            assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB, "BOM in " + f.getKey());
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"), f.getKey());
            assertFalse(text.replace("\r\n", "").contains("\n") || text.replace("\r\n", "").contains("\r"),
                    "bare line break in " + f.getKey());
            for (String line : text.split("\r\n")) {
                byte[] octets = line.getBytes(StandardCharsets.UTF_8);
                assertTrue(octets.length <= 75, octets.length + " octets in " + f.getKey() + ": " + line);
                strictUtf8(octets, f.getKey());
            }
            Calendar cal = parse(bytes);
            ValidationResult r = cal.validate();
            assertFalse(r.hasErrors(), f.getKey() + ": " + r.getEntries());
            assertEquals("-//Tsunagu//テスト市民活動センター//JA", value(cal, Property.PRODID));
            assertEquals("PUBLISH", value(cal, Property.METHOD));
            assertEquals("Asia/Tokyo", value(cal, "X-WR-TIMEZONE"));
        }
        assertEquals("川づくりの会（テスト市民活動センター）", value(parse(feeds.get("groups/kawa/events.ics")), "X-WR-CALNAME"));
        assertEquals("テスト市民活動センター", value(parse(feeds.get("events/events.ics")), "X-WR-CALNAME"));
        // A time zone only where some event has a time; a calendar is never without a component.
        assertTrue(text(feeds, "events/events.ics").contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n"));
        assertFalse(text(feeds, "events/matsuri/matsuri.ics").contains("VTIMEZONE"));
        assertTrue(parse(feeds.get("groups/sora/events.ics")).getComponents(Component.VEVENT).isEmpty());
    }

    @Test
    void theSiteFeedRepeatsEventsOnTheDatesTheMonthPagesShow() throws Exception {
        TestSite site = fixture(dir);
        site.buildOk();
        Calendar cal = parse(feeds(site).get("events/events.ics"));
        List<Occ> feed = expand(cal);

        // What the month pages show: every day an event is on, with its state, and the start time.
        Map<String, String> pageTimes = new HashMap<>();
        Set<String> pages = new TreeSet<>();
        Map<String, String> masterStatus = masters(cal).stream().collect(Collectors.toMap(
                v -> slug(v), v -> value(v, Property.STATUS)));
        for (Map.Entry<String, byte[]> f : site.files().entrySet()) {
            if (!f.getKey().matches("calendar/\\d{4}/\\d{2}/index\\.html")) {
                continue;
            }
            Document d = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
            for (Element td : d.select("table.month-table td:not(.is-outside)")) {
                String day = td.selectFirst(".day-number time").attr("datetime");
                for (Element li : td.select("li")) {
                    Matcher m = Pattern.compile("/events/([^/]+)/").matcher(li.selectFirst("a").attr("href"));
                    assertTrue(m.find());
                    String slug = m.group(1);
                    String state = !li.hasClass("is-cancelled") ? "SCHEDULED"
                            : li.selectFirst("strong").text().contains("中止") ? "CANCELLED" : "POSTPONED";
                    // The old date of an event moved to a new one stays on the pages; the feed moves the event.
                    if (state.equals("POSTPONED") && !"TENTATIVE".equals(masterStatus.get(slug))) {
                        continue;
                    }
                    pages.add(day + " " + slug + " " + state);
                    Element time = li.selectFirst(".time");
                    if (time != null) {
                        pageTimes.put(day + " " + slug, time.text());
                    }
                }
            }
        }
        Set<String> fromFeed = new TreeSet<>();
        for (Occ o : feed) {
            for (LocalDate d = o.day(); !d.isAfter(o.lastDay()) && !d.isAfter(HORIZON); d = d.plusDays(1)) {
                fromFeed.add(d + " " + o.slug() + " " + o.state());
            }
            if (o.time() != null) {
                assertEquals(o.time().format(java.time.format.DateTimeFormatter.ofPattern("H:mm")),
                        pageTimes.get(o.day() + " " + o.slug()), o.toString());
            }
        }
        assertEquals(pages, fromFeed);

        // The same, written out for each kind of event.
        List<LocalDate> yoga = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 11, 4); !d.isAfter(LocalDate.of(2027, 2, 24)); d = d.plusWeeks(1)) {
            yoga.add(d);
        }
        yoga.removeAll(List.of(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 6)));
        yoga.add(LocalDate.of(2027, 1, 9));
        yoga.sort(null);
        assertEquals(16, yoga.size());
        assertEquals(yoga, days(feed, "yoga"));
        assertTrue(feed.stream().filter(o -> o.slug().equals("yoga"))
                .allMatch(o -> o.time().equals(LocalTime.of(10, 0)) && o.state().equals("SCHEDULED")));
        assertEquals(List.of(LocalDate.of(2026, 12, 12), LocalDate.of(2027, 1, 9), LocalDate.of(2027, 2, 13),
                LocalDate.of(2027, 3, 13), LocalDate.of(2027, 4, 10), LocalDate.of(2027, 5, 8)), days(feed, "shogi"));
        assertEquals(List.of(new Occ("matsuri", LocalDate.of(2027, 1, 9), null, LocalDate.of(2027, 1, 11), "SCHEDULED")),
                only(feed, "matsuri"));
        assertEquals(List.of(new Occ("cleanup", LocalDate.of(2026, 12, 6), LocalTime.of(9, 0),
                LocalDate.of(2026, 12, 6), "CANCELLED")), only(feed, "cleanup"));
        assertEquals(List.of(new Occ("concert", LocalDate.of(2027, 1, 24), LocalTime.of(14, 0),
                LocalDate.of(2027, 1, 24), "SCHEDULED")), only(feed, "concert"));
        assertEquals(List.of(new Occ("hanami", LocalDate.of(2027, 4, 3), null, LocalDate.of(2027, 4, 3), "POSTPONED")),
                only(feed, "hanami"));
        assertEquals(List.of(new Occ("camp", LocalDate.of(2027, 3, 20), null, LocalDate.of(2027, 3, 21), "SCHEDULED"),
                new Occ("camp", LocalDate.of(2027, 4, 17), null, LocalDate.of(2027, 4, 18), "SCHEDULED"),
                new Occ("camp", LocalDate.of(2027, 5, 15), null, LocalDate.of(2027, 5, 16), "SCHEDULED")),
                only(feed, "camp"));
        assertEquals(List.of(new Occ("online-talk", LocalDate.of(2026, 12, 3), LocalTime.of(19, 0),
                LocalDate.of(2026, 12, 3), "CANCELLED"), new Occ("online-talk", LocalDate.of(2026, 12, 10),
                LocalTime.of(19, 0), LocalDate.of(2026, 12, 10), "SCHEDULED")), only(feed, "online-talk"));
        assertEquals(List.of(new Occ("bazaar", LocalDate.of(2027, 2, 11), null, LocalDate.of(2027, 2, 11), "CANCELLED")),
                only(feed, "bazaar"));
        List<Occ> sumaho = only(feed, "sumaho");
        assertEquals(10, sumaho.size());
        assertEquals(List.of(LocalDate.of(2026, 12, 8)), sumaho.stream().filter(o -> o.state().equals("CANCELLED"))
                .map(Occ::day).toList());
        List<Occ> market = only(feed, "market");
        assertEquals(List.of(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 15),
                LocalDate.of(2027, 3, 20), LocalDate.of(2027, 4, 15), LocalDate.of(2027, 5, 15),
                LocalDate.of(2027, 6, 15)), market.stream().map(Occ::day).toList());
        assertEquals("CANCELLED", market.get(4).state());
    }

    @Test
    void eventsSayTheirTimesPlaceOrganiserAndStatus() throws Exception {
        TestSite site = fixture(dir);
        site.buildOk();
        Map<String, byte[]> feeds = feeds(site);
        String all = unfold(text(feeds, "events/events.ics"));

        VEvent yoga = master(parse(feeds.get("events/yoga/yoga.ics")));
        assertEquals("yoga@" + HOST, value(yoga, Property.UID));
        assertEquals("20261121T150000Z", value(yoga, Property.DTSTAMP));
        assertEquals(LONG_TITLE, value(yoga, Property.SUMMARY));
        assertEquals("清瀬市生涯学習センター 第1会議室, 東京都清瀬市元町1-6-6", value(yoga, Property.LOCATION));
        assertEquals("https://" + HOST + "/events/yoga/", value(yoga, Property.URL));
        assertEquals("環境の保全", value(yoga, Property.CATEGORIES));
        // The organiser's page, not its e-mail: a public feed is read by programs collecting addresses.
        assertEquals("https://" + HOST + "/groups/kawa/", value(yoga, Property.ORGANIZER));
        assertEquals("""
                川沿いを歩き、季節の草花や鳥を観察します。

                集合は正面玄関です。

                ・持ち物：飲み物
                ・服装：歩きやすい靴

                申し込みページ（https://example.jp/apply） からどうぞ。

                https://center.example.jp/events/yoga/""", value(yoga, Property.DESCRIPTION));
        assertTrue(all.contains("\r\nORGANIZER;CN=\"川づくりの会\":https://" + HOST + "/groups/kawa/\r\n"), all);
        assertFalse(all.contains("yoga@example.jp"), all);
        assertTrue(all.contains("\r\nGEO:35.7856;139.5265\r\n"));
        assertTrue(all.contains("\r\nDTSTART;TZID=Asia/Tokyo:20261104T100000\r\nDTEND;TZID=Asia/Tokyo:20261104T113000\r\n"
                + "RRULE:FREQ=WEEKLY;UNTIL=20270224T145959Z;BYDAY=WE\r\n"
                + "EXDATE;TZID=Asia/Tokyo:20261230T100000,20270106T100000\r\n"
                + "RDATE;TZID=Asia/Tokyo:20270109T100000\r\nSTATUS:CONFIRMED\r\n"), all);
        assertTrue(all.contains("\r\nDTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216\r\n"
                + "RRULE:FREQ=MONTHLY;UNTIL=20270615;BYMONTHDAY=15\r\nEXDATE;VALUE=DATE:20270215\r\n"
                + "RDATE;VALUE=DATE:20270320\r\nSTATUS:CONFIRMED\r\n"), all);
        assertTrue(all.contains("\r\nRECURRENCE-ID;VALUE=DATE:20270415\r\nDTSTART;VALUE=DATE:20270415\r\n"
                + "DTEND;VALUE=DATE:20270416\r\nSTATUS:CANCELLED\r\n"), all);
        assertTrue(all.contains("\r\nRECURRENCE-ID;TZID=Asia/Tokyo:20261208T140000\r\n"
                + "DTSTART;TZID=Asia/Tokyo:20261208T140000\r\nDTEND;TZID=Asia/Tokyo:20261208T160000\r\n"
                + "STATUS:CANCELLED\r\n"), all);
        assertTrue(all.contains("\r\nDTSTART;VALUE=DATE:20270109\r\nDTEND;VALUE=DATE:20270112\r\nSTATUS:CONFIRMED\r\n"));
        assertTrue(all.contains("\r\nDTSTART;TZID=Asia/Tokyo:20261206T090000\r\nDTEND;TZID=Asia/Tokyo:20261206T110000\r\n"
                + "STATUS:CANCELLED\r\n"));
        assertTrue(all.contains("\r\nDTSTART;TZID=Asia/Tokyo:20270124T140000\r\nDTEND;TZID=Asia/Tokyo:20270124T160000\r\n"
                + "STATUS:CONFIRMED\r\n"));
        assertTrue(all.contains("\r\nDTSTART;VALUE=DATE:20270403\r\nDTEND;VALUE=DATE:20270404\r\nSTATUS:TENTATIVE\r\n"));

        // A timed event over several days is given by its days, with the times in its description.
        VEvent camp = master(parse(feeds.get("events/camp/camp.ics")));
        assertTrue(value(camp, Property.DESCRIPTION).contains("時間：10:00〜15:00"));
        assertTrue(all.contains("\r\nDTSTART;VALUE=DATE:20270320\r\nDTEND;VALUE=DATE:20270322\r\n"
                + "RRULE:FREQ=MONTHLY;UNTIL=20270531;BYDAY=3SA\r\nSTATUS:CONFIRMED\r\n"), all);
        // Online only: the address is the place; without an end time there is no DTEND.
        VEvent online = master(parse(feeds.get("events/online-talk/online-talk.ics")));
        assertEquals("https://meet.example.jp/abc", value(online, Property.LOCATION));
        assertTrue(online.getProperty(Property.DTEND).isEmpty());
        assertTrue(unfold(text(feeds, "events/online-talk/online-talk.ics"))
                .contains("\r\nDTSTART;TZID=Asia/Tokyo:20261203T190000\r\nRDATE;TZID=Asia/Tokyo:20261210T190000\r\n"
                        + "STATUS:CONFIRMED\r\n"));
        assertTrue(all.contains("\r\nRECURRENCE-ID;TZID=Asia/Tokyo:20261203T190000\r\n"
                + "DTSTART;TZID=Asia/Tokyo:20261203T190000\r\nSTATUS:CANCELLED\r\n"), all);
        // A single event whose one date is cancelled is cancelled as a whole.
        assertTrue(all.contains("\r\nDTSTART;VALUE=DATE:20270211\r\nDTEND;VALUE=DATE:20270212\r\nSTATUS:CANCELLED\r\n"));
        // Without an e-mail, the organiser is named by its page on the site.
        VEvent sumaho = master(parse(feeds.get("events/sumaho/sumaho.ics")));
        assertEquals("https://" + HOST + "/", value(sumaho, Property.ORGANIZER));
        assertEquals("テスト市民活動センター",
                sumaho.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN").orElseThrow().getValue());
        VEvent shogi = master(parse(feeds.get("events/shogi/shogi.ics")));
        assertEquals("https://" + HOST + "/groups/yama/", value(shogi, Property.ORGANIZER));
        assertEquals("FREQ=MONTHLY;COUNT=6;BYDAY=2SA", value(shogi, Property.RRULE));
    }

    @Test
    void groupAndFacetFeedsHoldOnlyTheirEvents() throws Exception {
        TestSite site = fixture(dir);
        site.buildOk();
        Map<String, byte[]> feeds = feeds(site);
        assertEquals(Set.of("yoga", "matsuri", "concert", "camp", "past"), slugs(feeds.get("groups/kawa/events.ics")));
        assertEquals(Set.of("yoga", "shogi", "cleanup", "market", "hanami"), slugs(feeds.get("groups/yama/events.ics")));
        assertEquals(Set.of(), slugs(feeds.get("groups/sora/events.ics")));
        Set<String> grouped = new TreeSet<>(slugs(feeds.get("groups/kawa/events.ics")));
        grouped.addAll(slugs(feeds.get("groups/yama/events.ics")));
        assertEquals(grouped, slugs(feeds.get("events/categories/environment/events.ics")));
        assertEquals(grouped, slugs(feeds.get("events/areas/motomachi/events.ics")));
        Set<String> everything = new TreeSet<>(grouped);
        everything.addAll(List.of("sumaho", "online-talk", "bazaar"));
        assertEquals(everything, slugs(feeds.get("events/events.ics")));
        assertEquals(Set.of("sumaho"), slugs(feeds.get("events/sumaho/sumaho.ics")));
        // Each event's VEVENTs are the same in every feed that has it.
        String one = unfold(text(feeds, "events/sumaho/sumaho.ics"));
        String events = one.substring(one.indexOf("BEGIN:VEVENT"), one.lastIndexOf("END:VCALENDAR"));
        assertTrue(unfold(text(feeds, "events/events.ics")).contains(events));
    }

    @Test
    void feedsAreByteIdenticalAcrossBuildsAndFolders() throws Exception {
        TestSite a = fixture(dir);
        a.buildOk();
        Map<String, byte[]> first = feeds(a);
        a.buildOk();
        Map<String, byte[]> second = feeds(a);
        TestSite b = fixture(other);
        b.buildOk();
        Map<String, byte[]> elsewhere = feeds(b);
        assertEquals(first.keySet(), second.keySet());
        assertEquals(first.keySet(), elsewhere.keySet());
        for (String path : first.keySet()) {
            assertArrayEquals(first.get(path), second.get(path), path);
            assertArrayEquals(first.get(path), elsewhere.get(path), path);
        }
        List<String> uids = uids(first.get("events/events.ics"));
        assertEquals(uids, uids(elsewhere.get("events/events.ics")));
        assertTrue(uids.stream().allMatch(u -> u.matches("[a-z0-9-]+@" + Pattern.quote(HOST))), uids.toString());
    }

    @Test
    void japaneseTextSurvivesFoldingUnchanged() throws Exception {
        TestSite site = fixture(dir);
        site.buildOk();
        byte[] bytes = feeds(site).get("events/yoga/yoga.ics");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n "), "long lines are folded");
        VEvent v = master(parse(bytes));
        assertEquals(LONG_TITLE, value(v, Property.SUMMARY));
        String summaryLine = unfold(text).lines().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
        assertEquals("SUMMARY:" + LONG_TITLE.replace(";", "\\;").replace(",", "\\,"), summaryLine);
        assertTrue(summaryLine.getBytes(StandardCharsets.UTF_8).length > 150);
    }

    @Test
    void markupInNamesDoesNotReachCalendarApps() throws Exception {
        TestSite site = new TestSite(dir).group("akui", "<b>太字</b>の会", "あくいのかい", "");
        site.write("data/events/x.yaml", """
                title: "<script>alert(1)</script>"
                kana: えっくす
                organiser: akui
                date: 2026-12-01
                summary: "a < b"
                place:
                  venue: 会場
                """);
        site.buildOk();
        for (Map.Entry<String, byte[]> f : feeds(site).entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("<") || text.contains(">"), f.getKey());
            assertFalse(parse(f.getValue()).validate().hasErrors(), f.getKey());
        }
        VEvent x = master(parse(feeds(site).get("events/x/x.ics")));
        assertEquals("＜script＞alert(1)＜/script＞", value(x, Property.SUMMARY));
    }

    // --- reading the feeds back ---

    private record Occ(String slug, LocalDate day, LocalTime time, LocalDate lastDay, String state) {
    }

    private static Map<String, byte[]> feeds(TestSite site) {
        Map<String, byte[]> m = new TreeMap<>();
        site.files().forEach((path, bytes) -> {
            if (path.endsWith(".ics")) {
                m.put(path.replace('\\', '/'), bytes);
            }
        });
        return m;
    }

    private static Calendar parse(byte[] bytes) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    }

    private static String text(Map<String, byte[]> feeds, String path) {
        return new String(feeds.get(path), StandardCharsets.UTF_8);
    }

    private static String unfold(String text) {
        return text.replace("\r\n ", "");
    }

    private static void strictUtf8(byte[] line, String file) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a character is split across lines in " + file, e);
        }
    }

    private static String value(Calendar cal, String name) {
        return cal.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String value(VEvent v, String name) {
        return v.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String slug(VEvent v) {
        String uid = value(v, Property.UID);
        return uid.substring(0, uid.indexOf('@'));
    }

    private static List<VEvent> masters(Calendar cal) {
        List<VEvent> out = new ArrayList<>();
        for (VEvent v : cal.<VEvent>getComponents(Component.VEVENT)) {
            if (v.getProperty(Property.RECURRENCE_ID).isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    private static VEvent master(Calendar cal) {
        List<VEvent> m = masters(cal);
        assertEquals(1, m.size());
        return m.get(0);
    }

    private static Set<String> slugs(byte[] feed) throws Exception {
        return masters(parse(feed)).stream().map(IcsFeedsTest::slug).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> uids(byte[] feed) throws Exception {
        return parse(feed).<VEvent>getComponents(Component.VEVENT).stream().map(v -> value(v, Property.UID)).toList();
    }

    private static List<LocalDate> days(List<Occ> feed, String slug) {
        return only(feed, slug).stream().map(Occ::day).toList();
    }

    private static List<Occ> only(List<Occ> feed, String slug) {
        return feed.stream().filter(o -> o.slug().equals(slug)).toList();
    }

    /**
     * Every occurrence of every event up to the horizon, as a calendar app works it out: the
     * VEVENT's rule, extra and left-out dates, then the overriding VEVENTs for single dates.
     */
    private static List<Occ> expand(Calendar cal) {
        Map<String, String> overrides = new HashMap<>();
        for (VEvent v : cal.<VEvent>getComponents(Component.VEVENT)) {
            Optional<Property> rid = v.getProperty(Property.RECURRENCE_ID);
            if (rid.isPresent()) {
                overrides.put(slug(v) + " " + start(((DateProperty<?>) rid.get()).getDate()), value(v, Property.STATUS));
            }
        }
        List<Occ> out = new ArrayList<>();
        for (VEvent v : masters(cal)) {
            DtStart<Temporal> start = v.getDateTimeStart();
            boolean allDay = start.getDate() instanceof LocalDate;
            LocalDate from = LocalDate.of(2020, 1, 1);
            LocalDate to = HORIZON.plusDays(2);
            Period<? extends Temporal> range = allDay ? new Period<>(from, to)
                    : new Period<>(from.atStartOfDay(TOKYO), to.atStartOfDay(TOKYO));
            Set<Period<Temporal>> set = v.calculateRecurrenceSet(range);
            for (Period<Temporal> p : set) {
                String key = start(p.getStart());
                String status = overrides.getOrDefault(slug(v) + " " + key, value(v, Property.STATUS));
                String state = switch (status) {
                    case "CONFIRMED" -> "SCHEDULED";
                    case "CANCELLED" -> "CANCELLED";
                    case "TENTATIVE" -> "POSTPONED";
                    default -> throw new AssertionError(status);
                };
                LocalDate day;
                LocalTime time;
                LocalDate last;
                if (allDay) {
                    day = (LocalDate) p.getStart();
                    time = null;
                    last = ((LocalDate) p.getEnd()).minusDays(1);
                } else {
                    ZonedDateTime s = tokyo(p.getStart());
                    day = s.toLocalDate();
                    time = s.toLocalTime();
                    last = tokyo(p.getEnd()).toLocalDate();
                }
                if (!day.isAfter(HORIZON)) {
                    out.add(new Occ(slug(v), day, time, last, state));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Occ::slug).thenComparing(Occ::day));
        return out;
    }

    private static String start(Temporal t) {
        return t instanceof LocalDate d ? d.toString() : tokyo(t).toLocalDateTime().toString();
    }

    private static ZonedDateTime tokyo(Temporal t) {
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(TOKYO);
        }
        if (t instanceof java.time.OffsetDateTime o) {
            return o.atZoneSameInstant(TOKYO);
        }
        if (t instanceof java.time.Instant i) {
            return i.atZone(TOKYO);
        }
        throw new AssertionError(t.getClass());
    }
}
