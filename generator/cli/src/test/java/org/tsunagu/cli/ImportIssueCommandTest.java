package org.tsunagu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tsunagu import-issue} and {@code tsunagu issue-forms}: files, standard input and exit codes. */
class ImportIssueCommandTest {

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return Run.of(args);
    }

    private Run importIssue(String... more) {
        List<String> args = new ArrayList<>(List.of("import-issue", "--site", dir.toString(), "--date", "2026-11-22"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** An issue from the group form, as GitHub shows it (the questions left empty trimmed for brevity). */
    private static final String BODY = """
            ### 団体名

            きよせスマホサポーター

            ### よみがな（ひらがな）

            きよせすまほさぽーたー

            ### 団体の種類

            任意団体

            ### 活動分野

            情報化社会, 保健・医療・福祉

            ### 活動地区

            元町

            ### ひとことで紹介

            スマホ養成講座を受けた市民が、シニアの方のスマートフォンの困りごとを、予約制・30分程度の個別相談でお手伝いします。

            ### 活動の様子：活動日

            毎週木曜

            ### 活動の様子：時間

            10:00〜12:00

            ### 連絡先：電話番号

            _No response_

            ### 連絡先：メールアドレス

            sumaho@example.jp
            """;

    private void site() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/site.yaml"), """
                name: テストセンター
                description: 説明
                base_url: https://example.jp/
                address: 清瀬市
                """);
        Files.writeString(dir.resolve("data/areas.yaml"), "areas:\n  - slug: motomachi\n    name: 元町\n");
        Files.writeString(dir.resolve("issue.md"), BODY);
    }

    @Test
    void writesTheFileOnceAndUpdatesOnRequest() throws Exception {
        site();
        Run r = importIssue("--body", dir.resolve("issue.md").toString(), "--slug", "kiyose-sumaho-supporters");
        assertEquals(0, r.code(), r.err());
        assertEquals("data/groups/kiyose-sumaho-supporters.yaml を書きました。", r.out().strip());
        assertEquals("", r.err());
        assertEquals("""
                # yaml-language-server: $schema=https://example.jp/schema/group.json
                name: きよせスマホサポーター
                kana: きよせすまほさぽーたー
                type: 任意団体
                categories: [情報化社会, 保健・医療・福祉]
                area: 元町
                summary: スマホ養成講座を受けた市民が、シニアの方のスマートフォンの困りごとを、予約制・30分程度の個別相談でお手伝いします。
                activity:
                  days: 毎週木曜
                  time: 10:00〜12:00
                contact:
                  email: sumaho@example.jp
                  public: [email]
                registered: 2026-11-22
                confirmed: 2026-11-22
                """, Files.readString(dir.resolve("data/groups/kiyose-sumaho-supporters.yaml")));
        assertEquals(0, run("check", "--site", dir.toString(), "--date", "2026-11-22").code());

        // The same group again: found by its name, and not replaced without --update.
        Run again = importIssue("--body", dir.resolve("issue.md").toString());
        assertEquals(2, again.code());
        assertEquals("data/groups/kiyose-sumaho-supporters.yaml はすでにあります。上書きはしません。"
                + "更新するときは --update を（用紙で空だった項目は今のまま残ります）、別の記録にするときは --slug でファイル名を付けます。", again.err().strip());

        // From the standard input, with the kind from the issue's labels.
        Files.writeString(dir.resolve("data/groups/kiyose-sumaho-supporters.yaml"),
                Files.readString(dir.resolve("data/groups/kiyose-sumaho-supporters.yaml"))
                        .replace("  public: [email]\n", "  phone: 042-000-0000\n  public: [email]\n"));
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(BODY.replace("毎週木曜", "毎週木曜（祝日は休み）")
                    .getBytes(StandardCharsets.UTF_8)));
            Run update = run("import-issue", "--site", dir.toString(), "--body", "-", "--label", "掲載依頼,団体情報",
                    "--update", "--date", "2026-12-01");
            assertEquals(0, update.code(), update.err());
        } finally {
            System.setIn(stdin);
        }
        String updated = Files.readString(dir.resolve("data/groups/kiyose-sumaho-supporters.yaml"));
        assertTrue(updated.contains("  days: 毎週木曜（祝日は休み）\n"), updated);
        assertTrue(updated.contains("contact:\n  phone: 042-000-0000\n  email: sumaho@example.jp\n  public: [email]\n"),
                "the private telephone stays, unpublished: " + updated);
        assertTrue(updated.endsWith("registered: 2026-11-22\nconfirmed: 2026-12-01\n"), updated);
    }

    @Test
    void errorsInTheAnswersWriteNothing() throws Exception {
        site();
        Files.writeString(dir.resolve("issue.md"), BODY.replace("元町", "北町"));
        Run r = importIssue("--body", dir.resolve("issue.md").toString(), "--kind", "group");
        assertEquals(1, r.code());
        assertEquals("""
                issue.md:19: エラー: 活動地区「北町」はありません。
                  19 | 北町
                  用紙の項目: 活動地区
                  直し方: 次のどれかを書いてください: 元町（地区は data/areas.yaml で決めます）
                エラー 1 件、注意 0 件
                用紙の内容に誤りがあるため、data/groups/kiyosesumahosapota.yaml は書いていません。
                """, r.err());
        assertTrue(Files.notExists(dir.resolve("data/groups")));
    }

    @Test
    void usageErrors() throws Exception {
        site();
        Files.writeString(dir.resolve("other.md"), "### 何か\n\nこんにちは\n");
        Run unknown = importIssue("--body", dir.resolve("other.md").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--kind group、event、opportunity"), unknown.err());
        assertEquals(2, importIssue().code());
        Run badSlug = importIssue("--body", dir.resolve("issue.md").toString(), "--slug", "Sumaho_Group");
        assertEquals(2, badSlug.code());
        assertTrue(badSlug.err().contains("sumaho-group"), badSlug.err());
    }

    @Test
    void issueFormsAreWrittenIntoTheGithubFolder() throws Exception {
        site();
        Run r = run("issue-forms", "--site", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(".github/ISSUE_TEMPLATE に用紙を 4 件書きました。", r.out().strip());
        String group = Files.readString(dir.resolve(".github/ISSUE_TEMPLATE/group.yml"));
        assertTrue(group.contains("    id: area\n    attributes:\n      label: 活動地区\n"), group);
        assertTrue(group.contains("      options: [元町]\n"), group);
        assertTrue(Files.readString(dir.resolve(".github/ISSUE_TEMPLATE/config.yml")).contains("url: https://example.jp/\n"));
    }
}
