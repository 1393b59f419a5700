package org.tsunagu.core.load;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Schema (draft 2020-12) of a record type, made from the same record classes and
 * {@link Field} annotations the {@link Binder} reads, so that the schema can never say other
 * than the checks: the keys, which are required, the Japanese titles with the English ones, the
 * longest texts, the choices and an example for each field. Editors such as VS Code complete
 * and check a file with it; the forms of the site validate with it.
 *
 * <p>The schema accepts what the binder accepts, which is more than a strict schema would: a
 * date may be written in Japanese (令和8年12月5日), a number with a comma, one value where a list
 * is expected. What only the checks can know (that a category exists, that a reading is in
 * hiragana) is left to them.
 */
public final class Schema {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Schema() {
    }

    /** The schema of a record type as JSON text, with its address ({@code $id}) and its title. */
    public static String of(Class<?> type, String id, String titleJa, String titleEn) {
        ObjectNode root = object(type);
        ObjectNode out = F.objectNode();
        out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        out.put("$id", id);
        out.put("title", titleJa);
        out.put("description", titleJa + "（" + titleEn + "）。Tsunagu のファイルの書き方です。");
        out.setAll(root);
        try {
            return JSON.writeValueAsString(out) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode object(Class<?> type) {
        ObjectNode o = F.objectNode();
        o.put("type", "object");
        ObjectNode properties = o.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (Binder.FieldInfo f : Binder.fields(type)) {
            ObjectNode p = value(f.component().getGenericType(), f);
            p.put("title", f.ja());
            p.put("description", f.ja() + "（" + f.en() + "）"
                    + (f.maxLength() > 0 ? "。" + f.maxLength() + " 文字まで" : ""));
            if (!f.example().isEmpty()) {
                p.putArray("examples").add(f.example());
            }
            properties.set(f.key(), p);
            if (f.required()) {
                required.add(f.key());
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode value(Type generic, Binder.FieldInfo f) {
        Class<?> raw = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
        if (raw == java.util.List.class) {
            Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> itemRaw = item instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) item;
            ObjectNode array = F.objectNode().put("type", "array");
            array.set("items", value(item, f));
            if (itemRaw.isRecord() && !scalarRecord(itemRaw)) {
                return array;
            }
            // One value may stand for a list of one.
            ObjectNode either = F.objectNode();
            either.putArray("anyOf").add(array).add(value(item, f));
            return either;
        }
        if (raw.isRecord() && !scalarRecord(raw)) {
            return object(raw);
        }
        if (raw.isEnum() && Choice.class.isAssignableFrom(raw)) {
            ArrayNode values = F.arrayNode();
            for (Object c : raw.getEnumConstants()) {
                values.add(((Choice) c).label());
                if (!((Choice) c).slug().equals(((Choice) c).label())) {
                    values.add(((Choice) c).slug());
                }
            }
            ObjectNode e = F.objectNode();
            e.set("enum", values);
            return e;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return F.objectNode().put("type", "boolean");
        }
        if (raw == Integer.class || raw == int.class) {
            ObjectNode n = F.objectNode();
            n.putArray("type").add("integer").add("string");
            return n;
        }
        if (raw == Double.class) {
            return F.objectNode().put("type", "number");
        }
        if (raw == String.class) {
            // A number or a yes/no written without quotes is read as text too.
            ObjectNode s = F.objectNode();
            s.putArray("type").add("string").add("number").add("boolean");
            if (f.maxLength() > 0) {
                s.put("maxLength", f.maxLength());
            }
            return s;
        }
        if (raw == Email.class) {
            // As the check reads it: full-width letters count as ordinary ones (ｉｎｆｏ＠…).
            return F.objectNode().put("type", "string").put("format", "email")
                    .put("pattern", "^\\s*[A-Za-z0-9._%+\\-Ａ-Ｚａ-ｚ０-９．＿－]+[@＠][A-Za-z0-9\\-Ａ-Ｚａ-ｚ０-９－]+"
                            + "([.．][A-Za-z0-9\\-Ａ-Ｚａ-ｚ０-９－]+)+\\s*$");
        }
        if (raw == WebUrl.class) {
            return F.objectNode().put("type", "string").put("pattern", "^\\s*[Hh][Tt][Tt][Pp][Ss]?://");
        }
        if (raw == LocalDate.class || raw == LocalTime.class || raw == Phone.class) {
            return F.objectNode().put("type", "string");
        }
        if (raw == Fee.class || raw == Yen.class) {
            ObjectNode n = F.objectNode();
            n.putArray("type").add("string").add("integer");
            return n;
        }
        throw new IllegalStateException("no schema for " + generic + " (" + f.key() + ")");
    }

    /** Records written as one value in YAML (an address, a phone number, an amount). */
    public static boolean scalarRecord(Class<?> raw) {
        return raw == WebUrl.class || raw == Email.class || raw == Phone.class || raw == Fee.class || raw == Yen.class;
    }
}
