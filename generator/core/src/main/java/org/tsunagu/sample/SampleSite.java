package org.tsunagu.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.tsunagu.search.Readings;

/**
 * A synthetic site in Tsunagu's own format: groups with readings, several fields and areas,
 * single and repeating events, calls for helpers, grants and news. The same seed and sizes give
 * the same files, byte for byte, so measurements can be repeated and compared.
 */
public final class SampleSite {

    /** A word and its reading in hiragana. */
    record Word(String text, String kana) {
    }

    /** An activity field of the NPO law, with words a group in that field uses. */
    record Field(String slug, String name, List<Word> themes) {
    }

    /** How much was written. */
    public record Counts(int groups, int events, int calls, int grants, int news, int pages) {
        public int records() {
            return groups + events + calls + grants + news + pages;
        }
    }

    static final List<Field> FIELDS = List.of(
            field("health-welfare", "保健・医療・福祉",
                    "福祉:ふくし 傾聴:けいちょう 介護予防:かいごよぼう 配食:はいしょく 手話:しゅわ 点字:てんじ "
                            + "認知症カフェ:にんちしょうかふぇ 健康体操:けんこうたいそう 音訳:おんやく 車いす:くるまいす"),
            field("social-education", "社会教育", "読み聞かせ:よみきかせ 朗読:ろうどく 郷土史:きょうどし "
                    + "生涯学習:しょうがいがくしゅう 古文書:こもんじょ"),
            field("community-development", "まちづくり", "まちづくり:まちづくり 花壇づくり:かだんづくり "
                    + "商店街:しょうてんがい 空き家:あきや 見守り:みまもり"),
            field("tourism", "観光の振興", "まち歩き:まちあるき 観光ガイド:かんこうがいど 名所案内:めいしょあんない"),
            field("rural-development", "農山漁村・中山間地域の振興", "援農:えんのう 里山:さとやま 市民農園:しみんのうえん "
                    + "野菜づくり:やさいづくり"),
            field("culture-arts-sports", "学術・文化・芸術・スポーツ", "合唱:がっしょう ハーモニカ:はーもにか "
                    + "太極拳:たいきょくけん 囲碁:いご 俳句:はいく 卓球:たっきゅう 民謡:みんよう 絵手紙:えてがみ "
                    + "ウォーキング:うぉーきんぐ"),
            field("environment", "環境の保全", "清掃:せいそう 水質調査:すいしつちょうさ 雑木林:ぞうきばやし "
                    + "リサイクル:りさいくる 野鳥観察:やちょうかんさつ 川づくり:かわづくり"),
            field("disaster-relief", "災害救援", "防災:ぼうさい 災害ボランティア:さいがいぼらんてぃあ 炊き出し:たきだし"),
            field("community-safety", "地域安全", "防犯パトロール:ぼうはんぱとろーる 通学路見守り:つうがくろみまもり "
                    + "交通安全:こうつうあんぜん"),
            field("human-rights-peace", "人権の擁護・平和の推進", "平和:へいわ 人権:じんけん 語り部:かたりべ"),
            field("international-cooperation", "国際協力", "日本語教室:にほんごきょうしつ 国際交流:こくさいこうりゅう "
                    + "多文化共生:たぶんかきょうせい English_Café:えんぐりっしゅかふぇ"),
            field("gender-equality", "男女共同参画", "男女共同参画:だんじょきょうどうさんかく 女性の居場所:じょせいのいばしょ"),
            field("children", "子どもの健全育成", "子育て:こそだて 子ども食堂:こどもしょくどう 学習支援:がくしゅうしえん "
                    + "遊び場:あそびば プレーパーク:ぷれーぱーく"),
            field("information-society", "情報化社会の発展", "スマホ:すまほ パソコン:ぱそこん Zoom:ずーむ LINE:らいん"),
            field("science-technology", "科学技術の振興", "科学あそび:かがくあそび 天体観望:てんたいかんぼう "
                    + "電子工作:でんしこうさく"),
            field("economic-activity", "経済活動の活性化", "朝市:あさいち 地域通貨:ちいきつうか"),
            field("employment", "職業能力の開発・雇用機会の拡充", "就労支援:しゅうろうしえん 職業体験:しょくぎょうたいけん"),
            field("consumer-protection", "消費者の保護", "消費生活:しょうひせいかつ 悪質商法:あくしつしょうほう"),
            field("npo-support", "市民活動団体の支援", "ボランティア:ぼらんてぃあ 市民活動:しみんかつどう "
                    + "中間支援:ちゅうかんしえん"),
            field("ordinance", "条例で定める活動", "地域猫:ちいきねこ 国際理解:こくさいりかい"));

