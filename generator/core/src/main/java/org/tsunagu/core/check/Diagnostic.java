package org.tsunagu.core.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in the site's sources: where it is, what is wrong and how to fix it.
 *
 * <p>The message and hint are not stored as text but as a message key and its arguments,
 * so the same diagnostic can be shown in Japanese or in English.
 *
 * @param severity error or warning
 * @param file the file, relative to the site folder, with forward slashes
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param key the message key in the {@code messages} bundle
 * @param args the message arguments
 */
public record Diagnostic(Severity severity, String file, int line, int column, String key, List<Object> args) {

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(file);
        Objects.requireNonNull(key);
        // Arguments are kept as text, so numbers print as written (2026, not 2,026).
        args = args.stream().map(a -> (Object) String.valueOf(a)).toList();
    }

    public static Diagnostic error(SourcePosition at, String key, Object... args) {
        return new Diagnostic(Severity.ERROR, at.file(), at.line(), at.column(), key, List.of(args));
    }

    public static Diagnostic warning(SourcePosition at, String key, Object... args) {
        return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What is wrong, in the given language. */
    public String message(Locale locale) {
        return Messages.get(locale).format(key, args);
    }

    /** How to fix it, in the given language; empty when the message says it all. */
    public String hint(Locale locale) {
        return Messages.get(locale).formatOptional(key + ".hint", args);
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    public String location() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return location() + ": " + message(Locale.ENGLISH);
    }
}
