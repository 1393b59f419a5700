package org.tsunagu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.report.StaffReport.Problem;
import org.tsunagu.report.StaffReport.Row;
import org.tsunagu.testing.TestSite;

/**
 * The staff report on a small site on 2026-11-22: a group confirmed 20 months ago, one confirmed
 * last month, one with nothing since 2025 and little written, a call past its end and a grant
 * whose only round has closed.
 */
class StaffReportTest {

    private static final LocalDate TODAY = TestSite.BUILD_DATE;

    /** What a group readers can reach and find: nothing is missing. */
    private static final String COMPLETE = """
            description: 川をきれいにします。
            activity:
              days: 毎月第2土曜
              place: 柳瀬川
            recruiting:
              open: true
            contact:
              phone: 042-000-1111
              email: kawa@example.jp
              public: [email]
            """;

    @TempDir
    Path dir;

    static TestSite site(Path dir) {
        return new TestSite(dir)
                .group("kawa", "川の会", "かわのかい", COMPLETE + "registered: 2003-04-01\nconfirmed: 2025-03-22\n")
                .group("sumaho", "スマホの会", "すまほのかい", COMPLETE + "confirmed: 2026-10-15\n")
                .group("quiet", "静かな会", "しずかなかい", "confirmed: 2026-10-15\n")
                .write("data/events/kawa-cleanup.yaml", """
                        title: 川そうじ
                        kana: かわそうじ
                        organiser: kawa
                        date: 2026-06-07
                        place:
                          venue: 柳瀬川
                        """)
                .write("data/events/sumaho-soudan.yaml", """
                        title: スマホ相談会
                        kana: すまほそうだんかい
                        organiser: sumaho
                        date: 2026-12-06
                        start: "13:30"
                        place:
                          venue: 生涯学習センター
                        summary: スマホの困りごとを一緒に解決します。
                        contact:
                          phone: 042-000-2222
                        """)
                .write("data/events/2025/quiet-party.yaml", """
                        title: 静かな会の集い
                        kana: しずかなかいのつどい
                        organiser: quiet
                        date: 2025-06-01
                        place:
                          venue: 公民館
                        """)
                .write("data/opportunities/kawa-autumn.yaml", """
                        title: 秋の川そうじのお手伝い
                        kana: あきのかわそうじのおてつだい
                        group: kawa
                        role: ごみを拾います。
                        schedule:
                          notes: 日程は相談して決めます。
                        apply:
                          email: kawa@example.jp
                        posted: 2026-09-01
                        until: 2026-10-31
                        """)
                .write("data/grants/machizukuri.yaml", """
                        name: まちづくり活動支援金
                        kana: まちづくりかつどうしえんきん
                        provider: 清瀬市
                        provider_kind: 市区町村
                        purpose: まちづくり活動を支援します。
                        amount:
                          limit: 30万円
                        eligible: 市内の団体
                        rounds:
                          - opens: 2026-05-01
                            closes: 2026-06-30
                        """);
    }

    private List<Row> report(TestSite s, int months) {
        Pipeline.Modelled m = Pipeline.model(s.options());
        assertFalse(m.result().hasErrors(), m.result().diagnostics().toString());
        SiteModel model = m.model().orElseThrow();
        return StaffReport.of(model, TODAY, months);
    }

    @Test
    void listsEachProblemOnce() {
        List<Row> rows = report(site(dir), 12);
        assertEquals(List.of(
                new Row(Problem.UNCONFIRMED, "data/groups/kawa.yaml", "川の会", LocalDate.of(2025, 3, 22),
                        List.of("confirmed")),
                new Row(Problem.MISSING, "data/groups/quiet.yaml", "静かな会", null,
                        List.of("description", "activity.days", "activity.place", "recruiting", "contact.public")),
                new Row(Problem.NO_EVENTS, "data/groups/quiet.yaml", "静かな会", LocalDate.of(2025, 6, 1),
                        List.of("last")),
                new Row(Problem.CALL_OVER, "data/opportunities/kawa-autumn.yaml", "秋の川そうじのお手伝い",
                        LocalDate.of(2026, 10, 31), List.of("until")),
                new Row(Problem.GRANT_OVER, "data/grants/machizukuri.yaml", "まちづくり活動支援金",
                        LocalDate.of(2026, 6, 30), List.of())), rows);
    }

    @Test
    void monthsDecideWhatIsStale() {
        List<Row> rows = report(site(dir), 1);
        assertEquals(List.of("data/groups/kawa.yaml", "data/groups/quiet.yaml", "data/groups/sumaho.yaml"),
                rows.stream().filter(r -> r.problem() == Problem.UNCONFIRMED).map(Row::file).toList());
        // Exactly 20 months ago is not more than 20 months.
        assertTrue(report(site(dir), 20).stream().noneMatch(r -> r.problem() == Problem.UNCONFIRMED));
        assertEquals(1, report(site(dir), 19).stream().filter(r -> r.problem() == Problem.UNCONFIRMED).count());
    }