    /** Areas: name, reading, slug. Some readings are ones the analyser gets wrong, so they go in the dictionary. */
    static final List<String[]> AREAS = List.of(
            new String[] {"元町", "もとまち", "motomachi"}, new String[] {"本町", "ほんちょう", "honcho"},
            new String[] {"桜台", "さくらだい", "sakuradai"}, new String[] {"若葉", "わかば", "wakaba"},
            new String[] {"緑が丘", "みどりがおか", "midorigaoka"}, new String[] {"下宿", "したじゅく", "shitajuku"},
            new String[] {"中里", "なかざと", "nakazato"}, new String[] {"旭が丘", "あさひがおか", "asahigaoka"},
            new String[] {"東原", "ひがしはら", "higashihara"}, new String[] {"西野", "にしの", "nishino"},
            new String[] {"南台", "みなみだい", "minamidai"}, new String[] {"北山", "きたやま", "kitayama"});

    static final List<Word> NICKNAMES = words("あさがお:あさがお ひまわり:ひまわり やまびこ:やまびこ こもれび:こもれび "
            + "ぽかぽか:ぽかぽか さくら:さくら わかば:わかば たんぽぽ:たんぽぽ すずらん:すずらん つくし:つくし "
            + "どんぐり:どんぐり ほたる:ほたる 虹:にじ 青空:あおぞら 希望:きぼう ふれあい:ふれあい いきいき:いきいき "
            + "のびのび:のびのび にこにこ:にこにこ すこやか:すこやか 結:ゆい 絆:きずな 陽だまり:ひだまり 若竹:わかたけ "
            + "もみじ:もみじ かけはし:かけはし ゆりかご:ゆりかご 一歩:いっぽ");

    static final List<Word> SUFFIXES = words("の会:のかい 会:かい クラブ:くらぶ サークル:さーくる "
            + "ネットワーク:ねっとわーく 友の会:とものかい ボランティア:ぼらんてぃあ 研究会:けんきゅうかい "
            + "倶楽部:くらぶ 連絡会:れんらくかい グループ:ぐるーぷ 協議会:きょうぎかい");

    static final List<Word> EVENT_KINDS = words("入門講座:にゅうもんこうざ 体験会:たいけんかい 交流会:こうりゅうかい "
            + "勉強会:べんきょうかい 説明会:せつめいかい 発表会:はっぴょうかい 観察会:かんさつかい 相談会:そうだんかい "
            + "教室:きょうしつ まつり:まつり 講演会:こうえんかい 見学会:けんがくかい");

    static final List<String> VENUES = List.of("地域センター", "公民館", "生涯学習センター", "福祉センター",
            "市民活動センター", "地域集会所", "図書館", "児童館", "コミュニティプラザ", "市民体育館");

    static final List<String> MOTIVES = List.of("地域の役に立ちたいと", "子育て中の親同士で", "定年後の仲間づくりにと",
            "同じ悩みを持つ人が集まって", "講座の修了生が中心になって", "町内会の有志で", "学生と地域の大人が一緒に");

    static final List<String> AGES = List.of("20代〜70代", "30代〜60代", "40代〜80代", "60代〜80代", "小学生〜80代");

    private final Random random;

