package org.tsunagu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return Run.of(args);
    }

    private void site() throws Exception {
        Files.createDirectories(dir.resolve("data/groups"));
        Files.writeString(dir.resolve("data/site.yaml"), """
                name: テストセンター
                description: 説明
                base_url: https://example.jp/
                address: 清瀬市
                """);
        Files.writeString(dir.resolve("data/areas.yaml"), "areas:\n  - slug: motomachi\n    name: 元町\n");
        Files.writeString(dir.resolve("data/groups/a.yaml"), """
                name: あおい会
                kana: あおいかい
                type: 任意団体
                categories: [環境の保全]
                area: 元町
                summary: 紹介
                """);
    }

    @Test
    void checkExitsZeroOneOrTwo() throws Exception {
        site();
        Run ok = run("check", "--site", dir.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("確認しました: 団体 1 件、行事 0 件、助成金 0 件、ボランティア募集 0 件、ページ 0 件、お知らせ 0 件。", ok.out().strip());

        Files.writeString(dir.resolve("data/groups/b.yaml"), "name: いちょう会\nkana: いちょうかい\ntype: 任意団体\n"
                + "categories: [環境]\narea: 元町\nsummary: 紹介, 100%\n");
        Files.writeString(dir.resolve("data/groups/c.yaml"), "name: うめ会\nkana: うめかい\ntype: 任意団体\n"
                + "categories: [環境の保全]\narea: 元町\nsummary: 紹介\nwebsite: https://x.example/\n");
        Run r = run("check", "--site", dir.toString(), "--format", "github");
        assertEquals(1, r.code());
        Path here = Path.of("").toAbsolutePath();
        String b = here.relativize(dir.resolve("data/groups/b.yaml")).toString();
        String c = here.relativize(dir.resolve("data/groups/c.yaml")).toString();
        List<String> lines = r.out().lines().filter(l -> l.startsWith("::")).toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::error file=" + b + ",line=4,col=14,title=group.unknownCategory::"
                + "活動分野「環境」はありません。%0A")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::error file=" + c + ",line=7,col=1,title=bind.unknownKey::"
                + "「website」という項目はありません。%0A")), r.out());
        assertTrue(r.err().contains("data/groups/b.yaml:4:14"), "the text report stays: " + r.err());
        assertEquals("::warning file=a%2Cb.yaml,line=3,title=x%3Ay::50%25%0Anext",
                Reporting.githubAnnotation("warning", "a,b.yaml", 3, 0, "x:y", "50%\nnext"));
    }

    @Test
    void buildPrintsTheTimeOfEachStageWhenAsked() throws Exception {
        site();
        Run r = run("build", "--site", dir.toString(), "--out", dir.resolve("out").toString(), "--date", "2026-04-01",
                "--timings", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("Time per stage: ")).findFirst().orElse("");
        assertTrue(line.matches("Time per stage: load \\d+ ms, check \\d+ ms, model \\d+ ms, render \\d+ ms"
                + " \\(pages \\d+ ms, sitemap \\d+ ms, opendata \\d+ ms, calendars \\d+ ms, feeds \\d+ ms,"
                + " cards \\d+ ms, search \\d+ ms, forms \\d+ ms\\), links \\d+ ms, write \\d+ ms"), r.out());
        assertFalse(run("build", "--site", dir.toString(), "--out", dir.resolve("out").toString())
                .out().contains("Time per stage"));
    }
}
