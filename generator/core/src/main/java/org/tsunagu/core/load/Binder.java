package org.tsunagu.core.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;

/**
 * Binds a {@link YamlNode} tree to an immutable Java record, described by {@link Field}
 * annotations on its components. Every problem is reported with its position and binding goes
 * on, so one pass finds all the mistakes in a file: unknown keys (with the nearest known key as
 * a hint), missing required fields, a list where a text belongs, texts that are too long,
 * numbers, dates, addresses and choices that do not parse.
 *
 * <p>Supported component types: {@code String}, {@code Integer}, {@code Boolean},
 * {@code Double}, {@code LocalDate}, {@code LocalTime}, {@link WebUrl}, {@link Email}, {@link Phone}, enums that implement
 * {@link Choice}, nested records, and {@code List} of any of these. An absent optional field is
 * {@code null}, an absent list is empty.
 */
public final class Binder {

    /** A bound field's description, for hints and documentation. */
    public record FieldInfo(String key, String ja, String en, boolean required, int maxLength, String example,
                            RecordComponent component) {
    }

    private static final Map<Class<?>, List<FieldInfo>> FIELDS = new ConcurrentHashMap<>();

    private final Diagnostics diagnostics;
    private final SourceMap sources;
    private boolean failed;

    private Binder(Diagnostics diagnostics, String file) {
        this.diagnostics = diagnostics;
        this.sources = new SourceMap(file);
    }

    /**
     * Binds a whole file's tree to a record. Gives nothing when any error was found in it; the
     * errors are in the diagnostics.
     */
    public static <T extends Record> Optional<Bound<T>> bind(Class<T> type, YamlNode root, String file,
                                                             Diagnostics diagnostics) {
        Binder b = new Binder(diagnostics, file);
        b.sources.putValue("", root.position());
        T value = b.bindRecord(type, root, "");
        if (b.failed || value == null) {
            return Optional.empty();
        }
        return Optional.of(new Bound<>(value, b.sources));
    }

