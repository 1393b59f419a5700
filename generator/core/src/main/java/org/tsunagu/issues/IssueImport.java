package org.tsunagu.issues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.Checker;
import org.tsunagu.core.build.Loader;
import org.tsunagu.core.build.Schemas;
import org.tsunagu.core.build.Sources;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.Messages;
import org.tsunagu.core.load.Binder;
import org.tsunagu.core.load.JapaneseDates;
import org.tsunagu.core.load.JapaneseTimes;
import org.tsunagu.core.load.SourceFile;
import org.tsunagu.core.load.Slugs;
import org.tsunagu.core.load.TextDecoder;
import org.tsunagu.core.load.YamlNode;
import org.tsunagu.core.load.YamlReader;
import org.tsunagu.core.load.YamlWriter;
import org.tsunagu.core.load.YamlWriter.Plain;
import org.tsunagu.groups.Kana;
import org.tsunagu.site.SiteConfig;

/**
 * Turns the body of an issue opened with one of the {@link IssueForm}s into a record file: reads
 * the answers under their {@code ### label} headings, writes them as tidy YAML in
 * {@code data/<kind>/<slug>.yaml}, and checks the file with the rest of the site exactly as
 * {@code tsunagu check} would, before writing anything. A problem is reported at the line of
 * the issue that holds the answer.
 *
 * <p>An existing file is only replaced on request ({@code update}); the fields the form does not
 * ask for or that were left empty then keep their values: private contact details, pictures,
 * the registration date, the comments at the top of the file.
 */
public final class IssueImport {

    /** What GitHub writes for a question left empty. */
    public static final String NO_RESPONSE = "_No response_";

