package org.tsunagu.issues;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tsunagu.core.load.Binder;
import org.tsunagu.core.load.Choice;
import org.tsunagu.core.load.Email;
import org.tsunagu.core.load.Fee;
import org.tsunagu.core.load.Phone;
import org.tsunagu.core.load.WebUrl;
import org.tsunagu.core.load.YamlWriter;
import org.tsunagu.events.Event;
import org.tsunagu.groups.Group;
import org.tsunagu.opportunities.Opportunity;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;
import org.tsunagu.site.Taxonomy;

/**
 * A GitHub issue form ({@code .github/ISSUE_TEMPLATE/<kind>.yml}) through which a group asks for
 * its information, an event or a call for volunteers to be put on the site, made from the same
 * record classes and {@code @Field} annotations as the checks and the JSON Schema, so that the
 * form can never ask for other than what the file holds.
 *
 * <p>Each question's id is the field's YAML key, with a hyphen between the keys of a nested
 * field ({@code activity.days} → {@code activity-days}); its label is the field's Japanese title,
 * after its parent's for a nested field (活動の様子：活動日). Required marks follow the record:
 * a field is required in the form when it and every field it is inside are required. The site's
 * own activity fields and areas are offered as choices, as are the choices of the record
 * (団体の種類, 歓迎する人 …).
 *
 * <p>Some fields are left out of the forms ({@link Kind#leftOut()}): pictures (a form cannot
 * take the files; the centre adds them), the centre's own dates ({@code registered},
 * {@code confirmed}), and {@code contact.public}, which {@link IssueImport} makes from the contact
 * details the group writes in the form: an issue can be read by anyone, so everything written in
 * it is public, and the form says so.
 */
public final class IssueForm {

    /** The label every form gives its issues, on which the workflow acts. */
    public static final String REQUEST_LABEL = "掲載依頼";

    /** How a question is asked. */
    public enum Input {
        INPUT, TEXTAREA, DROPDOWN, MULTI_DROPDOWN, CHECKBOXES
    }

    /**
     * One question of the form: a field of the record.
     *
     * @param path the YAML keys from the record's top ({@code [activity, days]})
     * @param valueType the field's type, or its items' type for a list
     * @param list whether the field holds a list
     * @param options the choices of a dropdown or checkboxes, as shown and as written in the file
     */
    public record Question(String id, List<String> path, String label, String description, String placeholder,
                           Input input, List<String> options, boolean required, Class<?> valueType, boolean list) {
        public String key() {
            return String.join(".", path);
        }
    }

    /**
     * A kind of record that can be asked for through an issue.
     *
     * @param name the record kind, also the form's file name ({@code group})
     * @param folder the record folder under {@code data/} ({@code groups})
     * @param title the form's name, as GitHub lists it (団体情報の登録・更新)
     * @param prefix the start of the title of the issues it opens ({@code [団体情報]})
     * @param label the label of its issues beside {@link #REQUEST_LABEL}
     * @param leftOut the fields the form does not ask for (keys with dots)
     */
    public record Kind(String name, String folder, Class<? extends Record> type, String title, String description,
                       String prefix, String label, String nameKey, List<String> leftOut) {
    }

    public static final List<Kind> KINDS = List.of(
            new Kind("group", "groups", Group.class, "団体情報の登録・更新",
                    "センターのサイトに団体を載せる、または載っている団体情報を新しくするときに使います。", "[団体情報]", "団体情報",
                    "name", List.of("logo", "photos", "registered", "confirmed", "contact.public")),
            new Kind("event", "events", Event.class, "イベント掲載",
                    "センターのサイトの行事カレンダーに、イベント・行事を載せるときに使います。", "[イベント]", "イベント",
                    "title", List.of()),
            new Kind("opportunity", "opportunities", Opportunity.class, "募集掲載",
                    "ボランティアや手伝ってくれる人の募集を、センターのサイトに載せるときに使います。", "[募集]", "ボランティア募集",
                    "title", List.of()));