    private SampleSite(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Writes a whole site into {@code dir} (data/, content/; no templates: the built-in theme
     * is used): {@code groups} groups, {@code events} events, and calls, grants and news in
     * proportion. The folder must not already hold a site.
     */
    public static Counts write(Path dir, int groups, int events, long seed) throws IOException {
        if (groups < 1 || events < 0) {
            throw new IllegalArgumentException("at least one group, and no fewer than zero events");
        }
        if (Files.exists(dir.resolve("data")) || Files.exists(dir.resolve("content"))) {
            throw new IOException(dir + " already holds a site (data/ or content/)");
        }
        return new SampleSite(seed).writeAll(dir, groups, events);
    }

    private Counts writeAll(Path dir, int groupCount, int eventCount) throws IOException {
        writeFile(dir, "data/site.yaml", """
                name: さくら市ボランティア・市民活動センター
                description: さくら市で活動する市民活動団体・ボランティア団体の情報をまとめて紹介しています（サンプルのサイトです）。
                base_url: https://sample.example.jp/
                language: ja
                postal_code: 100-0000
                address: さくら市元町一丁目（サンプルの住所です）
                phone: 03-0000-0000
                email: center@example.jp
                hours:
                  - 月曜〜金曜 9:00〜17:00
                closed: 土曜・日曜・祝日
                """);
        StringBuilder b = new StringBuilder("categories:\n");
        for (Field f : FIELDS) {
            b.append("  - slug: ").append(f.slug).append("\n    name: ").append(f.name).append('\n');
        }
        writeFile(dir, "data/categories.yaml", b.toString());
        b = new StringBuilder("areas:\n");
        StringBuilder dictionary = new StringBuilder("words:\n");
        for (String[] a : AREAS) {
            b.append("  - slug: ").append(a[2]).append("\n    name: ").append(a[0]).append("\n    kana: ")
                    .append(a[1]).append('\n');
            dictionary.append("  - word: ").append(a[0]).append("\n    kana: ").append(a[1]).append('\n');
        }
        writeFile(dir, "data/areas.yaml", b.toString());
        // Like a centre that keeps its dictionary, the sample lists every word of its own that
        // the Japanese analyser reads otherwise.
        Readings standard = Readings.standard();
        Set<String> listed = new HashSet<>();
        for (List<Word> words : vocabulary()) {
            for (Word w : words) {
                boolean japanese = w.text.codePoints().anyMatch(c -> c > 0x3000);
                String read = standard.katakana(w.text).replace(" ", "");
                if (japanese && !read.equals(Readings.toKatakana(w.kana)) && listed.add(w.text)) {
                    dictionary.append("  - word: ").append(w.text).append("\n    kana: ").append(w.kana).append('\n');
                }
            }
        }
        writeFile(dir, "data/dictionary.yaml", dictionary.toString());

        List<SampleGroup> groups = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 1; i <= groupCount; i++) {
            SampleGroup g = group(i, names);
            groups.add(g);
            writeFile(dir, "data/groups/" + g.slug + ".yaml", g.yaml);
        }
        for (int i = 1; i <= eventCount; i++) {
            SampleGroup g = groups.get(random.nextInt(groups.size()));
            LocalDate date = LocalDate.of(2026, 4, 1).plusDays(random.nextInt(365));
            String slug = String.format(Locale.ROOT, "event-%06d", i);
            writeFile(dir, "data/events/" + date.getYear() + "/" + slug + ".yaml", event(g, date));
        }
        int calls = Math.max(5, groupCount / 10);
        for (int i = 1; i <= calls; i++) {
            SampleGroup g = groups.get(random.nextInt(groups.size()));
            writeFile(dir, String.format(Locale.ROOT, "data/opportunities/call-%05d.yaml", i), call(g));
        }
        int grants = Math.max(4, groupCount / 100);
        for (int i = 1; i <= grants; i++) {
            writeFile(dir, String.format(Locale.ROOT, "data/grants/grant-%04d.yaml", i), grant(i));
        }
        int news = Math.max(3, groupCount / 20);
        for (int i = 1; i <= news; i++) {
            LocalDate date = LocalDate.of(2026, 4, 1).plusDays(random.nextInt(235));
            writeFile(dir, String.format(Locale.ROOT, "content/news/%s-news-%04d.md", date, i),
                    news(groups.get(random.nextInt(groups.size())), date));
        }
        writeFile(dir, "content/pages/about.md", """
                ---
                title: センターについて
                menu: 1
                ---
                さくら市ボランティア・市民活動センターは、市内の市民活動団体とボランティアをしたい方をつなぐ窓口です。

                団体の登録、活動の相談、助成金の情報、講座の案内をしています。
                """);
        writeFile(dir, "content/pages/volunteer.md", """
                ---
                title: はじめてボランティアをする方へ
                menu: 2
                ---
                ボランティアをしてみたい方は、まずセンターの窓口にご相談ください。
                あなたに合った活動や団体をご紹介します。1回だけの参加から始められる活動もあります。
                """);
        return new Counts(groupCount, eventCount, calls, grants, news, 2);
    }

