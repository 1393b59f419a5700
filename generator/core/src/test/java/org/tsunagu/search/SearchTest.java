package org.tsunagu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.testing.TestSite;

/**
 * The search index: how text is cut, what the files hold, and, through Node's test runner, that
 * the browser's code cuts text exactly as the build does and finds what a citizen types.
 */
class SearchTest {

    /** Texts that have tripped search engines: mixed scripts, widths, marks, emoji. */
    static final List<String> TEXTS = List.of(
            "川づくり・清瀬の会", "ﾎﾞﾗﾝﾃｨｱ募集中", "ｚｏｏｍで会議", "ＮＰＯ法人きよせ", "2026年12月13日（日）",
            "第3土曜日", "佐々木さん", "人々の暮らし", "スマートフォン講座ー初心者向け", "ケーキ作り",
            "Kiyose English Café", "LINEグループ", "e-mail: info@example.jp", "ﾊﾟﾊﾟとあそぼう", "ｶﾞｲﾄﾞ",
            "子育て🌸サロン", "👨‍👩‍👧家族", "𠮷野家と𩸽", "한국어 교실", "ΣΟΦΙΑ", "İstanbul", "㈱清瀬", "①番",
            "ｱｲｳｴｵ ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", "naïve café", "co\u0301te", "A\u3000B", "〆切は3月", "ヶ月", "ゝゞヽヾ",
            "10:00〜12:00", "1,000円", "Wi-Fi", "水質調査（pH・COD）", "", "　", "！？", "a", "字");

    /** Queries a citizen types, in hiragana, for the reading field. */
    static final List<String> READINGS = List.of("フクシボランティア", "ヤナセガワ ノ スイシツ チョウサ","ふくし", "こそだて", "やなせがわ", "ぼらんてぃあ", "すまほ",
            "けいちょう", "ゔぁいおりん", "ー");

    @TempDir
    Path dir;

    @Test
    void japaneseRunsArePairedAndWordsKeptWhole() {
        Analyzer a = SearchText.analyzer();
        assertEquals(List.of("市民", "民活", "活動", "動"), SearchText.terms(a, "市民活動"));
        assertEquals(List.of("ボラ", "ラン", "ンテ", "ティ", "ィア", "ア募", "募集", "集中", "中"),
                SearchText.terms(a, "ﾎﾞﾗﾝﾃｨｱ募集中"));
        assertEquals(List.of("zoom", "で会", "会議", "議"), SearchText.terms(a, "ｚｏｏｍで会議"));
        assertEquals(List.of("2026", "年", "12", "月", "13", "日", "日"), SearchText.terms(a, "2026年12月13日（日）"));
        assertEquals(List.of("佐々", "々木", "木さ", "さん", "ん"), SearchText.terms(a, "佐々木さん"));
        assertEquals(List.of("子育", "育て", "て", "サロ", "ロン", "ン"), SearchText.terms(a, "子育て🌸サロン"));
        assertEquals(List.of("kiyose", "english", "café"), SearchText.terms(a, "Kiyose English Café"));
        assertEquals(List.of(), SearchText.terms(a, "！？"));
    }

    @Test
    void theReadingIsCutInFours() {
        Analyzer a = SearchText.readingAnalyzer();
        assertEquals(List.of("フクシ", "クシ", "シ"), SearchText.terms(a, "フクシ"));
        assertEquals(List.of("ヤナセガ", "ナセガワ", "セガワ", "ガワ", "ワ", "chousa"),
                SearchText.terms(a, "ヤナセガワ chousa"));
        assertEquals(List.of("コ", "zoom", "ヨミ", "ミ"), SearchText.terms(a, "コ zoom ヨミ"));
    }

