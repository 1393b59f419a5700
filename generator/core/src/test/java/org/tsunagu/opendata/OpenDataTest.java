package org.tsunagu.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.testing.TestSite;

class OpenDataTest {

    static final List<String> EVENT_HEADER = List.of("都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名",
            "イベント名", "イベント名_カナ", "イベント名_英語", "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項",
            "説明", "料金(基本)", "料金(詳細)", "連絡先名称", "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称",
            "住所", "方書", "緯度", "経度", "アクセス方法", "駐車場情報", "定員", "参加申込終了日", "参加申込終了時間",
            "参加申込方法", "URL", "備考");

    static final List<String> GROUP_HEADER = List.of("NO", "団体名", "団体名_カナ", "団体名_英語", "団体の種類",
            "活動分野", "活動地区", "紹介", "活動日", "活動場所", "会員募集", "連絡先担当者", "連絡先電話番号",
            "連絡先メールアドレス", "連絡先住所", "ホームページ", "設立年", "法人番号", "URL", "情報の確認日");

    static final String OPEN_DATA_SETTINGS = """
            local_government_code: "132225"
            prefecture: 東京都
            municipality: 清瀬市
            """;

    @TempDir
    Path dir;

    /** A site with one group and events of every kind the tests look at. */
    TestSite site() {
        return new TestSite(dir)
                .write("data/site.yaml", TestSite.SITE_YAML + OPEN_DATA_SETTINGS)
                .group("kawa", "川づくり・清瀬の会", "かわづくり・きよせのかい", """
                        name_en: "Kawazukuri <River> & Co's"
                        founded: 1998
                        activity:
                          days: 毎月第2土曜
                          time: 9:00〜12:00
                          place: 柳瀬川
                        recruiting:
                          open: true
                          wanted: 川が好きな方
                        contact:
                          person: 事務局 佐藤
                          phone: 042-999-8888
                          email: kawa@example.jp
                          address: 清瀬市下宿9-9-9 佐藤方
                          public: [person, email]
                        links:
                          website: https://example.jp/kawa/
                        confirmed: 2026-04-15
                        """)
                .write("data/events/kouza.yaml", """
                        title: 市民活動入門講座
                        kana: しみんかつどうにゅうもんこうざ
                        title_en: Introduction to civic activity
                        organiser: centre
                        co_organisers: [kawa, 清瀬市]
                        date: 2026-12-05
                        start: "13:30"
                        end: "15:30"
                        reception: "13:15"
                        place:
                          venue: 清瀬市生涯学習センター
                          room: 第1会議室
                          address: 東京都清瀬市元町1-6-6
                          access: 清瀬駅北口から徒歩5分
                          parking: なし
                          latitude: 35.7856
                          longitude: 139.5265
                        fee: 500円
                        fee_notes: 資料代
                        capacity: 40
                        audience: どなたでも
                        apply:
                          required: true
                          method: 電話かメールで
                          selection: 先着順
                          deadline: 2026-11-30
                        contact:
                          name: センター 担当 田中
                          phone: 042-000-0000
                        summary: 市民活動のはじめかたを学びます。
                        """)
                .write("data/events/natsu.yaml", """
                        title: 夏の体験ボランティア
                        kana: なつのたいけんぼらんてぃあ
                        organiser: kawa
                        date: 2026-07-21
                        end_date: 2026-08-31
                        place:
                          venue: 柳瀬川
                        fee: 無料
                        summary: 夏休みにボランティアを体験します。
                        """)
                .write("data/events/sumaho.yaml", """
                        title: スマホ相談会
                        kana: すまほそうだんかい
                        organiser: centre
                        date: 2026-10-07
                        start: "10:00"
                        end: "12:00"
                        repeat: 毎週水曜
                        until: 2027-03-31
                        except: [2026-12-30]
                        cancelled_dates: [2026-11-25]
                        place:
                          venue: センター
                        fee: 無料
                        summary: スマートフォンの使い方をお手伝いします。
                        """)
                .write("data/events/online.yaml", """
                        title: オンライン講座
                        kana: おんらいんこうざ
                        organiser: centre
                        date: 2026-11-29
                        start: "19:00"
                        status: 延期
                        postponed_to: 2026-12-13
                        place:
                          online: https://example.jp/online/
                        fee: 資料代300円
                        summary: 家から参加できる講座です。
                        """)
                .write("data/events/sister-city.yaml", """
                        title: "=HYPERLINK(\\"https://evil.example/\\",\\"click\\")"
                        kana: しまいとしこうりゅう
                        organiser: centre
                        date: 2026-06-01
                        place:
                          venue: "@SUM(1+1)"
                          latitude: -23.5505
                          longitude: -46.6333
                        summary: "-1+1"
                        """);
    }