    /** More help for some questions than the field's title gives, by key. */
    private static final Map<String, String> HELP = Map.ofEntries(
            Map.entry("kana", "ひらがなで書きます。五十音順の並びに使います。書かないと名前から推定します。"),
            Map.entry("name", "正式な団体名を書きます。すでに載っている団体の更新では、載っている名前と同じに書きます。"),
            Map.entry("summary", "一覧に出る、ひとことの紹介です。"),
            Map.entry("description", "くわしい紹介です。段落の間は1行あけます。`## 見出し` や `- 箇条書き` も使えます（Markdown）。"),
            Map.entry("contact.person", "ここに書いた連絡先は、サイトに載ります。"),
            Map.entry("contact.phone", "ここに書いた連絡先は、サイトに載ります。"),
            Map.entry("contact.email", "ここに書いた連絡先は、サイトに載ります。"),
            Map.entry("contact.address", "ここに書いた連絡先は、サイトに載ります。"),
            Map.entry("organiser", "主催する団体の名前を書きます。センターの主催なら centre と書きます。"),
            Map.entry("group", "募集する団体の名前を書きます。センターの募集なら centre と書きます。"),
            Map.entry("co_organisers", "共催・協力する団体や機関を、1行に1つずつ書きます。"),
            Map.entry("repeat", "くり返す行事のとき、チラシに書くような言葉で書きます（毎週水曜、毎月第2土曜 など）。"),
            Map.entry("date", "くり返す行事は、最初の回の日付です。"),
            Map.entry("posted", "この日からサイトに載ります。"));

    /** Labels put in the words of the people filling in the form, where the field's title speaks of files. */
    private static final Map<String, String> LABELS = Map.of(
            "organiser", "主催する団体",
            "group", "募集する団体",
            "description", "くわしい紹介");

    private final Kind kind;
    private final List<Question> questions;

    private IssueForm(Kind kind, List<Question> questions) {
        this.kind = kind;
        this.questions = List.copyOf(questions);
    }

    public Kind kind() {
        return kind;
    }

    public List<Question> questions() {
        return questions;
    }

