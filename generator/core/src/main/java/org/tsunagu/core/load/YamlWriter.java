package org.tsunagu.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree of mappings ({@code Map<String, Object>}, in their order), lists and texts as
 * tidy YAML, the way a person would write a record file: block mappings indented by two spaces,
 * short lists of short values in brackets ({@code [環境の保全, 子どもの健全育成]}), longer ones one
 * item a line, texts of several lines as literal blocks ({@code |}).
 *
 * <p>A text ({@code String}) is quoted wherever YAML would read it as something else: a time
 * ({@code "13:30"}, which YAML 1.1 reads as a number of minutes), yes and no, numbers (a phone
 * number with its leading zero), dates, and texts starting with a sign YAML gives a meaning
 * to. A {@link Plain} value is written as it is: the numbers, true and false, and dates of
 * fields that hold them. Empty texts, lists and mappings are left out.
 */
public final class YamlWriter {

    /** A value written without quotes: a number, true or false, a date. */
    public record Plain(String text) {
    }

    private static final Pattern WORDS = Pattern.compile(
            "(?i:y|n|yes|no|true|false|on|off|null|~)");
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(\\.?[0-9][0-9_,]*)(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?0[xXoObB][0-9a-fA-F_]+|[-+]?\\.(?i:inf|nan)"
                    + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final int FLOW_WIDTH = 80;

    private final StringBuilder out = new StringBuilder();
    private final List<String> linePaths = new ArrayList<>();

    private YamlWriter() {
    }

    /** The text of a mapping as YAML. */
    public static String write(Map<String, ?> root) {
        return written(root).text();
    }

    /**
     * The text, and for each of its lines the path of the key it belongs to ({@code activity.days};
     * the item's index is left out of a list's path), so that a problem found at a line of the
     * file can be traced back to where its value came from.
     */
    public record Written(String text, List<String> linePaths) {
    }

    public static Written written(Map<String, ?> root) {
        YamlWriter w = new YamlWriter();
        w.mapping(root, 0, "");
        return new Written(w.out.toString(), List.copyOf(w.linePaths));
    }

    /** Whether a value holds nothing to write. */
    public static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof List<?> l && l.stream().allMatch(YamlWriter::isEmpty))
                || (value instanceof Map<?, ?> m && m.values().stream().allMatch(YamlWriter::isEmpty));
    }

    private void line(String text, String path) {
        out.append(text).append('\n');
        linePaths.add(path);
    }

    private void mapping(Map<String, ?> map, int indent, String path) {
        String pad = " ".repeat(indent);
        for (Map.Entry<String, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (isEmpty(v)) {
                continue;
            }
            String key = quoteIfNeeded(e.getKey(), false);
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            if (v instanceof Map<?, ?> m) {
                line(pad + key + ":", p);
                @SuppressWarnings("unchecked")
                Map<String, ?> child = (Map<String, ?>) m;
                mapping(child, indent + 2, p);
            } else if (v instanceof List<?> l) {
                list(pad + key + ":", l, indent, p);
            } else {
                scalarEntry(pad + key + ":", v, indent, p);
            }
        }
    }

    private void list(String head, List<?> items, int indent, String path) {
        List<?> kept = items.stream().filter(i -> !isEmpty(i)).toList();
        String flow = flow(kept);
        if (flow != null && head.length() + 1 + flow.length() <= FLOW_WIDTH) {
            line(head + " " + flow, path);
            return;
        }
        line(head, path);
        String pad = " ".repeat(indent + 2);
        for (Object item : kept) {
            if (item instanceof Map<?, ?> m) {
                // The first key on the dash's line, the others under it.
                int start = out.length();
                @SuppressWarnings("unchecked")
                Map<String, ?> child = (Map<String, ?>) m;
                mapping(child, indent + 4, path);
                out.replace(start, start + indent + 4, pad + "- ");
            } else if (item instanceof List<?> l) {
                list(pad + "-", l, indent + 2, path);
            } else {
                scalarEntry(pad + "-", item, indent + 2, path);
            }
        }
    }

    /** The list in brackets when all its items are one-line values; null otherwise. */
    private static String flow(List<?> items) {
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Plain p) {
                parts.add(p.text());
            } else if (item instanceof String s && s.indexOf('\n') < 0) {
                parts.add(quoteIfNeeded(s, true));
            } else {
                return null;
            }
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private void scalarEntry(String head, Object value, int indent, String path) {
        if (value instanceof Plain p) {
            line(head + " " + p.text(), path);
            return;
        }
        String text = value.toString().replace("\r\n", "\n").replace('\r', '\n');
        if (text.strip().indexOf('\n') < 0) {
            line(head + " " + quoteIfNeeded(text.strip(), false), path);
            return;
        }
        String body = text.strip();
        if (Character.isWhitespace(text.charAt(0)) && text.charAt(0) != '\n') {
            // A block cannot start with spaces without saying how far it is indented.
            line(head + " " + quote(text), path);
            return;
        }
        line(head + " |", path);
        String pad = " ".repeat(indent + 2);
        for (String l : body.split("\n", -1)) {
            String stripped = l.stripTrailing();
            line(stripped.isEmpty() ? "" : pad + stripped, path);
        }
    }

    /** The text as YAML reads it back as the same text: plain when it can be, else in double quotes. */
    public static String quoteIfNeeded(String s, boolean inFlow) {
        return needsQuotes(s, inFlow) ? quote(s) : s;
    }

    static boolean needsQuotes(String s, boolean inFlow) {
        if (s.isEmpty() || !s.equals(s.strip()) || INDICATORS.indexOf(s.charAt(0)) >= 0) {
            return true;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.contains("\t")) {
            return true;
        }
        if (WORDS.matcher(s).matches() || NUMBER.matcher(s).matches() || DATE.matcher(s).matches()) {
            return true;
        }
        if (inFlow && s.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) {
            return true;
        }
        return s.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFEFF);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0xFEFF) {
                        b.append(String.format("\\u%04X", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