    static String csv(TestSite site, String name) {
        byte[] bytes = site.files().get("opendata/" + name);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    /** The data rows as maps from header to value, by a column's value (イベント名, 団体名). */
    static Map<String, Map<String, String>> rows(String csv, String key) throws IOException {
        List<CSVRecord> records = parse(csv);
        List<String> header = records.get(0).toList();
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            out.put(row.get(key), row);
        }
        return out;
    }

    static JsonNode json(TestSite site, String name) throws IOException {
        return new ObjectMapper().readTree(site.files().get("opendata/" + name));
    }

    @Test
    void eventHeaderIsTheStandardsThirtyTwoColumnsInOrder() throws IOException {
        TestSite site = site();
        site.buildOk();
        String csv = csv(site, "events.csv");
        assertEquals(32, EVENT_HEADER.size());
        assertTrue(csv.startsWith(String.join(",", EVENT_HEADER) + "\r\n"));
        assertEquals(EVENT_HEADER, parse(csv).get(0).toList());
        assertEquals(GROUP_HEADER, parse(csv(site, "groups.csv")).get(0).toList());
    }

    @Test
    void timedSingleEventRow() throws IOException {
        TestSite site = site();
        site.buildOk();
        Map<String, String> r = rows(csv(site, "events.csv"), "イベント名").get("市民活動入門講座");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("都道府県コード又は市区町村コード", "132225");
        expected.put("NO", "5");
        expected.put("都道府県名", "東京都");
        expected.put("市区町村名", "清瀬市");
        expected.put("イベント名", "市民活動入門講座");
        expected.put("イベント名_カナ", "シミンカツドウニュウモンコウザ");
        expected.put("イベント名_英語", "Introduction to civic activity");
        expected.put("開始日", "2026-12-05");
        expected.put("終了日", "2026-12-05");
        expected.put("開始時間", "13:30");
        expected.put("終了時間", "15:30");
        expected.put("開始日時特記事項", "受付開始 13:15");
        expected.put("説明", "市民活動のはじめかたを学びます。");
        expected.put("料金(基本)", "500");
        expected.put("料金(詳細)", "500円（資料代）");
        expected.put("連絡先名称", "センター 担当 田中");
        expected.put("連絡先電話番号", "042-000-0000");
        expected.put("連絡先内線番号", "");
        expected.put("主催者", "テスト市民活動センター（共催・協力：川づくり・清瀬の会、清瀬市）");
        expected.put("場所名称", "清瀬市生涯学習センター");
        expected.put("住所", "東京都清瀬市元町1-6-6");
        expected.put("方書", "第1会議室");
        expected.put("緯度", "35.7856");
        expected.put("経度", "139.5265");
        expected.put("アクセス方法", "清瀬駅北口から徒歩5分");
        expected.put("駐車場情報", "なし");
        expected.put("定員", "40");
        expected.put("参加申込終了日", "2026-11-30");
        expected.put("参加申込終了時間", "");
        expected.put("参加申込方法", "電話かメールで／先着順");
        expected.put("URL", "https://center.example.jp/events/kouza/");
        expected.put("備考", "対象：どなたでも");
        assertEquals(expected, r);
    }

    @Test
    void allDayEventOverSeveralDaysHasNoTimesAndSaysAllDay() throws IOException {
        TestSite site = site();
        site.buildOk();
        Map<String, String> r = rows(csv(site, "events.csv"), "イベント名").get("夏の体験ボランティア");
        assertEquals("2026-07-21", r.get("開始日"));
        assertEquals("2026-08-31", r.get("終了日"));
        assertEquals("", r.get("開始時間"));
        assertEquals("", r.get("終了時間"));
        assertEquals("終日", r.get("開始日時特記事項"));
        assertEquals("川づくり・清瀬の会", r.get("主催者"));
        assertEquals("", r.get("備考"));
    }