    public static Optional<Kind> kind(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The form of a kind of record, offering the site's activity fields and areas as choices. */
    public static IssueForm of(Kind kind, Taxonomy taxonomy) {
        List<Question> questions = new ArrayList<>();
        collect(kind, kind.type(), List.of(), "", true, taxonomy, questions);
        Set<String> labels = new HashSet<>();
        for (Question q : questions) {
            if (!labels.add(q.label())) {
                throw new IllegalStateException(kind.name() + ": two questions are labelled " + q.label());
            }
        }
        return new IssueForm(kind, questions);
    }

    private static void collect(Kind kind, Class<?> type, List<String> parent, String parentLabel, boolean parentRequired,
                                Taxonomy taxonomy, List<Question> out) {
        for (Binder.FieldInfo f : Binder.fields(type)) {
            List<String> path = new ArrayList<>(parent);
            path.add(f.key());
            String key = String.join(".", path);
            if (kind.leftOut().contains(key)) {
                continue;
            }
            Type generic = f.component().getGenericType();
            boolean list = f.component().getType() == List.class;
            Class<?> raw = list ? raw(((ParameterizedType) generic).getActualTypeArguments()[0]) : f.component().getType();
            String title = parent.isEmpty() ? LABELS.getOrDefault(key, f.ja()) : f.ja();
            String label = parentLabel.isEmpty() ? title : parentLabel + "：" + title;
            boolean required = parentRequired && f.required();
            if (raw.isRecord() && !org.tsunagu.core.load.Schema.scalarRecord(raw)) {
                if (list) {
                    throw new IllegalStateException(kind.name() + ": a form cannot ask for the list " + key
                            + "; leave it out of the form");
                }
                collect(kind, raw, path, f.ja(), required, taxonomy, out);
                continue;
            }
            out.add(question(f, path, label, required, raw, list, taxonomy));
        }
    }

    private static Question question(Binder.FieldInfo f, List<String> path, String label, boolean required,
                                     Class<?> raw, boolean list, Taxonomy taxonomy) {
        String key = String.join(".", path);
        String id = String.join("-", path);
        List<String> options = List.of();
        Input input;
        if (raw.isEnum() && Choice.class.isAssignableFrom(raw)) {
            input = list ? Input.CHECKBOXES : Input.DROPDOWN;
            options = java.util.Arrays.stream(raw.getEnumConstants()).map(c -> ((Choice) c).label()).toList();
        } else if (raw == boolean.class || raw == Boolean.class) {
            input = Input.DROPDOWN;
            options = List.of("はい", "いいえ");
        } else if (key.equals("categories") && taxonomy != null) {
            input = Input.MULTI_DROPDOWN;
            options = taxonomy.categories().stream().map(Category::name).toList();
        } else if (key.equals("area") && taxonomy != null) {
            input = Input.DROPDOWN;
            options = taxonomy.areas().stream().map(Area::name).toList();
        } else if (list || (raw == String.class && f.maxLength() > 200)) {
            input = Input.TEXTAREA;
        } else {
            input = Input.INPUT;
        }
        List<String> about = new ArrayList<>();
        if (HELP.containsKey(key)) {
            about.add(HELP.get(key));
        }
        if (raw == LocalDate.class) {
            about.add("2026-07-25 の形で書きます（2026年7月25日 も読めます）。");
        } else if (raw == LocalTime.class) {
            about.add("13:30 のように24時間制で書きます。");
        } else if (raw == Phone.class) {
            about.add("042-000-0000 の形で書きます。");
        } else if (raw == WebUrl.class) {
            about.add("https:// で始まるアドレスを書きます。");
        } else if (raw == Email.class) {
            about.add("info@example.jp の形で書きます。");
        } else if (raw == Fee.class) {
            about.add("無料、500円 など。");
        }
        if (list && input == Input.TEXTAREA) {
            about.add("1行に1つずつ書きます。");
        }
        if (input == Input.MULTI_DROPDOWN) {
            about.add("あてはまるものをすべて選びます。");
        }
        if (input == Input.CHECKBOXES) {
            about.add("あてはまるものに印を付けます。");
        }
        if (f.maxLength() > 0 && raw == String.class && !list) {
            about.add(f.maxLength() + " 文字まで。");
        }
        about.add("（ファイルの項目: `" + key + "`）");
        String placeholder = input == Input.INPUT || input == Input.TEXTAREA ? placeholder(f.example(), list) : "";
        return new Question(id, List.copyOf(path), label, String.join("", about), placeholder, input, options,
                required, raw, list);
    }

    /** The example of a field as one would type it in the form: no quotes, one item a line. */
    private static String placeholder(String example, boolean list) {
        String e = example.strip();
        if (e.startsWith("\"") && e.endsWith("\"") && e.length() > 1) {
            e = e.substring(1, e.length() - 1);
        }
        if (e.startsWith("[") && e.endsWith("]")) {
            e = String.join(list ? "\n" : ", ", java.util.Arrays.stream(e.substring(1, e.length() - 1).split(","))
                    .map(String::strip).toList());
        }
        return e.isEmpty() ? "" : "例: " + e;
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    /** The folder of a repository in which GitHub looks for issue forms. */
    public static final String FOLDER = ".github/ISSUE_TEMPLATE";

    /**
     * Every form of a site, and the {@code config.yml} that goes with them, by file name: what
     * {@code tsunagu issue-forms} writes into {@value #FOLDER}. Empty when the site's settings
     * cannot be read (the diagnostics say why).
     */
    public static Optional<Map<String, String>> files(org.tsunagu.core.build.BuildOptions options,
                                                      org.tsunagu.core.check.Diagnostics diagnostics) {
        var sources = org.tsunagu.core.build.Loader.load(options.siteDir(), diagnostics);
        return org.tsunagu.core.build.Checker.check(sources, options, diagnostics).map(content -> {
            Map<String, String> files = new LinkedHashMap<>();
            for (Kind k : KINDS) {
                files.put(k.name() + ".yml", of(k, content.taxonomy()).yaml());
            }
            files.put("config.yml", config(content.site()));
            return files;
        });
    }

    /** Blank issues stay possible (for the staff); the centre's own address is offered beside the forms. */
    private static String config(org.tsunagu.site.SiteConfig site) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("name", site.name());
        link.put("url", site.root() + "/");
        link.put("about", "用紙で書きにくいこと、公開しない連絡先は、センターに直接お知らせください"
                + (site.phone() == null ? "" : "（電話 " + site.phone().value() + "）") + "。");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("blank_issues_enabled", new YamlWriter.Plain("true"));
        config.put("contact_links", List.of(link));
        return "# Made by `tsunagu issue-forms` from data/site.yaml.\n" + YamlWriter.write(config);
    }

    /** The question with this label. */
    public Optional<Question> byLabel(String label) {
        return questions.stream().filter(q -> q.label().equals(label)).findFirst();
    }

    /** The issue form as GitHub reads it from {@code .github/ISSUE_TEMPLATE/<kind>.yml}. */
    public String yaml() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", kind.title());
        form.put("description", kind.description());
        form.put("title", kind.prefix());
        form.put("labels", List.of(REQUEST_LABEL, kind.label()));
        List<Object> body = new ArrayList<>();
        Map<String, Object> intro = new LinkedHashMap<>();
        intro.put("type", "markdown");
        intro.put("attributes", Map.of("value", intro()));
        body.add(intro);
        for (Question q : questions) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", switch (q.input()) {
                case INPUT -> "input";
                case TEXTAREA -> "textarea";
                case DROPDOWN, MULTI_DROPDOWN -> "dropdown";
                case CHECKBOXES -> "checkboxes";
            });
            item.put("id", q.id());
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("label", q.label());
            attributes.put("description", q.description());
            if (!q.placeholder().isEmpty()) {
                attributes.put("placeholder", q.placeholder());
            }
            if (q.input() == Input.MULTI_DROPDOWN) {
                attributes.put("multiple", new YamlWriter.Plain("true"));
            }
            if (q.input() == Input.CHECKBOXES) {
                attributes.put("options", q.options().stream().map(o -> Map.of("label", o)).toList());
            } else if (!q.options().isEmpty()) {
                attributes.put("options", q.options());
            }
            item.put("attributes", attributes);
            if (q.required()) {
                item.put("validations", Map.of("required", new YamlWriter.Plain("true")));
            }
            body.add(item);
        }
        form.put("body", body);
        return "# Made by `tsunagu issue-forms` from the record classes and data/categories.yaml, data/areas.yaml;\n"
                + "# edit those and run it again rather than editing this file.\n" + YamlWriter.write(form);
    }

    private String intro() {
        List<String> lines = new ArrayList<>();
        lines.add("この用紙に書いた内容から、センターの職員がサイトに載せる準備をします（内容を確かめてから載せます）。");
        lines.add("");
        lines.add("**このページ（イシュー）は誰でも読めます。** 公開してよいことだけを書いてください。"
                + "公開しない連絡先（担当者の自宅の電話など）は、センターに直接お知らせください。");
        if (kind.name().equals("group")) {
            lines.add("");
            lines.add("すでに載っている団体の更新では、変えるところだけを書けば、書かなかった項目は今のまま残ります。"
                    + "ロゴや写真は、この用紙では受け付けていません。センターにお送りください。");
        }
        lines.add("");
        lines.add("* の付いた項目は必ず書いてください。");
        return String.join("\n", lines) + "\n";
    }
}
