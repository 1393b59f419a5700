package org.tsunagu.forms;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tsunagu.core.build.Output;
import org.tsunagu.core.load.Binder;
import org.tsunagu.core.load.Choice;
import org.tsunagu.core.load.Email;
import org.tsunagu.core.load.Phone;
import org.tsunagu.core.load.WebUrl;
import org.tsunagu.core.render.Emails;
import org.tsunagu.groups.CheckedGroup;
import org.tsunagu.groups.Group;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;
import org.tsunagu.site.Taxonomy;

/**
 * The forms of the site with which a group asks the centre to publish its information, an event
 * or a call for helpers, made from the same record classes as the checks and the JSON Schema, so
 * a form can never ask for a field the file does not take. The page builds the file in the
 * browser; nothing is sent anywhere until the person chooses how to hand it over.
 *
 * <p>Each group also has its current public values as a small JSON file, with which its page's
 * 「この情報の修正を依頼する」 fills the form. What the group did not publish (a private phone
 * number) is not in it.
 *
 * @param forms the forms, by kind ({@code group}, {@code event}, {@code opportunity})
 * @param groups the groups whose current values fill the form for a correction
 */
public record Forms(Map<String, Form> forms, List<CheckedGroup> groups) {

    /** The address of the forms' index page. */
    public static final String URL = "/forms/";

    /** A form for one kind of record. */
    public record Form(String kind, String folder, String url, List<FormField> fields) {

        /** Where the file goes in the repository, with {@code {slug}} for its name. */
        public String fileTemplate() {
            return "data/" + folder + "/{slug}.yaml";
        }
    }

    /** The kinds, in the order they are offered. */
    private static final List<String> KINDS = List.of("group", "event", "opportunity");

    /** Fields the forms leave out: pictures, the centre's own dates, map positions, changes after the fact. */
    private static final Map<String, Set<String>> LEFT_OUT = Map.of(
            "group", Set.of("logo", "photos", "registered", "confirmed"),
            "event", Set.of("co_organisers", "cancelled_dates", "status", "postponed_to",
                    "place.latitude", "place.longitude"),
            "opportunity", Set.of("status", "place.latitude", "place.longitude"));