    /** What an event or call needs to know of its group. */
    private record SampleGroup(String slug, String name, Field field, Word theme, String area, String yaml) {
    }

    private SampleGroup group(int i, Set<String> names) {
        Field field = pick(FIELDS);
        Word theme = pick(field.themes);
        String[] area = pick(AREAS);
        Word name;
        do {
            Word prefix = switch (random.nextInt(3)) {
                case 0 -> pick(NICKNAMES);
                case 1 -> new Word(area[0], area[1]);
                default -> join(new Word(area[0], area[1]), pick(NICKNAMES));
            };
            name = join(join(prefix, theme), pick(SUFFIXES));
        } while (!names.add(name.text));
        Field second = pick(FIELDS);
        String categories = second == field ? field.name : field.name + ", " + second.name;
        String venue = area[0] + pick(VENUES);
        int members = 5 + random.nextInt(60);
        int founded = 1975 + random.nextInt(50);
        String ages = pick(AGES);
        StringBuilder d = new StringBuilder();
        d.append(area[0]).append("を中心に、").append(theme.text).append("の活動を続けています。");
        d.append(founded).append("年に、").append(pick(MOTIVES)).append("はじめました。\n\n");
        d.append("月に").append(1 + random.nextInt(4)).append("回、").append(venue).append("で集まっています。");
        if (second != field) {
            d.append(pick(second.themes).text).append("にも取り組んでいます。");
        }
        d.append("\n\n会員は").append(ages).append("の").append(members).append("人です。");
        d.append("はじめての方も、見学だけでも歓迎します。お気軽にお問い合わせください。\n");
        DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
        String days = "毎月第" + (1 + random.nextInt(4)) + day.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
        LocalDate registered = LocalDate.of(2005, 4, 1).plusDays(random.nextInt(7000));
        String yaml = "name: " + q(name.text) + "\nkana: " + q(name.kana) + "\ntype: 任意団体\n"
                + "categories: [" + categories + "]\narea: " + area[0] + "\n"
                + "summary: " + q(area[0] + "で" + theme.text + "の活動をしている" + members + "人の団体です。") + "\n"
                + "description: |\n" + indent(d.toString())
                + "activity:\n  days: " + q(days) + "\n  time: \"10:00〜12:00\"\n  place: " + q(venue) + "\n"
                + "members:\n  count: " + members + "\n  ages: " + q(ages) + "\n"
                + "recruiting:\n  open: " + random.nextBoolean() + "\n"
                + "contact:\n  person: 事務局\n  email: " + String.format(Locale.ROOT, "group%06d@example.jp", i)
                + "\n  public: [person, email]\n"
                + "founded: " + founded + "\nregistered: " + registered + "\n"
                + "confirmed: " + LocalDate.of(2025, 1, 1).plusDays(random.nextInt(690)) + "\n";
        return new SampleGroup(String.format(Locale.ROOT, "group-%05d", i), name.text, field, theme, area[0], yaml);
    }