    private static final Pattern HEADING = Pattern.compile("^###\\s+(.+?)\\s*$");
    private static final Pattern CHECKED = Pattern.compile("^\\s*[-*]\\s*\\[[xX]\\]\\s*(.+?)\\s*$");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\r?\\n|[、，,]");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*・]\\s+|[・])");
    private static final List<String> CONTACTS = List.of("person", "phone", "email", "address");

    /** What became of the request. */
    public enum Outcome {
        /** The file was written. */
        WRITTEN,
        /** The answers make a file with errors; nothing was written. */
        INVALID,
        /** Nothing was tried: the file exists and no update was asked for, or no file name could be made. */
        REFUSED
    }

    /**
     * The outcome, the file (relative to the site) and its text, the diagnostics (at the lines
     * of the issue when they come from an answer), and for a refusal its message key and arguments.
     */
    public record Result(Outcome outcome, String file, String text, List<Diagnostic> diagnostics, String refusal,
                         List<Object> refusalArgs) {
    }

    /** One answer: its text as written, and the line of the issue it starts on. */
    public record Answer(String text, int line) {
    }

    private final BuildOptions options;
    private final IssueForm form;
    private final String body;
    private final String bodyName;

    private IssueImport(BuildOptions options, IssueForm.Kind kind, String body, String bodyName) {
        this.options = options;
        this.form = IssueForm.of(kind, null);
        this.body = body.replace("\r\n", "\n").replace('\r', '\n');
        this.bodyName = bodyName;
    }

    /**
     * Reads the issue and writes its record into the site of {@code options}, unless it has errors.
     *
     * @param bodyName how the issue is named in diagnostics (its file name, or {@code issue})
     * @param slug the file name to use, or null to take the existing record's of the same name, or
     *             else to make one from the reading
     * @param update whether an existing file may be replaced
     */
    public static Result run(BuildOptions options, IssueForm.Kind kind, String body, String bodyName, String slug,
                             boolean update) throws IOException {
        return new IssueImport(options, kind, body, bodyName).run(slug, update);
    }

    /**
     * The kind of record an issue asks for: from its labels, else the start of its title, else the
     * form whose questions its headings answer.
     */
    public static Optional<IssueForm.Kind> detect(List<String> labels, String title, String body) {
        for (IssueForm.Kind k : IssueForm.KINDS) {
            if (labels.stream().anyMatch(l -> l.strip().equals(k.label()) || l.strip().equals(k.name()))) {
                return Optional.of(k);
            }
        }
        for (IssueForm.Kind k : IssueForm.KINDS) {
            if (title != null && title.strip().startsWith(k.prefix().strip())) {
                return Optional.of(k);
            }
        }
        IssueForm.Kind best = null;
        long most = 0;
        for (IssueForm.Kind k : IssueForm.KINDS) {
            long n = answers(IssueForm.of(k, null), body.replace("\r\n", "\n")).size();
            if (n > most) {
                most = n;
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The answers of an issue by question label, empty ones left out. */
    static Map<String, Answer> answers(IssueForm form, String body) {
        Map<String, Answer> out = new LinkedHashMap<>();
        String[] lines = body.split("\n", -1);
        String label = null;
        int headingLine = 0;
        List<String> text = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= lines.length; i++) {
            Matcher m = i < lines.length ? HEADING.matcher(lines[i]) : null;
            boolean heading = i == lines.length || (m.matches() && form.byLabel(m.group(1)).isPresent());
            if (heading) {
                if (label != null) {
                    String answer = String.join("\n", text).strip();
                    out.put(label, new Answer(answer.equals(NO_RESPONSE) ? "" : answer,
                            first > 0 ? first : headingLine));
                }
                if (i < lines.length) {
                    label = m.group(1);
                    headingLine = i + 1;
                    text = new ArrayList<>();
                    first = 0;
                }
            } else if (label != null) {
                if (first == 0 && !lines[i].isBlank()) {
                    first = i + 1;
                }
                text.add(lines[i]);
            }
        }
        return out;
    }

    private Result run(String slugOption, boolean update) throws IOException {
        Path site = options.siteDir();
        Diagnostics loading = new Diagnostics();
        Sources sources = Loader.load(site, loading);
        Map<String, Answer> answers = answers(form, body);

        // The answers as a tree of fields, and the line of the issue each came from.
        Map<String, Object> fromForm = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (IssueForm.Question q : form.questions()) {
            Answer a = answers.get(q.label());
            if (a == null || a.text().isEmpty()) {
                Answer empty = answers.get(q.label());
                lines.put(q.key(), empty == null ? 0 : empty.line());
                continue;
            }
            Object value = value(q, a.text());
            if (!YamlWriter.isEmpty(value)) {
                put(fromForm, q.path(), value);
            }
            lines.put(q.key(), a.line());
        }

        // Which file.
        List<Sources.Yaml> existing = records(sources);
        String name = answers.containsKey(labelOf(form.kind().nameKey()))
                ? answers.get(labelOf(form.kind().nameKey())).text() : "";
        String slug = slugOption;
        Sources.Yaml current = null;
        if (slug == null) {
            current = existing.stream().filter(y -> same(text(y.root(), form.kind().nameKey()), name)).findFirst()
                    .orElse(null);
            slug = current != null ? current.file().baseName() : derive(answers, name, existing);
            if (slug == null) {
                return refused("import.noSlug");
            }
        } else {
            String s = slug;
            current = existing.stream().filter(y -> y.file().baseName().equals(s)).findFirst().orElse(null);
        }
        if (!Slugs.isValid(slug)) {
            return refused("import.badSlug", slug, Slugs.suggest(slug));
        }
        String rel = current != null ? current.file().relativePath()
                : "data/" + form.kind().folder() + "/" + slug + ".yaml";
        if (current == null && Files.exists(site.resolve(rel))) {
            return refused("import.unreadable", rel); // a file of the name the loader could not read
        }
        if (current != null && !update) {
            return refused("import.exists", rel);
        }

        // With an update: the file's fields, the form's answers over them.
        Map<String, Object> tree = new LinkedHashMap<>();
        List<String> comments = new ArrayList<>();
        if (current != null) {
            if (current.root() instanceof YamlNode.Mapping m) {
                tree = tree(m);
            }
            for (String l : current.file().text().split("\r?\n")) {
                if (!l.startsWith("#")) {
                    break;
                }
                if (!l.startsWith("# yaml-language-server:")) {
                    comments.add(l);
                }
            }
        }
        if (form.kind().name().equals("group")) {
            publishContacts(fromForm, tree);
            // The group itself has just told the centre its information: that is a confirmation.
            if (current == null) {
                fromForm.put("registered", new Plain(options.buildDate().toString()));
            }
            fromForm.put("confirmed", new Plain(options.buildDate().toString()));
        }
        groupSlugs(fromForm, sources);
        overlay(tree, fromForm);
        Map<String, Object> ordered = order(tree, form.kind().type());

        // The file, checked with the rest of the site as the check would.
        StringBuilder header = new StringBuilder();
        String root = root(sources);
        if (root != null) {
            header.append("# yaml-language-server: $schema=").append(Schemas.address(root, form.kind().name())).append('\n');
        }
        comments.forEach(c -> header.append(c).append('\n'));
        YamlWriter.Written written = YamlWriter.written(ordered);
        String text = header + written.text();
        int offset = (int) header.chars().filter(c -> c == '\n').count();

        Diagnostics checking = new Diagnostics();
        Optional<SourceFile> file = TextDecoder.decode(rel, text.getBytes(StandardCharsets.UTF_8), checking);
        Optional<YamlNode> node = file.flatMap(f -> YamlReader.read(f, checking));
        if (node.isPresent()) {
            Checker.check(with(sources, new Sources.Yaml(file.get(), node.get())), options, checking);
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (Diagnostic d : checking.list()) {
            if (d.file().equals(rel)) {
                problems.add(toIssue(d, written.linePaths(), offset, lines));
            }
        }
        problems.sort(Comparator.comparing((Diagnostic d) -> !d.isError()).thenComparingInt(d -> d.line() == 0
                ? Integer.MAX_VALUE : d.line()));
        if (problems.stream().anyMatch(Diagnostic::isError) || node.isEmpty()) {
            return new Result(Outcome.INVALID, rel, text, problems, null, List.of());
        }
        Path target = site.resolve(rel);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + slug, ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Result(Outcome.WRITTEN, rel, text, problems, null, List.of());
    }

    private Result refused(String key, Object... args) {
        return new Result(Outcome.REFUSED, null, null, List.of(), key, List.of(args));
    }

    private String labelOf(String key) {
        return form.questions().stream().filter(q -> q.key().equals(key)).map(IssueForm.Question::label)
                .findFirst().orElse("");
    }

    private List<Sources.Yaml> records(Sources s) {
        return switch (form.kind().name()) {
            case "group" -> s.groups();
            case "event" -> s.events();
            default -> s.opportunities();
        };
    }

    /** The site's sources with the new or changed file in place of the old one. */
    private Sources with(Sources s, Sources.Yaml file) {
        List<Sources.Yaml> list = new ArrayList<>(records(s).stream()
                .filter(y -> !y.file().relativePath().equals(file.file().relativePath())).toList());
        list.add(file);
        list.sort(Comparator.comparing(y -> y.file().relativePath()));
        List<Sources.Yaml> l = List.copyOf(list);
        return switch (form.kind().name()) {
            case "group" -> new Sources(s.site(), s.categories(), s.areas(), s.dictionary(), l, s.events(),
                    s.opportunities(), s.grants(), s.pages(), s.news(), s.newsletters(), s.contentFiles());
            case "event" -> new Sources(s.site(), s.categories(), s.areas(), s.dictionary(), s.groups(), l,
                    s.opportunities(), s.grants(), s.pages(), s.news(), s.newsletters(), s.contentFiles());
            default -> new Sources(s.site(), s.categories(), s.areas(), s.dictionary(), s.groups(), s.events(),
                    l, s.grants(), s.pages(), s.news(), s.newsletters(), s.contentFiles());
        };
    }

    /** The site's address without a trailing slash, for the schema line; null when the settings do not say. */
    private String root(Sources sources) {
        if (options.baseUrl() != null) {
            String u = options.baseUrl();
            return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
        }
        return sources.site().flatMap(y -> Binder.bind(SiteConfig.class, y.root(), y.file().relativePath(),
                new Diagnostics())).map(b -> b.value().root()).orElse(null);
    }

    /** A file name from the reading given, or else read from the name: かわのかい → kawanokai. */
    private String derive(Map<String, Answer> answers, String name, List<Sources.Yaml> existing) {
        Answer kana = answers.get(labelOf("kana"));
        String reading = kana != null && !kana.text().isEmpty() ? kana.text() : name.isEmpty() ? "" : Kana.derive(name);
        String base = Romaji.of(reading);
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-[^-]*$|-$", "");
        }
        if (base.isEmpty()) {
            return null;
        }
        Set<String> taken = new java.util.HashSet<>();
        existing.forEach(y -> taken.add(y.file().baseName()));
        String slug = base;
        for (int n = 2; taken.contains(slug) || Files.exists(options.siteDir().resolve("data/" + form.kind().folder()
                + "/" + slug + ".yaml")); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static boolean same(String a, String b) {
        return a != null && !b.isEmpty() && normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static String text(YamlNode root, String key) {
        if (root instanceof YamlNode.Mapping m && m.entry(key) != null && m.entry(key).value() instanceof YamlNode.Scalar s) {
            return s.text();
        }
        return null;
    }

    /** An answer as the value of its field. */
    static Object value(IssueForm.Question q, String text) {
        switch (q.input()) {
            case CHECKBOXES -> {
                List<Object> checked = new ArrayList<>();
                for (String l : text.split("\n")) {
                    Matcher m = CHECKED.matcher(l);
                    if (m.matches()) {
                        checked.add(m.group(1));
                    }
                }
                return checked;
            }
            case DROPDOWN -> {
                if (q.valueType() == boolean.class || q.valueType() == Boolean.class) {
                    return text.equals("はい") ? new Plain("true") : text.equals("いいえ") ? new Plain("false") : text;
                }
                return text;
            }
            default -> {
                if (q.list()) {
                    List<Object> items = new ArrayList<>();
                    for (String item : LIST_SPLIT.split(text)) {
                        String s = BULLET.matcher(item).replaceFirst("").strip();
                        if (!s.isEmpty()) {
                            items.add(scalar(q.valueType(), s));
                        }
                    }
                    return items;
                }
                return scalar(q.valueType(), text);
            }
        }
    }

    /** One value as the file holds it: dates and times in their usual form, numbers plain. */
    private static Object scalar(Class<?> type, String text) {
        String s = text.strip();
        if (type == java.time.LocalDate.class) {
            JapaneseDates.Result r = JapaneseDates.parse(s);
            return r.ok() ? new Plain(r.date().toString()) : s;
        }
        if (type == java.time.LocalTime.class) {
            JapaneseTimes.Result r = JapaneseTimes.parse(s);
            return r.ok() ? r.time().format(DateTimeFormatter.ofPattern("HH:mm")) : s;
        }
        if (type == Integer.class || type == int.class || type == Double.class) {
            String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace(",", "");
            return n.matches("[0-9]+(\\.[0-9]+)?") ? new Plain(n) : s;
        }
        return s;
    }

    /** A group named in the answers as it is named on the site (川づくり・清瀬の会) is written by its file name. */
    private void groupSlugs(Map<String, Object> fromForm, Sources sources) {
        Map<String, String> slugs = new LinkedHashMap<>();
        for (Sources.Yaml g : sources.groups()) {
            String n = text(g.root(), "name");
            if (n != null) {
                slugs.putIfAbsent(normal(n), g.file().baseName());
            }
        }
        for (String key : List.of("organiser", "group", "co_organisers")) {
            Object v = fromForm.get(key);
            if (v instanceof String s && slugs.containsKey(normal(s))) {
                fromForm.put(key, slugs.get(normal(s)));
            } else if (v instanceof List<?> l) {
                fromForm.put(key, l.stream().map(o -> o instanceof String s && slugs.containsKey(normal(s))
                        ? (Object) slugs.get(normal(s)) : o).toList());
            }
        }
    }

    /**
     * Everything written in an issue is public, so the contact details the group writes in the
     * form are the ones to publish; on an update, those already published stay so.
     */
    @SuppressWarnings("unchecked")
    private static void publishContacts(Map<String, Object> fromForm, Map<String, Object> existing) {
        Map<String, Object> given = (Map<String, Object>) fromForm.get("contact");
        if (given == null) {
            return;
        }
        Set<String> publish = new LinkedHashSet<>();
        if (existing.get("contact") instanceof Map<?, ?> old && old.get("public") instanceof List<?> l) {
            l.forEach(o -> publish.add(String.valueOf(o instanceof Plain p ? p.text() : o)));
        }
        CONTACTS.stream().filter(given::containsKey).forEach(publish::add);
        given.put("public", CONTACTS.stream().filter(publish::contains).map(c -> (Object) c).toList());
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, List<String> path, Object value) {
        Map<String, Object> at = tree;
        for (String key : path.subList(0, path.size() - 1)) {
            at = (Map<String, Object>) at.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
        }
        at.put(path.get(path.size() - 1), value);
    }

    /** The form's answers over the file's fields: a nested field at a time, the rest kept. */
    @SuppressWarnings("unchecked")
    private static void overlay(Map<String, Object> tree, Map<String, Object> answers) {
        for (Map.Entry<String, Object> e : answers.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> m && tree.get(e.getKey()) instanceof Map<?, ?> old) {
                overlay((Map<String, Object>) old, (Map<String, Object>) m);
            } else {
                tree.put(e.getKey(), e.getValue());
            }
        }
    }

    /** A file's mapping as a tree: texts stay texts, a plain number, date or yes/no stays plain. */
    private static Map<String, Object> tree(YamlNode.Mapping mapping) {
        Map<String, Object> out = new LinkedHashMap<>();
        mapping.entries().forEach((k, e) -> out.put(k, node(e.value())));
        return out;
    }

    private static Object node(YamlNode n) {
        if (n instanceof YamlNode.Mapping m) {
            return tree(m);
        }
        if (n instanceof YamlNode.Sequence s) {
            return s.items().stream().map(IssueImport::node).toList();
        }
        YamlNode.Scalar s = (YamlNode.Scalar) n;
        if (s.isNull()) {
            return null;
        }
        return s.plain() && s.text().indexOf('\n') < 0 && !YamlWriter.quoteIfNeeded(s.text(), false).equals(s.text())
                ? new Plain(s.text()) : s.text();
    }

    /** The tree in the order the record declares its fields; fields it does not know at the end. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> order(Map<String, Object> tree, Class<?> type) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Binder.FieldInfo f : Binder.fields(type)) {
            if (!tree.containsKey(f.key())) {
                continue;
            }
            Object v = tree.get(f.key());
            Class<?> raw = f.component().getType();
            if (v instanceof Map<?, ?> m && raw.isRecord()) {
                v = order((Map<String, Object>) m, raw);
            }
            out.put(f.key(), v);
        }
        tree.forEach(out::putIfAbsent);
        return out;
    }

    /** A diagnostic of the file moved to the line of the issue that holds the answer it concerns. */
    private Diagnostic toIssue(Diagnostic d, List<String> linePaths, int offset, Map<String, Integer> lines) {
        String path = null;
        if (d.key().equals("bind.required") && !d.args().isEmpty()) {
            path = String.valueOf(d.args().get(0));
        } else if (d.line() > offset && d.line() - offset <= linePaths.size()) {
            path = linePaths.get(d.line() - offset - 1);
        }
        int line = 0;
        if (path != null) {
            String p = path;
            line = lines.getOrDefault(p, 0);
            if (line == 0) {
                // A mapping (contact) points at the first of its answers.
                line = lines.entrySet().stream().filter(e -> e.getKey().startsWith(p + ".") && e.getValue() > 0)
                        .mapToInt(Map.Entry::getValue).min().orElse(0);
            }
        }
        return new Diagnostic(d.severity(), bodyName, line, 0, d.key(), d.args());
    }

    /**
     * The diagnostics for a person: the issue's line and the answer on it, what is wrong, how to
     * fix it, and which question of the form it is.
     */
    public static String format(List<Diagnostic> diagnostics, String body, IssueForm.Kind kind, Locale locale) {
        Messages m = Messages.get(locale);
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        IssueForm form = IssueForm.of(kind, null);
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            b.append(d.location()).append(": ").append(m.format(d.isError() ? "severity.error" : "severity.warning"))
                    .append(": ").append(d.message(locale)).append('\n');
            if (d.line() > 0 && d.line() <= lines.length) {
                b.append("  ").append(d.line()).append(" | ").append(lines[d.line() - 1]).append('\n');
                String question = question(form, lines, d.line());
                if (question != null) {
                    b.append("  ").append(m.format("import.question", question)).append('\n');
                }
            }
            String hint = d.hint(locale);
            if (!hint.isEmpty()) {
                b.append("  ").append(m.format("hint.label")).append(": ").append(hint).append('\n');
            }
        }
        return b.toString();
    }

    /** The question whose answer holds a line of the issue. */
    private static String question(IssueForm form, String[] lines, int line) {
        for (int i = line - 1; i >= 0; i--) {
            Matcher m = HEADING.matcher(lines[i]);
            if (m.matches() && form.byLabel(m.group(1)).isPresent()) {
                return m.group(1);
            }
        }
        return null;
    }
}
