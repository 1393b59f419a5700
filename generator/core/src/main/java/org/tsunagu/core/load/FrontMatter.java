package org.tsunagu.core.load;

import java.util.Map;
import java.util.Optional;

import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;

/**
 * Splits a Markdown document into its YAML front matter (between two {@code ---} lines at the
 * top, as in JBake and Jekyll) and its body. Line numbers in the front matter are those of the
 * file, so diagnostics point at the right line.
 *
 * @param header the front matter (an empty mapping when the file has none)
 * @param body the Markdown body
 * @param bodyLine the file line on which the body starts
 */
public record FrontMatter(YamlNode header, String body, int bodyLine) {

    public static Optional<FrontMatter> parse(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        if (!text.startsWith("---\n") && !text.equals("---")) {
            diagnostics.error(new SourcePosition(file.relativePath(), 1, 1), "markdown.noFrontMatter");
            return Optional.empty();
        }
        int end = -1;
        int lineNo = 1;
        int pos = 4;
        while (pos <= text.length()) {
            int next = text.indexOf('\n', pos);
            String line = next < 0 ? text.substring(pos) : text.substring(pos, next);
            lineNo++;
            if (line.stripTrailing().equals("---")) {
                end = pos;
                break;
            }
            if (next < 0) {
                break;
            }
            pos = next + 1;
        }
        if (end < 0) {
            diagnostics.error(new SourcePosition(file.relativePath(), 1, 1), "markdown.unclosedFrontMatter");
            return Optional.empty();
        }
        // Keep the opening line as a blank line so YAML line numbers are file line numbers.
        String yaml = "\n" + text.substring(4, end);
        Optional<YamlNode> header = YamlReader.read(new SourceFile(file.relativePath(), yaml), diagnostics);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        YamlNode node = header.get();
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            node = new YamlNode.Mapping(Map.of(), new SourcePosition(file.relativePath(), 2, 1));
        }
        int bodyStart = text.indexOf('\n', end);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        return Optional.of(new FrontMatter(node, body, lineNo + 1));
    }
}
