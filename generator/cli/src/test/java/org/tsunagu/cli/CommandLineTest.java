package org.tsunagu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
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

        Files.writeString(dir.resolve("data/groups/b.yaml"), "name: いちょう会\ntype: 任意団体\ncategories: [環境]\narea: 元町\nsummary: x\nkana: いちょう\n");
        Run bad = run("check", "--site", dir.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("data/groups/b.yaml:3:14: エラー: 活動分野「環境」はありません。"), bad.err());
        assertTrue(bad.err().contains("  3 | categories: [環境]"), bad.err());
        assertTrue(bad.err().contains("エラー 1 件、注意 0 件"), bad.err());

        Run english = run("check", "--site", dir.toString(), "--lang", "en");
        assertTrue(english.err().contains("data/groups/b.yaml:3:14: error: There is no activity field \"環境\"."), english.err());

        assertEquals(2, run("check", "--site", dir.resolve("nowhere").toString()).code());
        assertEquals(2, run("check", "--no-such-option").code());
    }

    @Test
    void sampleWritesASiteThatChecksCleanAndNeverOverwritesOne() {
        Path sample = dir.resolve("sample");
        Run ok = run("sample", sample.toString(), "--groups", "12", "--events", "30", "--seed", "3");
        assertEquals(0, ok.code(), ok.err());
        assertEquals("%s にサンプルのサイトを書きました: 団体 12 件、行事 30 件、募集 5 件、助成金 4 件、お知らせ 3 件、ページ 2 件。"
                .formatted(sample) + "tsunagu build --site %s で作れます。".formatted(sample), ok.out().strip());
        Run check = run("check", "--site", sample.toString(), "--date", "2026-11-22");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.err().contains("エラー 0 件、注意 0 件") || check.err().isBlank(), check.err());

        Run again = run("sample", sample.toString(), "--lang", "en");
        assertEquals(2, again.code());
        assertTrue(again.err().startsWith("Could not write the sample in " + sample), again.err());
        Run bad = run("sample", dir.resolve("other").toString(), "--groups", "0");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("団体は1件以上"), bad.err());
    }

    @Test
    void buildWritesThePublicFolderOrNothing() throws Exception {
        site();
        Run ok = run("build", "--site", dir.toString(), "--date", "2026-11-22");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.isRegularFile(dir.resolve("public/groups/a/index.html")));
        Path out = dir.resolve("elsewhere");
        assertEquals(0, run("build", "--site", dir.toString(), "--out", out.toString(),
                "--base-url", "https://www.example.org/center/").code());
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("href=\"/center/groups/\""), "links follow the base URL's path");
        assertTrue(home.contains("<link rel=\"canonical\" href=\"https://www.example.org/center/\">"));

        Files.writeString(dir.resolve("data/groups/a.yaml"), "name: [壊れた\n");
        Run bad = run("build", "--site", dir.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("エラーがあるため、サイトは書き出していません。"), bad.err());
        assertTrue(Files.isRegularFile(dir.resolve("public/groups/a/index.html")), "previous site kept");
    }

    @Test
    void newGroupWritesACommentedFileThatCheckGuidesThrough() throws Exception {
        site();
        Run created = run("new", "group", "kawazukuri", "--site", dir.toString());
        assertEquals(0, created.code(), created.err());
        Path file = dir.resolve("data/groups/kawazukuri.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("/groups/kawazukuri/"));
        assertTrue(text.startsWith("# yaml-language-server: $schema=https://example.jp/schema/group.json\n"), text);
        assertEquals(2, run("new", "group", "kawazukuri", "--site", dir.toString()).code(), "never overwrites");
        assertEquals(2, run("new", "group", "Bad_Slug", "--site", dir.toString()).code());

        Run check = run("check", "--site", dir.toString());
        assertEquals(1, check.code());
        for (String field : new String[] {"name", "type", "categories", "area", "summary"}) {
            assertTrue(check.err().contains("必須の項目「" + field + "」"), field + "\n" + check.err());
        }
        // Filling in the required fields makes it valid.
        text = text.replaceFirst("(?m)^name: .*$", "name: 川づくり・清瀬の会")
                .replaceFirst("(?m)^kana: .*$", "kana: かわづくり・きよせのかい")
                .replaceFirst("(?m)^type: .*$", "type: 任意団体")
                .replaceFirst("(?m)^categories: .*$", "categories: [環境の保全]")
                .replaceFirst("(?m)^area: .*$", "area: 元町")
                .replaceFirst("(?m)^summary: .*$", "summary: 柳瀬川の清掃をしています。");
        Files.writeString(file, text);
        Run fixed = run("check", "--site", dir.toString());
        assertEquals(0, fixed.code(), fixed.err());
        assertFalse(fixed.err().contains("エラー"), fixed.err());

        // An event for that group, from the commented file.
        assertEquals(0, run("new", "event", "suishitsu-chousa", "--site", dir.toString()).code());
        Path event = dir.resolve("data/events/suishitsu-chousa.yaml");
        String e = Files.readString(event, StandardCharsets.UTF_8);
        assertTrue(e.contains("/events/suishitsu-chousa/"));
        Run eventCheck = run("check", "--site", dir.toString());
        assertEquals(1, eventCheck.code());
        for (String field : new String[] {"title", "organiser", "date"}) {
            assertTrue(eventCheck.err().contains("必須の項目「" + field + "」"), field + "\n" + eventCheck.err());
        }
        e = e.replaceFirst("(?m)^title: .*$", "title: 柳瀬川の水質調査")
                .replaceFirst("(?m)^kana: .*$", "kana: やなせがわのすいしつちょうさ")
                .replaceFirst("(?m)^organiser: .*$", "organiser: kawazukuri")
                .replaceFirst("(?m)^date: .*$", "date: 2027-02-14")
                .replaceFirst("(?m)^  venue: .*$", "  venue: 清瀬橋");
        Files.writeString(event, e);
        Run eventFixed = run("check", "--site", dir.toString());
        assertEquals(0, eventFixed.code(), eventFixed.err());
        assertFalse(eventFixed.err().contains("エラー"), eventFixed.err());

        // A grant file names its required fields; the empty lists in it are valid.
        assertEquals(0, run("new", "grant", "tachiage", "--site", dir.toString()).code());
        Run grantCheck = run("check", "--site", dir.toString());
        assertEquals(1, grantCheck.code());
        for (String field : new String[] {"name", "provider", "provider_kind", "purpose", "eligible",
                "rounds[0].opens", "rounds[0].closes"}) {
            assertTrue(grantCheck.err().contains("必須の項目「" + field + "」"), field + "\n" + grantCheck.err());
        }

        assertEquals(0, run("new", "opportunity", "suishitsu-otetsudai", "--site", dir.toString()).code());
        Run callCheck = run("check", "--site", dir.toString());
        for (String field : new String[] {"title", "group", "role", "posted"}) {
            assertTrue(callCheck.err().contains("必須の項目「" + field + "」"), field + "\n" + callCheck.err());
        }
    }

    @Test
    void theDemoSiteBuildsWithoutErrorsAndHoldsTheSeedsGroups() throws Exception {
        Path demo = Path.of("../..").toAbsolutePath().normalize();
        Path out = dir.resolve("demo");
        Run r = run("build", "--site", demo.toString(), "--out", out.toString(), "--date", "2026-11-22");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("エラー:"), r.err());
        // The text as read, without the ふりがな (<rt>) the demo site adds above kanji.
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.resolve("groups/index.html").toFile(), "UTF-8");
        page.select("rt").remove();
        String directory = page.text();
        for (String name : new String[] {"川づくり・清瀬の会", "自然を守る会", "きよせスマホサポーター"}) {
            assertTrue(directory.contains(name), name);
        }
        try (var groups = Files.list(out.resolve("groups"))) {
            assertTrue(groups.filter(Files::isDirectory).count() >= 15, "at least 15 groups");
        }
    }

    @Test
    void linksAsksEveryOtherSiteOnceAndReportsTheBrokenAndTheMoved() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.Map<String, Integer> asked = new java.util.concurrent.ConcurrentHashMap<>();
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            asked.merge(exchange.getRequestMethod() + " " + path, 1, Integer::sum);
            switch (path) {
                case "/ok" -> exchange.sendResponseHeaders(200, -1);
                case "/moved" -> {
                    exchange.getResponseHeaders().set("Location", "/ok");
                    exchange.sendResponseHeaders(301, -1);
                }
                case "/gethead" -> exchange.sendResponseHeaders(
                        exchange.getRequestMethod().equals("HEAD") ? 405 : 200, -1);
                case "/slow" -> {
                    try {
                        Thread.sleep(4000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(200, -1);
                }
                default -> exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            site();
            String other = "http://127.0.0.1:" + server.getAddress().getPort();
            // The open-data licence is a link too: here on the same test server.
            Files.writeString(dir.resolve("data/site.yaml"), Files.readString(dir.resolve("data/site.yaml"))
                    + "open_data_licence:\n  name: CC BY 4.0\n  url: " + other + "/ok\n");
            Files.createDirectories(dir.resolve("content/pages"));
            Files.writeString(dir.resolve("content/pages/links.md"), "---\ntitle: リンク集\n---\n"
                    + "[正しい](" + other + "/ok) [移転](" + other + "/moved) [消えた](" + other + "/gone)\n\n"
                    + "[遅い](" + other + "/slow) [HEAD不可](" + other + "/gethead) [もう一度](" + other + "/ok)\n");
            Run r = run("links", "--site", dir.toString(), "--timeout", "1", "--date", "2026-11-22");
            assertEquals(1, r.code(), r.err());
            assertTrue(r.out().contains("リンク 5 件のうち、つながらないもの 2 件、移転したもの 1 件。"), r.out());
            assertTrue(r.err().contains("つながらないリンク: " + other + "/gone（HTTP 404）"), r.err());
            assertTrue(r.err().contains("つながらないリンク: " + other + "/slow（1 秒待っても返事がありません）"), r.err());
            assertTrue(r.err().contains("移転したリンク: " + other + "/moved → " + other + "/ok"), r.err());
            assertTrue(r.err().contains("  content/pages/links.md:6:6"), r.err());
            assertTrue(r.err().contains("  ページ /links/"), r.err());
            assertFalse(r.err().contains("/gethead"), "HEAD refused, GET answered: " + r.err());
            assertEquals(1, asked.get("HEAD /gone"), "each address once: " + asked);
        } finally {
            server.stop(0);
        }
    }
}
