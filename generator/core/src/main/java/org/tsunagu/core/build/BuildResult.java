package org.tsunagu.core.build;

import java.util.List;
import java.util.Map;

import org.tsunagu.core.check.Diagnostic;

/**
 * What a build did.
 *
 * @param written whether the output folder was replaced
 * @param pages the number of HTML pages
 * @param files the number of files written
 * @param bytes the bytes written
 * @param stageMillis how long each stage took
 * @param records how many records of each kind passed the checks, by kind
 */
public record BuildResult(boolean written, List<Diagnostic> diagnostics, int pages, int files, long bytes,
                          Map<String, Long> stageMillis, Map<String, Integer> records) {

    /** The counts the {@code cli.checked} message reports, in its order. */
    public List<Object> checkedCounts() {
        return java.util.stream.Stream.of("groups", "events", "grants", "opportunities", "pages", "news")
                .map(k -> (Object) records.getOrDefault(k, 0)).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
