package org.tsunagu.core.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes diagnostics for a person: {@code file:line:column}, the severity and message, the line of
 * the file with a caret under the column, and the hint. At most {@value #MAX_SHOWN} are shown,
 * followed by how many more there are.
 */
public final class DiagnosticPrinter {

    public static final int MAX_SHOWN = 50;

    private final Path siteDir;
    private final Locale locale;
    /** Lines of the files already shown: many diagnostics in one file read it once. */
    private final java.util.Map<String, List<String>> lines = new java.util.HashMap<>();

    public DiagnosticPrinter(Path siteDir, Locale locale) {
        this.siteDir = siteDir;
        this.locale = locale;
    }

    public String format(List<Diagnostic> diagnostics) {
        Messages messages = Messages.get(locale);
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (Diagnostic d : diagnostics) {
            if (shown++ == MAX_SHOWN) {
                b.append("… ").append(diagnostics.size() - MAX_SHOWN).append(" more\n");
                break;
            }
            b.append(format(d, messages));
        }
        return b.toString();
    }

    public String format(Diagnostic d) {
        return format(d, Messages.get(locale));
    }

    private String format(Diagnostic d, Messages messages) {
        StringBuilder b = new StringBuilder();
        String severity = messages.format(d.isError() ? "severity.error" : "severity.warning");
        b.append(d.location()).append(": ").append(severity).append(": ").append(d.message(locale)).append('\n');
        String line = sourceLine(d);
        if (line != null) {
            b.append("  ").append(d.line()).append(" | ").append(line).append('\n');
            if (d.column() > 0) {
                String gutter = " ".repeat(String.valueOf(d.line()).length() + 5);
                b.append(gutter).append(pad(line, d.column() - 1)).append("^\n");
            }
        }
        String hint = d.hint(locale);
        if (!hint.isEmpty()) {
            b.append("  ").append(messages.format("hint.label")).append(": ").append(hint).append('\n');
        }
        return b.toString();
    }

    /** Spaces as wide as the text before the column (full-width characters count as two). */
    private static String pad(String line, int chars) {
        StringBuilder p = new StringBuilder();
        line.codePoints().limit(chars).forEach(cp -> p.append(isWide(cp) ? "  " : " "));
        return p.toString();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x1F300;
    }

    private String sourceLine(Diagnostic d) {
        if (d.line() <= 0 || d.file().startsWith("(") || siteDir == null) {
            return null;
        }
        List<String> file = lines.computeIfAbsent(d.file(), this::read);
        return d.line() <= file.size() ? file.get(d.line() - 1).replace('\t', ' ') : null;
    }

    private List<String> read(String file) {
        Path p = siteDir.resolve(file);
        try {
            if (!Files.isRegularFile(p) || Files.size(p) > 4_000_000) {
                return List.of();
            }
            return List.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\r?\n|\r", -1));
        } catch (IOException e) {
            return List.of();
        }
    }
}