    @Test
    void aGroupNeverConfirmedComesFirstAndRegisteredCounts() {
        TestSite s = site(dir).group("new", "新しい会", "あたらしいかい", COMPLETE)
                .group("old", "古い会", "ふるいかい", COMPLETE + "registered: 2024-01-10\n");
        List<String> details = report(s, 12).stream().filter(r -> r.problem() == Problem.UNCONFIRMED)
                .map(r -> StaffReport.detail(r, TODAY, Locale.JAPANESE)).toList();
        assertEquals(List.of("確認日も登録日もありません", "確認日なし、登録日 2024-01-10（34 か月 12 日前）",
                "確認日 2025-03-22（20 か月前）"), details);
    }

    @Test
    void upcomingEventsMissingWhatReadersNeed() {
        TestSite s = site(dir).write("data/events/bare.yaml", """
                title: 川の観察会
                organiser: kawa
                date: 2026-12-13
                """);
        Row bare = report(s, 12).stream().filter(r -> r.file().equals("data/events/bare.yaml")).findFirst().orElseThrow();
        assertEquals(List.of("kana", "summary", "place.venue", "contact"), bare.details());
        assertEquals("よみがな（kana）、ひとことで紹介（summary）、会場名（place.venue）、問い合わせ先（contact）",
                StaffReport.detail(bare, TODAY, Locale.JAPANESE));
        assertEquals("Reading (kana), Summary (summary), Venue (place.venue), Contact (contact)",
                StaffReport.detail(bare, TODAY, Locale.ENGLISH));
    }

    @Test
    void textGroupsByProblemWithCounts() {
        List<Row> rows = report(site(dir), 12);
        assertEquals("""
                職員向けレポート（2026-11-22 時点）

                ■ 情報を 12 か月より長く確認していない団体: 1 件
                  - 川の会（data/groups/kawa.yaml）: 確認日 2025-03-22（20 か月前）

                ■ おすすめの項目が書かれていない団体・これからの行事: 1 件
                  - 静かな会（data/groups/quiet.yaml）: くわしい紹介（description）、活動日（activity.days）、\
                活動場所（activity.place）、会員・仲間の募集（recruiting）、公開してよい項目（contact.public）

                ■ 2026年の行事がない団体: 1 件
                  - 静かな会（data/groups/quiet.yaml）: 最後の行事 2025-06-01

                ■ 受付を終えた募集: 1 件
                  - 秋の川そうじのお手伝い（data/opportunities/kawa-autumn.yaml）: 期限 2026-10-31

                ■ すべての回の受付を終えた助成金: 1 件
                  - まちづくり活動支援金（data/grants/machizukuri.yaml）: 最後の締め切り 2026-06-30

                合計 5 件
                """, StaffReport.text(rows, TODAY, 12, Locale.JAPANESE));
        String en = StaffReport.text(rows, TODAY, 12, Locale.ENGLISH);
        assertTrue(en.contains("■ Groups whose information has not been confirmed for more than 12 months: 1\n"
                + "  - 川の会 (data/groups/kawa.yaml): confirmed 2025-03-22 (20 months ago)\n"), en);
        assertTrue(en.endsWith("\n5 in all\n"), en);
        assertEquals("  なし", StaffReport.text(List.of(), TODAY, 12, Locale.JAPANESE).lines().skip(3).findFirst()
                .orElseThrow());
    }

    @Test
    void csvReadsBackWithItsHeaderAndGuardsFormulas() throws Exception {
        List<Row> rows = new java.util.ArrayList<>(report(site(dir), 12));
        rows.add(new Row(Problem.CALL_OVER, "data/opportunities/x.yaml", "=HYPERLINK(\"http://x\")", null,
                List.of("status")));
        byte[] bytes = StaffReport.csv(rows, TODAY, 12, Locale.JAPANESE);
        assertTrue(Arrays.equals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3)));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertEquals(List.of("問題", "ファイル", "名前", "日付", "内容"), records.get(0).toList());
        assertEquals(List.of("情報を 12 か月より長く確認していない団体", "data/groups/kawa.yaml", "川の会", "2025-03-22",
                "確認日 2025-03-22（20 か月前）"), records.get(1).toList());
        assertEquals(List.of("2026年の行事がない団体", "data/groups/quiet.yaml", "静かな会", "2025-06-01",
                "最後の行事 2025-06-01"), records.get(3).toList());
        assertEquals(List.of("受付を終えた募集", "data/opportunities/x.yaml", "'=HYPERLINK(\"http://x\")", "",
                "受付終了と書かれています"), records.get(6).toList());
        assertEquals(7, records.size());
        assertTrue(text.contains("\r\n"));
    }

    @Test
    void aMonthsSettingBelowOneIsAnError() {
        TestSite s = site(dir).write("data/site.yaml", TestSite.SITE_YAML + "confirmation_months: 0\n");
        var r = s.check();
        assertEquals(List.of("site.badConfirmationMonths"), s.errors(r).stream().map(d -> d.key()).toList());
    }
}