    private String event(SampleGroup g, LocalDate date) {
        Word kind = pick(EVENT_KINDS);
        Word title = join(g.theme, kind);
        int hour = 9 + random.nextInt(9);
        StringBuilder y = new StringBuilder();
        y.append("title: ").append(q(title.text)).append("\nkana: ").append(q(title.kana))
                .append("\norganiser: ").append(g.slug).append("\ndate: ").append(date)
                .append(String.format(Locale.ROOT, "\nstart: \"%d:00\"\nend: \"%d:30\"\n", hour, hour + 1));
        if (random.nextInt(7) == 0) {
            y.append("repeat: 毎月第").append(1 + (date.getDayOfMonth() - 1) / 7)
                    .append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.JAPANESE))
                    .append("\ncount: ").append(3 + random.nextInt(10)).append('\n');
        }
        y.append("place:\n  venue: ").append(q(g.area + pick(VENUES))).append('\n');
        y.append("fee: ").append(random.nextBoolean() ? "無料" : (1 + random.nextInt(5)) * 100 + "円").append('\n');
        y.append("capacity: ").append(10 + random.nextInt(40)).append('\n');
        y.append("summary: ").append(q(g.name + "の" + kind.text + "です。" + g.theme.text + "に関心のある方はどなたでもどうぞ。"))
                .append('\n');
        y.append("description: |\n").append(indent(g.name + "が開く" + title.text + "です。"
                + "はじめての方にも分かるように、" + g.theme.text + "の基本からお話しします。\n\n"
                + "動きやすい服装でおいでください。お子さん連れの方も歓迎します。\n"));
        return y.toString();
    }

    private String call(SampleGroup g) {
        LocalDate posted = LocalDate.of(2026, 4, 1).plusDays(random.nextInt(230));
        Word title = join(g.theme, random.nextBoolean() ? new Word("のお手伝い", "のおてつだい")
                : new Word("のボランティア募集", "のぼらんてぃあぼしゅう"));
        return "title: " + q(title.text) + "\nkana: " + q(title.kana) + "\ngroup: " + g.slug
                + "\nrole: " + q(g.name + "の活動で、" + g.theme.text + "の準備と受付をお願いします。")
                + "\nschedule:\n  dates: [" + posted.plusDays(20 + random.nextInt(40)) + "]\n"
                + "  start: \"10:00\"\n  end: \"12:00\"\n"
                + "place:\n  venue: " + q(g.area + pick(VENUES)) + "\n"
                + "people: " + (1 + random.nextInt(10)) + "\nwelcome: [初心者歓迎, 1回だけの参加OK]\n"
                + "apply:\n  method: センターの窓口か電話でお申し込みください。\n  phone: 03-0000-0000\n"
                + "posted: " + posted + "\nuntil: " + posted.plusDays(30 + random.nextInt(120)) + "\n";
    }

    private String grant(int i) {
        Field field = pick(FIELDS);
        Word theme = pick(field.themes);
        LocalDate opens = LocalDate.of(2026, 4, 1).plusDays(random.nextInt(300));
        int limit = 5 + random.nextInt(46);
        return "name: " + q("さくら市" + theme.text + "活動助成 第" + i + "号") + "\n"
                + "kana: " + q("さくらし" + theme.kana + "かつどうじょせい だい" + i + "ごう") + "\n"
                + "provider: さくら市\nprovider_kind: 市区町村\n"
                + "purpose: " + q(theme.text + "に取り組む市民活動団体の事業を応援します。") + "\n"
                + "summary: " + q(theme.text + "の活動に上限" + limit + "万円。") + "\n"
                + "amount:\n  limit: " + limit + "万円\n  rate: 1/2\n"
                + "eligible: 市内で活動する5人以上の団体\n"
                + "categories: [" + field.name + "]\n"
                + "rounds:\n  - opens: " + opens + "\n    closes: " + opens.plusDays(30 + random.nextInt(30)) + "\n";
    }

    private String news(SampleGroup g, LocalDate date) {
        return "---\ntitle: " + q(g.name + "の活動を紹介します") + "\ndate: " + date + "\n---\n"
                + g.area + "で活動する" + g.name + "を訪ねました。" + g.theme.text + "の活動を"
                + "長く続けてきた会員のみなさんに、はじめたきっかけと、これからのことを伺いました。\n\n"
                + "見学の申し込みは、センターの窓口で受け付けています。\n";
    }

    private static List<List<Word>> vocabulary() {
        List<List<Word>> all = new ArrayList<>();
        FIELDS.forEach(f -> all.add(f.themes));
        all.add(NICKNAMES);
        all.add(SUFFIXES);
        all.add(EVENT_KINDS);
        return all;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static Word join(Word a, Word b) {
        return new Word(a.text + b.text, a.kana + b.kana);
    }

    private static Field field(String slug, String name, String themes) {
        return new Field(slug, name, words(themes));
    }

    private static List<Word> words(String pairs) {
        List<Word> out = new ArrayList<>();
        for (String pair : pairs.split(" ")) {
            String[] p = pair.replace('_', ' ').split(":");
            out.add(new Word(p[0], p[1]));
        }
        return List.copyOf(out);
    }

    /** A YAML double-quoted scalar. */
    public static String q(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A text indented by two spaces, for a YAML block. */
    public static String indent(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                b.append("  ").append(line);
            }
            b.append('\n');
        }
        return b.toString().stripTrailing() + "\n";
    }

    /** Writes a file of a site, making its folders. */
    public static void writeFile(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
