package org.tsunagu.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found while loading and checking, rather than stopping at the first.
 * Thread-safe. The list is kept in a stable order (file, line, column) for reproducible reports.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();
    private int errors;

    public synchronized void add(Diagnostic d) {
        all.add(d);
        errors += d.isError() ? 1 : 0;
    }

    public void error(SourcePosition at, String key, Object... args) {
        add(Diagnostic.error(at, key, args));
    }

    public void warning(SourcePosition at, String key, Object... args) {
        add(Diagnostic.warning(at, key, args));
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized int errorCount() {
        return errors;
    }

    /** Every diagnostic, ordered by file, line and column. */
    public synchronized List<Diagnostic> list() {
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Diagnostic::file)
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)
                .thenComparing(Diagnostic::key));
        return List.copyOf(sorted);
    }
}
