package org.tsunagu.core.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML with Jackson's streaming parser into {@link YamlNode}s that keep line and column.
 *
 * <p>Bounded on purpose: anchors and aliases are refused (no record needs them, and they are the
 * way to a "billion laughs" file), as are duplicate keys, tabs used for indentation, more than one
 * document per file, nesting deeper than {@value #MAX_DEPTH} and lists longer than
 * {@value #MAX_ITEMS} items.
 */
public final class YamlReader {

    public static final int MAX_DEPTH = 20;
    public static final int MAX_ITEMS = 5_000;

    private static final YAMLFactory FACTORY = createFactory();

    private final SourceFile file;
    private final Diagnostics diagnostics;
    private YAMLParser parser;
    private List<String> lines;

    /** Set once nesting too deep was reported: the parser's own complaint that follows is not repeated. */
    private boolean tooDeep;

    private YamlReader(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setCodePointLimit(TextDecoder.MAX_BYTES);
        options.setAllowDuplicateKeys(true); // reported by this reader, with both positions
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(TextDecoder.MAX_BYTES)
                .maxNestingDepth(MAX_DEPTH + 5)
                .build());
        return factory;
    }

    /**
     * Reads one YAML document. An empty file gives an empty mapping at line 1; a syntax error
     * is reported with its position and gives nothing.
     */
    public static Optional<YamlNode> read(SourceFile file, Diagnostics diagnostics) {
        return new YamlReader(file, diagnostics).read();
    }

    private Optional<YamlNode> read() {
        if (!checkTabs()) {
            return Optional.empty();
        }
        try (YAMLParser p = FACTORY.createParser(file.text())) {
            this.parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                return Optional.of(new YamlNode.Mapping(Map.of(), new SourcePosition(file.relativePath(), 1, 1)));
            }
            YamlNode root = readValue(0);
            if (root == null) {
                return Optional.empty();
            }
            JsonToken next = p.nextToken();
            if (next != null) {
                diagnostics.error(here(), "yaml.multipleDocuments");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            if (tooDeep) {
                return Optional.empty(); // already said where, in this reader's words
            }
            JsonLocation loc = e.getLocation();
            SourcePosition at = loc == null ? SourcePosition.of(file.relativePath())
                    : new SourcePosition(file.relativePath(), Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
            diagnostics.error(at, "yaml.syntax", cleanMessage(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (tooDeep) {
                return Optional.empty();
            }
            diagnostics.error(SourcePosition.of(file.relativePath()), "yaml.syntax", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Tabs cannot indent YAML; say so at the tab rather than with the parser's riddle. */
    private boolean checkTabs() {
        List<String> lines = file.lines();
        boolean ok = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '\t') {
                    diagnostics.error(new SourcePosition(file.relativePath(), i + 1, c + 1), "yaml.tab");
                    ok = false;
                    break;
                }
                if (ch != ' ' && ch != '-') {
                    break;
                }
            }
        }
        return ok;
    }

    private YamlNode readValue(int depth) throws IOException {
        SourcePosition at = here();
        if (depth > MAX_DEPTH) {
            diagnostics.error(at, "yaml.tooDeep", MAX_DEPTH);
            tooDeep = true;
            parser.skipChildren();
            return null;
        }
        if (parser.isCurrentAlias()) {
            diagnostics.error(at, "yaml.alias");
            return null;
        }
        if (parser.getObjectId() != null) {
            diagnostics.error(at, "yaml.anchor");
            parser.skipChildren();
            return null;
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readMapping(at, depth);
            case START_ARRAY:
                return readSequence(at, depth);
            case VALUE_NULL:
                return new YamlNode.Scalar(null, true, at);
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_EMBEDDED_OBJECT:
                String text = parser.getText();
                boolean plain = token != JsonToken.VALUE_STRING || !isQuoted(at);
                return new YamlNode.Scalar(text, plain, at);
            default:
                diagnostics.error(at, "yaml.syntax", String.valueOf(token));
                return null;
        }
    }

    private boolean isQuoted(SourcePosition at) {
        if (lines == null) {
            lines = file.lines(); // split once per file, not once per value
        }
        String line = at.line() >= 1 && at.line() <= lines.size() ? lines.get(at.line() - 1) : "";
        int i = at.column() - 1;
        return i >= 0 && i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'');
    }

    private YamlNode readMapping(SourcePosition at, int depth) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        boolean ok = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourcePosition keyAt = here();
            parser.nextToken();
            YamlNode value = readValue(depth + 1);
            if (value == null) {
                ok = false;
                continue;
            }
            YamlNode.Entry previous = entries.get(key);
            if (previous != null) {
                diagnostics.error(keyAt, "yaml.duplicateKey", key, previous.keyPosition().line());
                ok = false;
                continue;
            }
            entries.put(key, new YamlNode.Entry(key, keyAt, value));
        }
        return ok ? new YamlNode.Mapping(entries, at) : null;
    }

    private YamlNode readSequence(SourcePosition at, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        boolean ok = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (items.size() >= MAX_ITEMS) {
                diagnostics.error(at, "yaml.tooManyItems", MAX_ITEMS);
                parser.skipChildren();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    parser.skipChildren();
                }
                return null;
            }
            YamlNode value = readValue(depth + 1);
            if (value == null) {
                ok = false;
            } else {
                items.add(value);
            }
        }
        return ok ? new YamlNode.Sequence(items, at) : null;
    }

    private SourcePosition here() {
        JsonLocation loc = parser.currentTokenLocation();
        return new SourcePosition(file.relativePath(), Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1));
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "";
        }
        // SnakeYAML writes the context, its own excerpts of the file and the problem; keep the
        // problem first, then the context, without the excerpts (the diagnostic shows the line).
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String line : message.split("\n")) {
            if (!line.isBlank() && !line.startsWith(" ") && !line.contains("in 'reader'")
                    && !line.contains("in 'string'")) {
                parts.add(0, line.strip());
            }
        }
        return String.join(" (", parts) + ")".repeat(Math.max(0, parts.size() - 1));
    }
}