    /**
     * The pairs of the text field are exactly those of Lucene's bigram filter: besides them
     * there are only the tails, and a run of one character, which Lucene keeps as it is, is its
     * own tail.
     */
    @Test
    void pairsAreThoseOfLucenesBigramFilter() throws IOException {
        Analyzer lucene = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                SearchText.SiteTokenizer source = new SearchText.SiteTokenizer();
                return new TokenStreamComponents(source, new CJKBigramFilter(source));
            }
        };
        for (String text : TEXTS) {
            List<String> ours = new ArrayList<>();
            try (TokenStream ts = SearchText.analyzer().tokenStream("t", SearchText.normalise(text))) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                TypeAttribute type = ts.addAttribute(TypeAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                int lastEnd = -1;
                while (ts.incrementToken()) {
                    if (!type.type().equals(SearchText.RunGrams.TAIL) || offset.endOffset() != lastEnd) {
                        ours.add(term.toString());
                    }
                    lastEnd = offset.endOffset();
                }
                ts.end();
            }
            assertEquals(SearchText.terms(lucene, text), ours, text);
        }
    }

    @Test
    void theQuickScriptRangesAgreeWithUnicode() {
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            assertEquals(Character.UnicodeScript.of(cp), org.tsunagu.groups.Kana.script(cp), Integer.toHexString(cp));
        }
    }

    /**
     * The grams and tails, with their offsets and types, are those of the rule written out the
     * plain way: each run of adjacent Japanese tokens, its n-grams, then its last n-1 … 1
     * characters; words as they are. Random texts mix kana, kanji, Latin words, digits,
     * spaces, emoji and runs longer than any buffer.
     */
    @Test
    void gramsAndTailsFollowTheRuleOnRandomTexts() throws IOException {
        String[] pieces = {"あ", "ン", "ー", "市", "民", "活", "動", "𠮷", "한", "ab", "Zoom", "12", " ", "、", "🌸", "ｶﾞ",
                "é", "\u0301", "・"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round % 10 == 0 ? 80 : 12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (int n : new int[] {SearchText.TEXT_GRAMS, SearchText.READING_GRAMS}) {
                String normal = SearchText.normalise(text.toString());
                assertEquals(planGrams(normal, n), grams(n, normal), n + ": " + text);
            }
        }
    }

    /** Term, start, end and type of every token the analyser gives for normalised text. */
    private static List<String> grams(int n, String normal) throws IOException {
        Analyzer analyzer = n == SearchText.TEXT_GRAMS ? SearchText.analyzer() : SearchText.readingAnalyzer();
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", normal)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + ":" + type.type());
            }
            ts.end();
        }
        return out;
    }

    private static List<String> planGrams(String normal, int n) throws IOException {
        List<String[]> tokens = new ArrayList<>();
        try (SearchText.SiteTokenizer source = new SearchText.SiteTokenizer()) {
            CharTermAttribute term = source.addAttribute(CharTermAttribute.class);
            TypeAttribute type = source.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = source.addAttribute(OffsetAttribute.class);
            source.setReader(new java.io.StringReader(normal));
            source.reset();
            while (source.incrementToken()) {
                tokens.add(new String[] {term.toString(), "" + offset.startOffset(), "" + offset.endOffset(), type.type()});
            }
            source.end();
        }
        List<String> out = new ArrayList<>();
        List<String[]> run = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            String[] t = i < tokens.size() ? tokens.get(i) : null;
            boolean japanese = t != null && !t[3].equals(SearchText.SiteTokenizer.ALPHANUM);
            if (japanese && (run.isEmpty() || run.get(run.size() - 1)[2].equals(t[1]))) {
                run.add(t);
                continue;
            }
            int k = run.size();
            for (int from = 0; from + n <= k; from++) {
                out.add(join(run, from, from + n, SearchText.RunGrams.GRAM));
            }
            for (int len = Math.min(n - 1, k); len >= 1; len--) {
                out.add(join(run, k - len, k, SearchText.RunGrams.TAIL));
            }
            run.clear();
            if (japanese) {
                run.add(t);
            } else if (t != null) {
                out.add(t[0] + "@" + t[1] + "-" + t[2] + ":" + t[3]);
            }
        }
        return out;
    }

    private static String join(List<String[]> run, int from, int to, String type) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(run.get(i)[0]);
        }
        return b + "@" + run.get(from)[1] + "-" + run.get(to - 1)[2] + ":" + type;
    }

    @Test
    void readingsComeFromTheAnalyserAndTheSiteDictionary() {
        Readings standard = Readings.standard();
        assertEquals("フクシボランティア", standard.katakana("福祉ボランティア"));
        assertEquals("カワヅクリ キヨセノカイ", standard.katakana("川づくり・清瀬の会"));
        assertEquals("ゲシュク", standard.katakana("下宿"));
        Readings local = Readings.of(Map.of("下宿", "したじゅく"));
        assertEquals("シタジュクチク", local.katakana("下宿地区"));
        assertEquals(List.of(new Readings.Piece("下宿", "したじゅく"), new Readings.Piece("の", null),
                new Readings.Piece("川", "かわ"), new Readings.Piece("、", null), new Readings.Piece("Zoom", null)),
                local.pieces("下宿の川、Zoom"));
    }

    @Test
    void aTextReadAgainHasTheSamePiecesAsTheFirstTime() {
        Readings readings = Readings.of(Map.of("下宿", "したじゅく"));
        String shortText = "下宿の川で清掃活動";
        String longText = "市民活動センターの利用案内。".repeat(Readings.REMEMBERED_LENGTH / 10);
        for (String text : List.of(shortText, longText)) {
            List<Readings.Piece> first = readings.pieces(text);
            assertEquals(first, readings.pieces(text), text);
            assertEquals(text, first.stream().map(Readings.Piece::text).reduce("", String::concat));
        }
        assertThrows(UnsupportedOperationException.class, () -> readings.pieces(shortText).clear(),
                "remembered pieces are shared, so nobody may change them");
    }

    @Test
    void titlesWeighMoreThanBodiesAndEveryRecordKindIsIndexed() throws IOException {
        TestSite site = site();
        site.buildOk();
        JsonNode manifest = json(site, "search/index.bin");
        assertEquals(List.of("group", "event", "call", "grant", "news", "page"), texts(manifest.get("kinds")));
        assertEquals(6, manifest.get("n").asInt(), "3 groups, 1 event, 1 news item, 1 page");
        Map<String, int[][]> t = postings(site, manifest, "t");
        // 傾聴 is in the title of record 0 and only in the body of record 1 (the event).
        int[][] p = t.get("傾聴");
        assertEquals(0, p[0][0]);
        assertTrue(p[1][0] > p[1][1], "title score " + p[1][0] + " above body score " + p[1][1]);
        Map<String, int[][]> r = postings(site, manifest, "r");
        assertTrue(r.containsKey("ヤナセガ") && r.containsKey("ナセガワ"), "柳瀬川 read from the dictionary");
        assertTrue(r.containsKey("シタジュ") && r.containsKey("タジュク"), "下宿 read したじゅく");
        JsonNode chunk = json(site, "search/d/0.bin");
        assertEquals("/groups/keicho/", chunk.get(0).get(0).asText());
        assertEquals("あさがお傾聴ボランティア", chunk.get(0).get(1).asText());
        Document page = site.page("/search/");
        assertEquals("サイト内検索", page.selectFirst("h1").text());
        assertEquals(1, page.select("noscript a[href=/groups/]").size(), "without JavaScript, the directory");
        assertEquals("search", site.page("/").selectFirst("header form").attr("role"));
    }

    /**
     * Node's test runner loads the browser's own search code and checks it against this build:
     * the same terms for every text, and the records a citizen expects for each query.
     */
    @Test
    void theBrowserCodeCutsAndFindsAsTheBuildDoes() throws Exception {
        TestSite site = site();
        site.buildOk();
        Analyzer a = SearchText.analyzer();
        ObjectMapper json = new ObjectMapper();
        ObjectNode cases = json.createObjectNode();
        ArrayNode terms = cases.putArray("terms");
        for (String s : TEXTS) {
            ObjectNode c = terms.addObject().put("text", s).put("n", SearchText.TEXT_GRAMS);
            SearchText.terms(a, s).forEach(c.putArray("terms")::add);
        }
        for (String s : READINGS) {
            String katakana = Readings.toKatakana(SearchText.normalise(s));
            ObjectNode c = terms.addObject().put("text", katakana).put("n", SearchText.READING_GRAMS);
            SearchText.terms(SearchText.readingAnalyzer(), katakana).forEach(c.putArray("terms")::add);
        }
        ArrayNode queries = cases.putArray("queries");
        query(queries, "傾聴", "/groups/keicho/", "/events/keicho-nyumon/");
        query(queries, "けいちょう", "/groups/keicho/", "/events/keicho-nyumon/");
        query(queries, "ふくし", "/groups/fukushi/");
        // The event is found through its organiser, whose name is part of what the event says.
        query(queries, "ﾎﾞﾗﾝﾃｨｱ", "/groups/keicho/", "/groups/fukushi/", "/volunteer/", "/events/keicho-nyumon/");
        query(queries, "ｚｏｏｍ", "/news/2026-11-01-zoom/");
        query(queries, "zoo", "/news/2026-11-01-zoom/");
        query(queries, "やなせがわ", "/groups/kawa/");
        query(queries, "柳瀬川 調査", "/groups/kawa/");
        query(queries, "したじゅく", "/groups/kawa/");
        query(queries, "瀬川", "/groups/kawa/");
        query(queries, "川", "/groups/kawa/");
        query(queries, "存在しない言葉");
        Path file = dir.resolve("cases.json");
        json.writeValue(file.toFile(), cases);

        Path node = nodeOrSkip();
        Path test = Path.of("src/test/js/search.test.mjs").toAbsolutePath();
        // The code as the site serves it, compacted.
        Path core = site.out().resolve("assets/js/search-core.js");
        ProcessBuilder pb = new ProcessBuilder(node.toString(), "--test", test.toString()).redirectErrorStream(true);
        pb.environment().put("SEARCH_CASES", file.toString());
        pb.environment().put("SEARCH_CORE", core.toUri().toString());
        pb.environment().put("SEARCH_INDEX", site.out().resolve("search").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node finished");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("# pass 3"), out);
    }

    private static void query(ArrayNode queries, String q, String... urls) {
        ObjectNode c = queries.addObject().put("q", q);
        for (String u : urls) {
            c.withArray("expect").add(u);
        }
        c.withArray("expect");
    }

    /** The node command, or the test is skipped, unless the environment asks for every test to run. */
    static Path nodeOrSkip() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, "node");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String message = "Node.js (the node command) is needed for the search code tests: install the nodejs package";
        if ("1".equals(System.getenv("TSUNAGU_REQUIRE_BROWSER"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
        return null;
    }

    private TestSite site() {
        return new TestSite(dir)
                .write("data/dictionary.yaml", "words:\n  - word: 下宿\n    kana: したじゅく\n"
                        + "  - word: 柳瀬川\n    kana: やなせがわ\n")
                .group("keicho", "あさがお傾聴ボランティア", "あさがおけいちょうぼらんてぃあ",
                        "description: お話を聴く活動をしています。\n")
                .group("kawa", "川づくりの会", "かわづくりのかい",
                        "description: 下宿地区で柳瀬川の水質調査と清掃をしています。\n")
                .group("fukushi", "やまびこ福祉会", "やまびこふくしかい",
                        "description: 福祉の店でボランティアの方と一緒に働いています。\n")
                .write("data/events/2027/keicho-nyumon.yaml", """
                        title: 入門講座
                        kana: にゅうもんこうざ
                        organiser: keicho
                        date: 2027-01-16
                        start: "13:30"
                        end: "15:30"
                        summary: 傾聴の基本を学びます。
                        place:
                          venue: 生涯学習センター
                        """)
                .write("content/news/2026-11-01-zoom.md", """
                        ---
                        title: Zoomの使い方勉強会
                        date: 2026-11-01
                        ---
                        団体向けの勉強会です。
                        """)
                .write("content/pages/volunteer.md", """
                        ---
                        title: はじめての方へ
                        ---
                        ボランティアをはじめたい方への案内です。
                        """);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static byte[] gunzip(byte[] b) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        }
    }

    private static JsonNode json(TestSite site, String path) throws IOException {
        return new ObjectMapper().readTree(gunzip(Files.readAllBytes(site.out().resolve(path))));
    }

    /** Every term of a space: its records and their scores, read as the browser reads them. */
    private static Map<String, int[][]> postings(TestSite site, JsonNode manifest, String space) throws IOException {
        Map<String, int[][]> out = new LinkedHashMap<>();
        for (int s = 0; s < manifest.get(space).size(); s++) {
            byte[] b = gunzip(Files.readAllBytes(site.out().resolve("search/" + space + "/" + s + ".bin")));
            int[] i = {0};
            while (i[0] < b.length) {
                int n = varint(b, i);
                String term = new String(b, i[0], n, StandardCharsets.UTF_8);
                i[0] += n;
                int count = varint(b, i);
                int[][] p = new int[2][count];
                for (int k = 0, d = 0; k < count; k++) {
                    d += varint(b, i);
                    p[0][k] = d;
                    p[1][k] = b[i[0]++] & 0xFF;
                }
                out.put(term, p);
            }
        }
        return out;
    }

    private static int varint(byte[] b, int[] i) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int x = b[i[0]++] & 0xFF;
            v |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
    }
}