    @Test
    void weeklySeriesIsOneRowFromItsFirstDateToItsLast() throws IOException {
        TestSite site = site();
        site.buildOk();
        Map<String, String> r = rows(csv(site, "events.csv"), "イベント名").get("スマホ相談会");
        assertEquals("2026-10-07", r.get("開始日"));
        assertEquals("2027-03-31", r.get("終了日")); // the until date, a Wednesday
        assertEquals("10:00", r.get("開始時間"));
        assertEquals("12:00", r.get("終了時間"));
        assertEquals("毎週水曜日／休み：2026-12-30", r.get("開始日時特記事項"));
        assertEquals("中止の回：2026-11-25", r.get("備考"));
    }

    @Test
    void postponedOnlineEventSaysSoInTheRemarks() throws IOException {
        TestSite site = site();
        site.buildOk();
        Map<String, String> r = rows(csv(site, "events.csv"), "イベント名").get("オンライン講座");
        assertEquals("2026-11-29", r.get("開始日"));
        assertEquals("延期（新しい日程：2026-12-13）", r.get("備考"));
        assertEquals("オンライン", r.get("場所名称"));
        assertEquals("オンライン：https://example.jp/online/", r.get("アクセス方法"));
        assertEquals("", r.get("料金(基本)")); // not a plain amount
        assertEquals("資料代300円", r.get("料金(詳細)"));
    }

    @Test
    void freeEventCostsZeroAndPaidEventItsAmount() throws IOException {
        TestSite site = site();
        site.buildOk();
        Map<String, Map<String, String>> rows = rows(csv(site, "events.csv"), "イベント名");
        assertEquals("0", rows.get("夏の体験ボランティア").get("料金(基本)"));
        assertEquals("無料", rows.get("夏の体験ボランティア").get("料金(詳細)"));
        assertEquals("500", rows.get("市民活動入門講座").get("料金(基本)"));
        assertEquals("", rows.get("'=HYPERLINK(\"https://evil.example/\",\"click\")").get("料金(基本)")); // no fee given
    }

    @Test
    void readingsAreFullWidthKatakana() throws IOException {
        assertEquals("カワヅクリ・キヨセノカイ", Katakana.of("かわづくり・きよせのかい"));
        assertEquals("ヴァイオリン　ヶヽ", Katakana.of("ゔぁいおりん ゖゝ"));
        assertEquals("ジチカイ　ボリューム１３", Katakana.of("じちかい ぼりゅーむ13"));
        assertEquals("スマホ", Katakana.of("スマホ"));
        assertNull(Katakana.of("Kiyose English Cafe"));
        assertNull(Katakana.of(null));

        TestSite site = site();
        site.buildOk();
        assertEquals("カワヅクリ・キヨセノカイ",
                rows(csv(site, "groups.csv"), "団体名").get("川づくり・清瀬の会").get("団体名_カナ"));
        assertEquals("ナツノタイケンボランティア",
                rows(csv(site, "events.csv"), "イベント名").get("夏の体験ボランティア").get("イベント名_カナ"));
    }