    /** The fields of a record type, in declaration order. */
    public static List<FieldInfo> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> Arrays.stream(t.getRecordComponents()).map(rc -> {
            Field f = rc.getAnnotation(Field.class);
            if (f == null) {
                throw new IllegalStateException(t.getName() + "." + rc.getName() + " has no @Field");
            }
            String key = f.key().isEmpty() ? snakeCase(rc.getName()) : f.key();
            return new FieldInfo(key, f.ja(), f.en(), f.required(), f.maxLength(), f.example(), rc);
        }).toList());
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private void error(SourcePosition at, String key, Object... args) {
        failed = true;
        diagnostics.error(at, key, args);
    }

    private <T> T bindRecord(Class<T> type, YamlNode node, String path) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            if (node instanceof YamlNode.Scalar s && s.isNull()) {
                error(node.position(), "bind.emptyMapping", displayPath(path));
            } else {
                error(node.position(), "bind.expectedMapping", displayPath(path), kindName(node));
            }
            return null;
        }
        List<FieldInfo> fields = fields(type);
        Map<String, FieldInfo> byKey = new LinkedHashMap<>();
        for (FieldInfo f : fields) {
            byKey.put(f.key(), f);
        }
        for (YamlNode.Entry e : mapping.entries().values()) {
            if (!byKey.containsKey(e.key())) {
                String near = nearest(e.key(), byKey.keySet());
                String known = String.join(", ", byKey.keySet());
                if (near != null) {
                    error(e.keyPosition(), "bind.unknownKeyNear", e.key(), near, known);
                } else {
                    error(e.keyPosition(), "bind.unknownKey", e.key(), known);
                }
            }
        }
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            FieldInfo f = fields.get(i);
            String childPath = path.isEmpty() ? f.key() : path + "." + f.key();
            YamlNode.Entry entry = mapping.entry(f.key());
            Type generic = f.component().getGenericType();
            Class<?> raw = f.component().getType();
            if (entry == null || (entry.value() instanceof YamlNode.Scalar s && isBlank(s))) {
                if (f.required()) {
                    SourcePosition at = entry != null ? entry.keyPosition() : mapping.position();
                    error(at, "bind.required", displayPath(childPath), f.ja(), example(f));
                }
                values[i] = raw == List.class ? List.of() : (raw == boolean.class ? Boolean.FALSE : null);
                continue;
            }
            values[i] = bindValue(generic, f, entry.value(), childPath);
            if (values[i] == null && raw == List.class) {
                values[i] = List.of();
            }
            if (values[i] == null && raw == boolean.class) {
                values[i] = Boolean.FALSE;
            }
        }
        try {
            Constructor<T> ctor = type.getDeclaredConstructor(
                    Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
            ctor.setAccessible(true);
            return ctor.newInstance(values);
        } catch (InvocationTargetException e) {
            // A record's own constructor check failed: report it at the mapping.
            error(mapping.position(), "bind.invalid", displayPath(path), String.valueOf(e.getCause().getMessage()));
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static boolean isBlank(YamlNode.Scalar s) {
        return s.isNull() || s.text().isBlank();
    }

    private Object bindValue(Type generic, FieldInfo f, YamlNode node, String path) {
        sources.putValue(path, node.position());
        Class<?> raw = rawClass(generic);
        if (raw == List.class) {
            Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
            List<YamlNode> items;
            if (node instanceof YamlNode.Sequence seq) {
                items = seq.items();
            } else if (node instanceof YamlNode.Scalar && rawClass(item) != null && !rawClass(item).isRecord()) {
                items = List.of(node); // one value written without a list: the natural reading
            } else {
                error(node.position(), "bind.expectedList", displayPath(path), f.ja(), kindName(node));
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String itemPath = path + "[" + i + "]";
                YamlNode itemNode = items.get(i);
                if (itemNode instanceof YamlNode.Scalar s && isBlank(s)) {
                    error(itemNode.position(), "bind.emptyItem", displayPath(path), i + 1);
                    continue;
                }
                Object v = bindValue(item, f, itemNode, itemPath);
                if (v != null) {
                    out.add(v);
                }
            }
            return List.copyOf(out);
        }
        if (raw.isRecord() && raw != WebUrl.class && raw != Email.class && raw != Phone.class
                && raw != Fee.class && raw != Yen.class) {
            return bindRecord(raw, node, path);
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            error(node.position(), "bind.expectedScalar", displayPath(path), f.ja(), kindName(node));
            return null;
        }
        String text = scalar.text();
        SourcePosition at = node.position();
        if (raw == String.class) {
            String value = text.strip();
            if (f.maxLength() > 0 && value.codePointCount(0, value.length()) > f.maxLength()) {
                error(at, "bind.tooLong", displayPath(path), f.ja(), f.maxLength(),
                        value.codePointCount(0, value.length()));
                return null;
            }
            return value;
        }
        if (raw == Integer.class || raw == int.class) {
            String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).replace(",", "");
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                error(at, "bind.notNumber", displayPath(path), f.ja(), text.strip());
                return null;
            }
        }
        if (raw == Boolean.class || raw == boolean.class) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (t.equals("true")) {
                return Boolean.TRUE;
            }
            if (t.equals("false")) {
                return Boolean.FALSE;
            }
            error(at, "bind.notBoolean", displayPath(path), f.ja(), text.strip());
            return null;
        }
        if (raw == LocalDate.class) {
            JapaneseDates.Result r = JapaneseDates.parse(text);
            if (!r.ok()) {
                Object[] args = new Object[r.args().size() + 1];
                args[0] = displayPath(path);
                for (int i = 0; i < r.args().size(); i++) {
                    args[i + 1] = r.args().get(i);
                }
                error(at, r.errorKey(), args);
                return null;
            }
            return r.date();
        }
        if (raw == LocalTime.class) {
            JapaneseTimes.Result r = JapaneseTimes.parse(text);
            if (!r.ok()) {
                error(at, r.errorKey(), displayPath(path), r.args().get(0));
                return null;
            }
            return r.time();
        }
        if (raw == Double.class) {
            String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
            try {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d) && t.matches("[-+]?\\d+(\\.\\d+)?")) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(at, "bind.notDecimal", displayPath(path), f.ja(), text.strip());
            return null;
        }
        if (raw == Fee.class) {
            return Fee.parse(text);
        }
        if (raw == Yen.class) {
            Yen y = Yen.parse(text);
            if (y == null) {
                error(at, "bind.notYen", displayPath(path), f.ja(), text.strip());
            }
            return y;
        }
        if (raw == WebUrl.class) {
            WebUrl u = WebUrl.parse(text);
            if (u == null) {
                error(at, "bind.notUrl", displayPath(path), f.ja(), text.strip());
            }
            return u;
        }
        if (raw == Email.class) {
            Email e = Email.parse(Normalizer.normalize(text, Normalizer.Form.NFKC));
            if (e == null) {
                error(at, "bind.notEmail", displayPath(path), f.ja(), text.strip());
            }
            return e;
        }
        if (raw == Phone.class) {
            Phone p = Phone.parse(text);
            if (p == null) {
                error(at, "bind.notPhone", displayPath(path), f.ja(), text.strip());
            }
            return p;
        }
        if (raw.isEnum() && Choice.class.isAssignableFrom(raw)) {
            String t = text.strip();
            for (Object c : raw.getEnumConstants()) {
                Choice choice = (Choice) c;
                if (choice.slug().equals(t) || choice.label().equals(t)) {
                    return c;
                }
            }
            String allowed = Arrays.stream(raw.getEnumConstants()).map(c -> ((Choice) c).label())
                    .collect(Collectors.joining("、"));
            error(at, "bind.notChoice", displayPath(path), f.ja(), t, allowed);
            return null;
        }
        throw new IllegalStateException("unsupported field type " + generic + " at " + path);
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return null;
    }

    private static String displayPath(String path) {
        return path.isEmpty() ? "(root)" : path;
    }

    private static String example(FieldInfo f) {
        return f.example().isEmpty() ? "…" : f.example();
    }

    private static String kindName(YamlNode node) {
        if (node instanceof YamlNode.Mapping) {
            return "@word.mapping";
        }
        return node instanceof YamlNode.Sequence ? "@word.list" : "@word.text";
    }

    /** The known word nearest to a misspelt one, when it is near enough to be a likely typo. */
    public static String nearest(String key, java.util.Collection<String> known) {
        return known.stream()
                .map(k -> Map.entry(k, distance(key.toLowerCase(Locale.ROOT), k)))
                .filter(e -> e.getValue() <= Math.max(2, e.getKey().length() / 3))
                .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
