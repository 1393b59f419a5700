package org.tsunagu.core.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tsunagu.core.check.SourcePosition;

/**
 * A YAML value with the place it was written, so every later check can point at it.
 * Scalars keep the text exactly as written: a phone number or a date stays a string until
 * a typed field decides what it means.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    SourcePosition position();

    /** What the user wrote as a kind of value, for messages ("a list", "a text", ...). */
    String kind();

    /**
     * A scalar value.
     *
     * @param text the text as written (without quotes); null for YAML null ({@code ~}, empty)
     * @param plain whether it was written without quotes
     */
    record Scalar(String text, boolean plain, SourcePosition position) implements YamlNode {
        public boolean isNull() {
            return text == null;
        }

        @Override
        public String kind() {
            return "scalar";
        }
    }

    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "list";
        }
    }

    /** A key with the place it was written and its value. */
    record Entry(String key, SourcePosition keyPosition, YamlNode value) {
    }

    record Mapping(Map<String, Entry> entries, SourcePosition position) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Entry entry(String key) {
            return entries.get(key);
        }

        @Override
        public String kind() {
            return "mapping";
        }
    }
}