    @Test
    void csvIsUtf8WithBomAndCrlfLineEnds() {
        TestSite site = site();
        site.buildOk();
        for (String name : List.of("events.csv", "groups.csv")) {
            byte[] bytes = site.files().get("opendata/" + name);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), name);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\r\n"), name);
            assertFalse(text.replace("\r\n", "").contains("\n"), name + " has a bare LF");
            assertFalse(text.replace("\r\n", "").contains("\r"), name + " has a bare CR");
        }
        byte[] json = site.files().get("opendata/events.json");
        assertEquals('{', json[0]); // JSON has no BOM
    }

    @Test
    void privateContactDetailsOfAGroupNeverAppear() throws IOException {
        TestSite site = site();
        site.buildOk();
        for (String name : List.of("groups.csv", "groups.json", "events.csv", "events.json")) {
            String text = new String(site.files().get("opendata/" + name), StandardCharsets.UTF_8);
            assertFalse(text.contains("042-999-8888"), name);
            assertFalse(text.contains("0429998888"), name);
            assertFalse(text.contains("佐藤方"), name);
        }
        Map<String, String> g = rows(csv(site, "groups.csv"), "団体名").get("川づくり・清瀬の会");
        assertEquals("事務局 佐藤", g.get("連絡先担当者"));
        // Published on the page, but a CSV file is read by programs collecting addresses: only
        // when the site's settings say so.
        assertEquals("", g.get("連絡先メールアドレス"));
        assertEquals("", g.get("連絡先電話番号"));
        assertEquals("", g.get("連絡先住所"));
        JsonNode j = json(site, "groups.json").get("records").get(0);
        assertTrue(j.get("連絡先電話番号").isNull());
        assertTrue(j.get("連絡先住所").isNull());
        assertTrue(j.get("連絡先メールアドレス").isNull());

        String settings = java.nio.file.Files.readString(site.root().resolve("data/site.yaml"));
        site.write("data/site.yaml", settings + "open_data_email: true\n").buildOk();
        assertEquals("kawa@example.jp", rows(csv(site, "groups.csv"), "団体名").get("川づくり・清瀬の会")
                .get("連絡先メールアドレス"));
        assertEquals("kawa@example.jp", json(site, "groups.json").get("records").get(0).get("連絡先メールアドレス").asText());
    }

    @Test
    void groupRowHoldsThePublicProfile() throws IOException {
        TestSite site = site();
        site.buildOk();
        Map<String, String> g = rows(csv(site, "groups.csv"), "団体名").get("川づくり・清瀬の会");
        assertEquals("1", g.get("NO"));
        assertEquals("任意団体", g.get("団体の種類"));
        assertEquals("環境の保全", g.get("活動分野"));
        assertEquals("元町", g.get("活動地区"));
        assertEquals("毎月第2土曜／9:00〜12:00", g.get("活動日"));
        assertEquals("柳瀬川", g.get("活動場所"));
        assertEquals("募集中：川が好きな方", g.get("会員募集"));
        assertEquals("https://example.jp/kawa/", g.get("ホームページ"));
        assertEquals("1998", g.get("設立年"));
        assertEquals("https://center.example.jp/groups/kawa/", g.get("URL"));
        assertEquals("2026-04-15", g.get("情報の確認日"));
    }

    @Test
    void formulasAreNeutralisedButNegativeNumbersAreNot() throws IOException {
        TestSite site = site();
        site.buildOk();
        String title = "=HYPERLINK(\"https://evil.example/\",\"click\")";
        Map<String, String> r = rows(csv(site, "events.csv"), "イベント名").get("'" + title);
        assertEquals("'@SUM(1+1)", r.get("場所名称"));
        assertEquals("'-1+1", r.get("説明"));
        assertEquals("-23.5505", r.get("緯度"));
        assertEquals("-46.6333", r.get("経度"));
        assertFalse(csv(site, "events.csv").contains("\n=") || csv(site, "events.csv").contains(",="));
        assertFalse(csv(site, "events.csv").contains(",@"));

        // JSON is not opened by spreadsheets: it keeps the text as written, and numbers as numbers.
        JsonNode rec = json(site, "events.json").get("records").get(0);
        assertEquals(title, rec.get("イベント名").asText());
        assertEquals(-23.5505, rec.get("緯度").asDouble());
        assertTrue(rec.get("緯度").isNumber());

        assertEquals("'+1", Csv.guard("+1"));
        assertEquals("'\tx", Csv.guard("\tx"));
        assertEquals("'\rx", Csv.guard("\rx"));
        assertEquals("-5", Csv.cell(-5));
        assertEquals("-0.5", Csv.cell(-0.5));
        assertEquals("'-5", Csv.cell("-5"));
        assertEquals("a=b", Csv.guard("a=b"));
    }

    @Test
    void csvParsesBackToOneRowPerEventNumberedByFirstDateThenSlug() throws IOException {
        TestSite site = site();
        BuildResult result = site.buildOk();
        assertTrue(result.written());
        List<CSVRecord> records = parse(csv(site, "events.csv"));
        assertEquals(1 + 5, records.size());
        List<String> titles = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            assertEquals(String.valueOf(i), records.get(i).get(1));
            assertEquals(32, records.get(i).size());
            titles.add(records.get(i).get(4));
        }
        // Past events included: 2026-06-01, 07-21, 10-07 (a series), 11-29, 12-05.
        assertEquals(List.of("'=HYPERLINK(\"https://evil.example/\",\"click\")", "夏の体験ボランティア", "スマホ相談会",
                "オンライン講座", "市民活動入門講座"), titles);
        assertEquals(1 + 1, parse(csv(site, "groups.csv")).size());
    }

    @Test
    void jsonHoldsTheSameValuesAsTheCsv() throws IOException {
        TestSite site = site();
        site.buildOk();
        for (String name : List.of("events", "groups")) {
            List<CSVRecord> csv = parse(csv(site, name + ".csv"));
            JsonNode json = json(site, name + ".json");
            List<String> header = csv.get(0).toList();
            assertEquals(header, toList(json.get("columns")));
            assertEquals("2026-11-22", json.get("updated").asText());
            assertEquals("CC BY 4.0", json.get("license").get("name").asText());
            assertEquals("https://creativecommons.org/licenses/by/4.0/deed.ja", json.get("license").get("url").asText());
            JsonNode records = json.get("records");
            assertEquals(csv.size() - 1, records.size());
            for (int i = 1; i < csv.size(); i++) {
                JsonNode rec = records.get(i - 1);
                assertEquals(header, toList(rec.fieldNames()));
                for (int c = 0; c < header.size(); c++) {
                    JsonNode v = rec.get(header.get(c));
                    String expected = v.isNull() ? "" : v.isNumber() ? v.asText() : Csv.guard(v.asText());
                    assertEquals(expected, csv.get(i).get(c), name + " " + header.get(c));
                }
            }
        }
        JsonNode kouza = json(site, "events.json").get("records").get(4);
        assertEquals(500, kouza.get("料金(基本)").intValue());
        assertTrue(kouza.get("NO").isInt());
        assertTrue(kouza.get("定員").isInt());
        assertTrue(kouza.get("連絡先内線番号").isNull());
        assertEquals("132225", kouza.get("都道府県コード又は市区町村コード").asText());
        assertEquals("推奨データセット「イベント一覧」", json(site, "events.json").get("conformsTo").asText());
        assertTrue(json(site, "groups.json").get("records").get(0).get("設立年").isInt());
        // Markup characters are escaped in the JSON text and read back as written.
        String groups = new String(site.files().get("opendata/groups.json"), StandardCharsets.UTF_8);
        assertTrue(groups.contains("Kawazukuri \\u003cRiver\\u003e \\u0026 Co\\u0027s"), groups);
        assertEquals("Kawazukuri <River> & Co's", json(site, "groups.json").get("records").get(0).get("団体名_英語").asText());
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> toList(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void localGovernmentCodeCheckDigit() {
        assertEquals(5, LocalGovernmentCode.checkDigit("13222")); // 清瀬市
        assertTrue(LocalGovernmentCode.isValid("132225"));
        assertTrue(LocalGovernmentCode.isValid("130001")); // 東京都
        assertTrue(LocalGovernmentCode.isValid("011002")); // 札幌市
        assertTrue(LocalGovernmentCode.isValid("131016")); // 千代田区
        assertFalse(LocalGovernmentCode.isValid("132226"));
        assertFalse(LocalGovernmentCode.isValid("13222"));
        assertFalse(LocalGovernmentCode.isValid("13222a"));
    }

    @Test
    void wrongLocalGovernmentCodeIsAnErrorAtItsValue() {
        TestSite site = new TestSite(dir).write("data/site.yaml", TestSite.SITE_YAML + """
                prefecture: 東京都
                local_government_code: "132226"
                """);
        BuildResult r = site.check();
        List<Diagnostic> errors = site.errors(r);
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic d = errors.get(0);
        assertEquals("site.badLocalGovernmentCode", d.key());
        assertEquals("data/site.yaml:10:24", d.location());
        assertEquals("全国地方公共団体コード「132226」が正しくありません（6桁の数字で、最後の1桁は前の5桁から計算する検査数字です）。",
                d.message(Locale.JAPANESE));
        assertEquals("The local government code \"132226\" is not valid (6 digits, the last being a check digit "
                + "computed from the first five).", d.message(Locale.ENGLISH));
        assertFalse(d.hint(Locale.JAPANESE).isEmpty());
        assertFalse(d.hint(Locale.ENGLISH).isEmpty());
    }

    @Test
    void anotherBaseUrlKeepsTheOpenDataSettings() throws IOException {
        TestSite site = site();
        BuildResult r = org.tsunagu.core.build.Pipeline.build(site.options().withBaseUrl("https://preview.example.jp/"));
        assertTrue(r.written());
        Map<String, String> row = rows(csv(site, "events.csv"), "イベント名").get("市民活動入門講座");
        assertEquals("https://preview.example.jp/events/kouza/", row.get("URL"));
        assertEquals("132225", row.get("都道府県コード又は市区町村コード"));
        assertEquals("清瀬市", row.get("市区町村名"));
    }

    @Test
    void withoutSettingsTheCodeColumnsAreEmptyAndTheLicenceIsCcBy() throws IOException {
        TestSite site = new TestSite(dir).group("kawa", "川づくり・清瀬の会", "かわづくり・きよせのかい", "");
        site.buildOk();
        List<CSVRecord> events = parse(csv(site, "events.csv"));
        assertEquals(1, events.size()); // the header alone
        assertEquals("https://creativecommons.org/licenses/by/4.0/deed.ja",
                json(site, "groups.json").get("license").get("url").asText());
        assertEquals(0, json(site, "events.json").get("records").size());
    }

    @Test
    void licenceCanBeNamedInTheSettings() throws IOException {
        TestSite site = new TestSite(dir).write("data/site.yaml", TestSite.SITE_YAML + """
                open_data_licence:
                  name: 政府標準利用規約（第2.0版）
                  url: https://www.digital.go.jp/resources/open_data/
                """);
        site.buildOk();
        JsonNode l = json(site, "events.json").get("license");
        assertEquals("政府標準利用規約（第2.0版）", l.get("name").asText());
        assertEquals("https://www.digital.go.jp/resources/open_data/", l.get("url").asText());
        Element a = site.page("/opendata/").selectFirst("a[rel=license]");
        assertEquals("政府標準利用規約（第2.0版）", a.text());
        assertEquals("https://www.digital.go.jp/resources/open_data/", a.attr("href"));
    }

    @Test
    void pageListsTheFourFilesWithTheirRecordCounts() {
        TestSite site = site();
        site.buildOk();
        Document d = site.page("/opendata/");
        assertEquals("オープンデータ", d.selectFirst("h1").text());
        assertEquals("オープンデータ", d.selectFirst(".breadcrumb [aria-current=page]").text());
        List<List<String>> rows = new ArrayList<>();
        for (Element table : d.select("table.opendata-files")) {
            assertEquals(4, table.select("thead th[scope=col]").size());
            for (Element tr : table.select("tbody tr")) {
                rows.add(List.of(tr.selectFirst("th[scope=row] a").attr("href"), tr.child(1).text(), tr.child(2).text(),
                        tr.child(3).text()));
            }
        }
        assertEquals(List.of(
                List.of("/opendata/events.csv", "CSV", "UTF-8（BOM付き）", "5 件"),
                List.of("/opendata/events.json", "JSON", "UTF-8（BOMなし）", "5 件"),
                List.of("/opendata/groups.csv", "CSV", "UTF-8（BOM付き）", "1 件"),
                List.of("/opendata/groups.json", "JSON", "UTF-8（BOMなし）", "1 件")), rows);
        assertEquals(List.of("行事（イベント）の一覧のファイル", "団体の一覧のファイル"),
                d.select("table.opendata-files caption").eachText());
        for (String id : List.of("events", "groups")) {
            Element section = d.selectFirst("#dataset-" + id).parent();
            Element time = section.selectFirst("dl.facts time");
            assertEquals("2026-11-22", time.attr("datetime"));
            assertEquals("2026年11月22日（日）", time.text());
            Element licence = section.selectFirst("dl.facts a[rel=license]");
            assertEquals("CC BY 4.0", licence.text());
            assertEquals("https://creativecommons.org/licenses/by/4.0/deed.ja", licence.attr("href"));
        }
        for (String file : List.of("events.csv", "events.json", "groups.csv", "groups.json")) {
            assertTrue(site.exists("opendata/" + file), file);
        }
        assertTrue(d.text().contains("推奨データセット「イベント一覧」"));
        Element columns = d.selectFirst("#dataset-events").parent().selectFirst("table.opendata-columns");
        assertEquals(EVENT_HEADER, columns.select("tbody th[scope=row]").eachText());
        assertEquals("行事（イベント）の一覧の列（32 列）", columns.selectFirst("caption").text());
    }
}
