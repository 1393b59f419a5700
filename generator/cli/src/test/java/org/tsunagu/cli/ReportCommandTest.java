package org.tsunagu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tsunagu report} on a small site on 2026-11-22: the text, the CSV and the exit codes. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return Run.of(args);
    }

    private Run report(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "--site", dir.toString(), "--date", "2026-11-22"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private void write(String path, String text) throws Exception {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static final String GROUP = """
            type: 任意団体
            categories: [環境の保全]
            area: 元町
            summary: 紹介です。
            description: 川をきれいにします。
            activity:
              days: 毎月第2土曜
              place: 柳瀬川
            recruiting:
              open: true
            contact:
              email: kawa@example.jp
              public: [email]
            """;

    /** A group confirmed 20 months ago, one last month, one without events this year, an expired call, a closed grant. */
    private void site(String settings) throws Exception {
        write("data/site.yaml", """
                name: テストセンター
                description: 説明
                base_url: https://example.jp/
                address: 清瀬市
                """ + settings);
        write("data/areas.yaml", "areas:\n  - slug: motomachi\n    name: 元町\n");
        write("data/groups/kawa.yaml", "name: 川の会\nkana: かわのかい\n" + GROUP + "confirmed: 2025-03-22\n");
        write("data/groups/sumaho.yaml", "name: スマホの会\nkana: すまほのかい\n" + GROUP + "confirmed: 2026-10-15\n");
        write("data/groups/quiet.yaml", "name: 静かな会\nkana: しずかなかい\n" + GROUP + "confirmed: 2026-10-15\n");
        write("data/events/kawa.yaml", "title: 川そうじ\nkana: かわそうじ\norganiser: kawa\ndate: 2026-06-07\n"
                + "place:\n  venue: 柳瀬川\n");
        write("data/events/sumaho.yaml", "title: スマホ相談会\nkana: すまほそうだんかい\norganiser: sumaho\n"
                + "date: 2026-03-01\nplace:\n  venue: 公民館\n");
        write("data/opportunities/kawa-autumn.yaml", """
                title: 秋の川そうじのお手伝い
                kana: あきのかわそうじのおてつだい
                group: kawa
                role: ごみを拾います。
                place:
                  venue: 柳瀬川
                apply:
                  email: kawa@example.jp
                posted: 2026-09-01
                until: 2026-10-31
                """);
        write("data/grants/machizukuri.yaml", """
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

    @Test
    void textInJapaneseAndEnglish() throws Exception {
        site("");
        Run r = report();
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                職員向けレポート（2026-11-22 時点）

                ■ 情報を 12 か月より長く確認していない団体: 1 件
                  - 川の会（data/groups/kawa.yaml）: 確認日 2025-03-22（20 か月前）

                ■ おすすめの項目が書かれていない団体・これからの行事: 0 件
                  なし

                ■ 2026年の行事がない団体: 1 件
                  - 静かな会（data/groups/quiet.yaml）: 行事の掲載がありません

                ■ 受付を終えた募集: 1 件
                  - 秋の川そうじのお手伝い（data/opportunities/kawa-autumn.yaml）: 期限 2026-10-31

                ■ すべての回の受付を終えた助成金: 1 件
                  - まちづくり活動支援金（data/grants/machizukuri.yaml）: 最後の締め切り 2026-06-30

                合計 4 件
                """, r.out());
        assertEquals("", r.err(), "warnings are for tsunagu check");
        Run en = report("--lang", "en");
        assertTrue(en.out().startsWith("Report for staff (as of 2026-11-22)\n\n■ Groups whose information has not been"
                + " confirmed for more than 12 months: 1\n  - 川の会 (data/groups/kawa.yaml): confirmed 2025-03-22"
                + " (20 months ago)\n"), en.out());
    }

    @Test
    void monthsFromTheOptionOrTheSettings() throws Exception {
        site("confirmation_months: 24\n");
        assertTrue(report().out().contains("■ 情報を 24 か月より長く確認していない団体: 0 件\n  なし\n"));
        Run one = report("--months", "1");
        assertTrue(one.out().contains("■ 情報を 1 か月より長く確認していない団体: 3 件\n"), one.out());
        assertTrue(one.out().contains("  - 静かな会（data/groups/quiet.yaml）: 確認日 2026-10-15（1 か月 7 日前）\n"),
                one.out());
    }

    @Test
    void csvWithByteOrderMarkReadsBack() throws Exception {
        site("");
        Run r = report("--format", "csv", "--out", dir.resolve("out/report.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("レポート（4 件）を " + dir.resolve("out/report.csv") + " に書き出しました。", r.out().strip());
        byte[] bytes = Files.readAllBytes(dir.resolve("out/report.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().stream()
                .map(CSVRecord::toList).toList();
        assertEquals(List.of(
                List.of("問題", "ファイル", "名前", "日付", "内容"),
                List.of("情報を 12 か月より長く確認していない団体", "data/groups/kawa.yaml", "川の会", "2025-03-22",
                        "確認日 2025-03-22（20 か月前）"),
                List.of("2026年の行事がない団体", "data/groups/quiet.yaml", "静かな会", "", "行事の掲載がありません"),
                List.of("受付を終えた募集", "data/opportunities/kawa-autumn.yaml", "秋の川そうじのお手伝い", "2026-10-31",
                        "期限 2026-10-31"),
                List.of("すべての回の受付を終えた助成金", "data/grants/machizukuri.yaml", "まちづくり活動支援金",
                        "2026-06-30", "最後の締め切り 2026-06-30")), rows);

        Run en = report("--format", "csv", "--lang", "en");
        assertTrue(en.out().startsWith("\uFEFFProblem,File,Name,Date,Details\r\n"), en.out());
    }

    @Test
    void exitCodes() throws Exception {
        Run none = report();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("はサイトのフォルダではありません"), none.err());
        site("");
        assertEquals(2, report("--months", "0").code());
        Run xml = report("--format", "xml");
        assertEquals(2, xml.code());
        assertEquals("--format には text か csv を書いてください（「xml」は使えません）。", xml.err().strip());

        write("data/groups/broken.yaml", "name: 壊れた会\nkana: こわれたかい\n" + GROUP.replace("元町", "北町"));
        Run broken = report("--out", dir.resolve("report.txt").toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("data/groups/broken.yaml:5:7: エラー: 活動地区「北町」はありません。"), broken.err());
        assertEquals("", broken.out());
        assertTrue(Files.notExists(dir.resolve("report.txt")));
    }
}
