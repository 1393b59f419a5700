package org.tsunagu.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.issues.IssueImport.Outcome;
import org.tsunagu.issues.IssueImport.Result;
import org.tsunagu.testing.TestSite;

/**
 * Issues as GitHub shows them when a group fills in a form (川づくり・清瀬の会 registering, updating
 * and announcing its survey; きよせスマホサポーター calling for helpers), made into record files.
 */
class IssueImportTest {

    @TempDir
    Path dir;

    static String body(String name) {
        try (InputStream in = IssueImportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static IssueForm.Kind kind(String name) {
        return IssueForm.kind(name).orElseThrow();
    }

    private Result run(TestSite s, String kind, String body, String slug, boolean update) throws IOException {
        return IssueImport.run(s.options(), kind(kind), body, "issue.md", slug, update);
    }

    private String read(String rel) throws IOException {
        return Files.readString(dir.resolve(rel));
    }

    private static final String GROUP = """
            # yaml-language-server: $schema=https://center.example.jp/schema/group.json
            name: 川づくり・清瀬の会
            kana: かわづくり・きよせのかい
            type: 任意団体
            categories: [環境の保全, 子どもの健全育成]
            area: 下宿
            summary: 柳瀬川の水質調査と清掃を続け、子どもたちが安心して遊べるきれいな川を守っています。
            description: |
              生活排水が柳瀬川に流れ込んでいた時代がありました。「きれいな川を取り戻したい」という思いで集まったのが、わたしたちの会のはじまりです。

              ## 主な活動

              - 柳瀬川の水質調査
              - 河川敷と川の中の清掃
              - 魚や水生生物の観察会
            activity:
              days: 毎月第2土曜（水質調査）、ほかに年数回の清掃
              time: 9:00〜12:00
              place: 柳瀬川（金山緑地公園付近ほか、市内数か所）
              frequency: 月1回程度
            members:
              ages: 小学生〜80代
            fees: 年会費1,000円（中学生以下は無料）
            recruiting:
              open: true
              wanted: |
                川が好きな方ならどなたでも。
                小学生は保護者の方とご一緒にどうぞ。
            contact:
              person: 事務局 佐藤
              email: kawazukuri@example.jp
              public: [person, email]
            links:
              website: https://example.jp/kawazukuri/
            founded: 1998
            registered: 2026-11-22
            confirmed: 2026-11-22
            """;

    @Test
    void aNewGroup() throws IOException {
        TestSite s = new TestSite(dir);
        Result r = run(s, "group", body("group-kawazukuri.md"), null, false);
        assertEquals(Outcome.WRITTEN, r.outcome(), r.diagnostics().toString());
        assertEquals("data/groups/kawazukuri-kiyosenokai.yaml", r.file());
        assertEquals(GROUP, read(r.file()));
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        assertTrue(s.check().diagnostics().isEmpty(), "the file passes tsunagu check");
    }

    @Test
    void anUpdateKeepsWhatTheFormLeavesOut() throws IOException {
        TestSite s = new TestSite(dir).write("data/groups/kawazukuri-kiyose.yaml", """
                # デモ用の団体です。
                name: 川づくり・清瀬の会
                kana: かわづくり・きよせのかい
                name_en: Kawazukuri Kiyose River Society
                type: 任意団体
                categories: [環境の保全]
                area: 下宿
                summary: 柳瀬川の水質調査と清掃を続けています。
                activity:
                  days: 毎月第2土曜（水質調査）、ほかに年数回の清掃
                  time: "9:00"
                contact:
                  person: 事務局 佐藤
                  phone: 042-000-1234
                  email: kawazukuri@example.jp
                  address: 清瀬市下宿（詳しくはお問い合わせください）
                  public: [person]
                registered: 2003-04-01
                confirmed: 2025-04-15
                """);
        String body = body("group-kawazukuri-update.md");
        Result refused = run(s, "group", body, null, false);
        assertEquals(Outcome.REFUSED, refused.outcome());
        assertEquals("import.exists", refused.refusal());
        assertEquals(List.of("data/groups/kawazukuri-kiyose.yaml"), refused.refusalArgs());

        Result r = run(s, "group", body, null, true);
        assertEquals(Outcome.WRITTEN, r.outcome(), r.diagnostics().toString());
        assertEquals("""
                # yaml-language-server: $schema=https://center.example.jp/schema/group.json
                # デモ用の団体です。
                name: 川づくり・清瀬の会
                kana: かわづくり・きよせのかい
                name_en: Kawazukuri Kiyose River Society
                type: 任意団体
                categories: [環境の保全, 子どもの健全育成]
                area: 下宿
                summary: 柳瀬川の水質調査と清掃を続けています。夏は子ども向けの観察会も開きます。
                activity:
                  days: 毎月第2土曜
                  time: "9:00"
                members:
                  count: 32
                contact:
                  person: 事務局 佐藤
                  phone: 042-000-1234
                  email: info@kawazukuri.example.jp
                  address: 清瀬市下宿（詳しくはお問い合わせください）
                  public: [person, email]
                registered: 2003-04-01
                confirmed: 2026-11-22
                """, read("data/groups/kawazukuri-kiyose.yaml"));
    }

    @Test
    void anEventNamesItsOrganiserByFileName() throws IOException {
        TestSite s = new TestSite(dir).write("data/groups/kawazukuri-kiyose.yaml", GROUP);
        Result r = run(s, "event", body("event-yanasegawa.md"), "yanasegawa-suishitsu-chousa", false);
        assertEquals(Outcome.WRITTEN, r.outcome(), r.diagnostics().toString());
        assertEquals("""
                # yaml-language-server: $schema=https://center.example.jp/schema/event.json
                title: 柳瀬川の水質調査と清掃
                kana: やなせがわのすいしつちょうさとせいそう
                organiser: kawazukuri-kiyose
                date: 2026-12-12
                start: "09:00"
                end: "12:00"
                repeat: 毎月第2土曜
                count: 4
                place:
                  venue: 柳瀬川（金山緑地公園付近）
                  access: 清瀬駅北口からバス「金山公園」下車徒歩3分
                fee: 無料
                audience: どなたでも（小学生は保護者と一緒に）
                apply:
                  selection: 申し込み不要
                contact:
                  name: 事務局 佐藤
                  phone: 042-000-1234
                summary: 川の水をくんで透明度や水温を測り、河川敷のごみを拾います。
                description: |
                  長靴と軍手をお持ちください。
                  雨の日は中止します。
                """, read("data/events/yanasegawa-suishitsu-chousa.yaml"));
    }

    @Test
    void aCallForHelpers() throws IOException {
        TestSite s = new TestSite(dir).group("kiyose-sumaho-supporters", "きよせスマホサポーター", "きよせすまほさぽーたー", "");
        Result r = run(s, "opportunity", body("opportunity-sumaho.md"), null, false);
        assertEquals(Outcome.WRITTEN, r.outcome(), r.diagnostics().toString());
        assertEquals("data/opportunities/sumahokobetsusoudankainosapota.yaml", r.file());
        assertEquals("""
                # yaml-language-server: $schema=https://center.example.jp/schema/opportunity.json
                title: スマホ個別相談会のサポーター
                kana: すまほこべつそうだんかいのさぽーたー
                group: kiyose-sumaho-supporters
                role: シニアの方のスマートフォンの困りごとを、隣に座って一緒に解決します。ひとり30分程度、予約制の相談です。
                schedule:
                  repeat: 毎週木曜
                  from: 2026-11-26
                  start: "10:00"
                  end: "12:00"
                  notes: 都合のよい週だけの参加でかまいません。
                place:
                  venue: きよせボランティア・市民活動センター
                  access: 清瀬駅から徒歩約5分
                people: 6
                welcome: [学生歓迎, シニア歓迎, 短時間OK]
                age: 高校生以上
                bring: ご自分のスマートフォン（お持ちの方）
                apply:
                  method: センターの窓口か電話でお申し込みください。
                  phone: 042-000-0000
                contact:
                  name: センター内 スマホ相談係
                  email: sumaho@example.jp
                posted: 2026-11-20
                until: 2027-01-31
                """, read(r.file()));
    }

    @Test
    void anEmptyRequiredAnswerIsAnErrorAtItsLine() throws IOException {
        TestSite s = new TestSite(dir);
        String body = body("group-kawazukuri.md").replace(
                "柳瀬川の水質調査と清掃を続け、子どもたちが安心して遊べるきれいな川を守っています。", IssueImport.NO_RESPONSE);
        Result r = run(s, "group", body, null, false);
        assertEquals(Outcome.INVALID, r.outcome());
        assertEquals("""
                issue.md:27: エラー: 必須の項目「summary」（ひとことで紹介）がありません。
                  27 | _No response_
                  用紙の項目: ひとことで紹介
                  直し方: 例: summary: …
                """, IssueImport.format(r.diagnostics(), body, kind("group"), Locale.JAPANESE));
        assertFalse(Files.exists(dir.resolve("data/groups")), "nothing is written");
    }

    @Test
    void aWrongAnswerIsAnErrorAtItsLine() throws IOException {
        TestSite s = new TestSite(dir).write("data/groups/kawazukuri-kiyose.yaml", GROUP);
        String body = body("event-yanasegawa.md").replace("042-000-1234", "0420001234").replace("\n9:00\n", "\n25:00\n");
        Result r = run(s, "event", body, null, false);
        assertEquals(Outcome.INVALID, r.outcome());
        assertEquals("""
                issue.md:39: エラー: 「start」の時刻「25:00」はありません（0:00〜23:59 で書きます）。
                  39 | 25:00
                  用紙の項目: 開始時刻
                  直し方: 夜中0時を過ぎる行事は、終わる日（end_date）に翌日の日付を、終了時刻（end）にその日の時刻を書いてください。
                issue.md:147: エラー: 「contact.phone」（電話番号）の電話番号「0420001234」の形が正しくありません。
                  147 | 0420001234
                  用紙の項目: 問い合わせ先：電話番号
                  直し方: 市外局番から、ハイフンで区切って書いてください（例: 042-000-1234、090-1234-5678）。
                """, IssueImport.format(r.diagnostics(), body, kind("event"), Locale.JAPANESE));
        assertFalse(Files.exists(dir.resolve("data/events")));
    }

    @Test
    void theKindFromLabelsTitleOrQuestions() {
        assertEquals("event", IssueImport.detect(List.of("掲載依頼", "イベント"), null, "").orElseThrow().name());
        assertEquals("opportunity", IssueImport.detect(List.of(), "[募集] スマホ相談のサポーター", "").orElseThrow().name());
        assertEquals("group", IssueImport.detect(List.of(), "川の会", body("group-kawazukuri.md")).orElseThrow().name());
        assertEquals("opportunity", IssueImport.detect(List.of(), "", body("opportunity-sumaho.md")).orElseThrow().name());
        assertTrue(IssueImport.detect(List.of("bug"), "help", "hello").isEmpty());
    }

    @Test
    void fileNamesFromReadings() {
        assertEquals("kawazukuri-kiyosenokai", Romaji.of("かわづくり・きよせのかい"));
        assertEquals("kizzu-chatto-kurabu", Romaji.of("キッズ　チャット・クラブ"));
        assertEquals("matcha-no-kai", Romaji.of("まっちゃ の かい"));
        assertEquals("nihongokyoushitsu-himawari", Romaji.of("にほんごきょうしつ ひまわり"));
        assertEquals("shinjuku-3choume-no-kai", Romaji.of("しんじゅく　３ちょうめ・の・かい"));
    }
}