    /** With {@code <}, {@code >}, {@code &} and {@code '} escaped, as every JSON file of the site. */
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(org.tsunagu.core.render.JsonLd.htmlSafeEscapes());
    }
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The forms for a site with these fields, areas and groups (the choices of organiser). */
    public static Forms build(Taxonomy taxonomy, List<CheckedGroup> groups) {
        List<FormField.Option> categories = taxonomy.categories().stream()
                .map((Category c) -> new FormField.Option(c.name(), c.name(), c.nameEn() == null ? c.name() : c.nameEn()))
                .toList();
        List<FormField.Option> areas = taxonomy.areas().stream()
                .map((Area a) -> new FormField.Option(a.name(), a.name(), a.name())).toList();
        List<FormField.Option> organisers = new ArrayList<>();
        organisers.add(new FormField.Option("centre", "センター（主催がセンターのとき）", "The centre"));
        groups.stream().sorted(java.util.Comparator.comparing(CheckedGroup::kana))
                .forEach(g -> organisers.add(new FormField.Option(g.slug(), g.group().name(), g.group().name())));
        Map<String, List<FormField.Option>> choices = Map.of(
                "categories", categories, "area", areas, "organiser", organisers, "group", organisers);

        Map<String, Form> forms = new LinkedHashMap<>();
        for (String kind : KINDS) {
            Class<?> type = org.tsunagu.core.build.Schemas.KINDS.get(kind).type();
            String folder = switch (kind) {
                case "group" -> "groups";
                case "event" -> "events";
                default -> "opportunities";
            };
            List<FormField> fields = new ArrayList<>();
            fields.add(new FormField("slug", "f-slug", "ファイル名（半角の英小文字・数字・ハイフン）",
                    "File name (lower-case letters, digits and hyphens)", "slug", true, 60,
                    kind.equals("group") ? "kawazukuri-kiyose" : "yanasegawa-chosa", List.of(), List.of()));
            fields.addAll(fields(type, "", LEFT_OUT.get(kind), choices));
            forms.put(kind, new Form(kind, folder, URL + kind + "/", List.copyOf(fields)));
        }
        return new Forms(java.util.Collections.unmodifiableMap(forms), List.copyOf(groups));
    }

    /** Each group's current values, for its correction form: made when the files are written. */
    public List<Output> prefills() {
        Form form = forms.get("group");
        return groups.stream().map(g -> new Output("forms/group/" + g.slug() + ".json", prefill(g, form))).toList();
    }

    /** The forms in the order they are offered. */
    public List<Form> list() {
        return List.copyOf(forms.values());
    }

    private static List<FormField> fields(Class<?> type, String prefix, Set<String> leftOut,
                                          Map<String, List<FormField.Option>> choices) {
        List<FormField> out = new ArrayList<>();
        for (Binder.FieldInfo f : Binder.fields(type)) {
            String path = prefix + f.key();
            if (leftOut.contains(path)) {
                continue;
            }
            out.add(field(f, path, f.component().getGenericType(), leftOut, choices));
        }
        return out;
    }

    private static FormField field(Binder.FieldInfo f, String path, Type generic, Set<String> leftOut,
                                   Map<String, List<FormField.Option>> choices) {
        String id = "f-" + path.replace('.', '-').replace('_', '-');
        Class<?> raw = raw(generic);
        String example = example(f.example());
        List<FormField.Option> options = List.of();
        List<FormField> children = List.of();
        String widget;
        if (path.equals("contact.public")) {
            widget = "checkboxes";
            options = Binder.fields(Group.Contact.class).stream().filter(c -> !c.key().equals("public"))
                    .map(c -> new FormField.Option(c.key(), c.ja(), c.en())).toList();
        } else if (choices.containsKey(path) && !choices.get(path).isEmpty()) {
            options = choices.get(path);
            widget = raw == List.class ? "checkboxes" : "select";
        } else if (raw == List.class) {
            Class<?> item = raw(((ParameterizedType) generic).getActualTypeArguments()[0]);
            if (item.isEnum() && Choice.class.isAssignableFrom(item)) {
                widget = "checkboxes";
                options = enumOptions(item);
            } else if (item == LocalDate.class) {
                widget = "dates";
            } else if (item == String.class || item == WebUrl.class) {
                widget = "lines";
            } else {
                throw new IllegalStateException("no form field for " + generic + " (" + path + ")");
            }
        } else if (raw.isEnum() && Choice.class.isAssignableFrom(raw)) {
            widget = "select";
            options = enumOptions(raw);
        } else if (raw.isRecord() && !org.tsunagu.core.load.Schema.scalarRecord(raw)) {
            widget = "group";
            children = fields(raw, path + ".", leftOut, choices);
        } else if (raw == boolean.class || raw == Boolean.class) {
            widget = "checkbox";
        } else if (raw == Integer.class || raw == int.class || raw == Double.class) {
            widget = "number";
        } else if (raw == LocalDate.class) {
            widget = "date";
        } else if (raw == LocalTime.class) {
            widget = "time";
        } else if (raw == Phone.class) {
            widget = "tel";
        } else if (raw == Email.class) {
            widget = "email";
        } else if (raw == WebUrl.class) {
            widget = "url";
        } else if (f.key().equals("kana")) {
            widget = "kana";
        } else if (raw == String.class && (f.maxLength() >= 200 || f.key().equals("description"))) {
            widget = "textarea";
        } else {
            widget = "text";
        }
        return new FormField(path, id, f.ja(), f.en(), widget, f.required(), f.maxLength(), example,
                List.copyOf(options), List.copyOf(children));
    }

    private static List<FormField.Option> enumOptions(Class<?> type) {
        List<FormField.Option> options = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
            Choice choice = (Choice) c;
            options.add(new FormField.Option(choice.label(), choice.label(), choice.labelEn()));
        }
        return options;
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    /** An example as a person would type it: without the quotes and brackets of YAML. */
    private static String example(String example) {
        String e = example.strip();
        if (e.startsWith("[") && e.endsWith("]")) {
            e = e.substring(1, e.length() - 1).replace(", ", "、");
        }
        if (e.startsWith("\"") && e.endsWith("\"") && e.length() >= 2) {
            e = e.substring(1, e.length() - 1);
        }
        return e;
    }

    /**
     * A group's current values for the form, in the file's shape: the fields the form has, and
     * of the contact only what the group publishes. An e-mail address is coded as on the pages.
     */
    static byte[] prefill(CheckedGroup g, Form form) {
        ObjectNode root = F.objectNode();
        root.put("slug", g.slug());
        Group.Contact contact = g.group().contact();
        Set<String> published = contact == null || contact.publish() == null ? Set.of() : Set.copyOf(contact.publish());
        fill(root, g.group(), form.fields(), "", published);
        try {
            return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fill(ObjectNode out, Object record, List<FormField> fields, String prefix, Set<String> published) {
        if (record == null) {
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Binder.FieldInfo f : Binder.fields(record.getClass())) {
            try {
                values.put(prefix + f.key(), f.component().getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        for (FormField field : fields) {
            if (!values.containsKey(field.path())) {
                continue;
            }
            Object v = values.get(field.path());
            String key = field.path().substring(prefix.length());
            if (prefix.equals("contact.") && !key.equals("public") && !published.contains(key)) {
                continue;
            }
            if (v == null) {
                continue;
            }
            if (field.isGroup()) {
                ObjectNode child = F.objectNode();
                fill(child, v, field.children(), field.path() + ".", published);
                if (!child.isEmpty()) {
                    out.set(key, child);
                }
            } else if (v instanceof List<?> list) {
                ArrayNode array = out.putArray(key);
                list.forEach(item -> array.add(text(item)));
            } else if (v instanceof Boolean b) {
                out.put(key, b);
            } else if (v instanceof Integer i) {
                out.put(key, i);
            } else if (v instanceof Email email) {
                out.putObject(key).put("coded", Emails.code(email.value()));
            } else {
                out.put(key, text(v));
            }
        }
    }

    private static String text(Object v) {
        if (v instanceof Choice c) {
            return c.label();
        }
        if (v instanceof LocalTime t) {
            return t.toString();
        }
        if (v instanceof WebUrl u) {
            return u.value();
        }
        if (v instanceof Phone p) {
            return p.value();
        }
        return String.valueOf(v);
    }
}
