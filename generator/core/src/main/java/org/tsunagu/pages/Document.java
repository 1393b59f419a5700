package org.tsunagu.pages;

import java.time.LocalDate;
import java.util.List;

/**
 * A checked page or news item, ready for the model.
 *
 * @param kind {@code page} or {@code news}
 * @param slug the file name without extension
 * @param url the site path, e.g. {@code /about/} or {@code /news/2026-10-01-zoom/}
 * @param html the body, rendered and sanitised
 */
public record Document(String kind, String slug, String url, String file, DocumentHeader header, String html,
                       String plainText) {

    public String title() {
        return header.title();
    }

    public LocalDate date() {
        return header.date();
    }

    public List<String> tags() {
        return header.tags();
    }

    /** The summary given in the front matter, or the opening of the text. */
    public String summary() {
        if (header.summary() != null) {
            return header.summary();
        }
        String t = plainText.strip();
        return t.codePointCount(0, t.length()) <= 120 ? t : t.substring(0, t.offsetByCodePoints(0, 118)) + "…";
    }
}
