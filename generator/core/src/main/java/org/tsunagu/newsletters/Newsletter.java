package org.tsunagu.newsletters;

import java.time.LocalDate;
import java.util.List;

import org.tsunagu.core.render.Formats;

/**
 * A checked issue of the newsletter, ready for the model.
 *
 * @param url the page, {@code /newsletters/<slug>/}
 * @param html the full text, rendered and sanitised, its sections' headings with ids
 * @param sections the table of contents: the body's top headings
 * @param cover the cover image's address below the site root and its text, or null
 * @param pdf the printed edition's address and size, or null
 */
public record Newsletter(String slug, String url, String file, NewsletterHeader header, String html,
                         String plainText, List<Section> sections, Cover cover, Pdf pdf) {

    /** A section of an issue: its heading's id and text. */
    public record Section(String id, String title) {
    }

    public record Cover(String url, String alt) {
    }

    public record Pdf(String url, long bytes) {
        /** The size for people: 245 KB, 1.2 MB. */
        public String size() {
            return Formats.fileSize(bytes);
        }
    }

    public String title() {
        return header.title();
    }

    public LocalDate date() {
        return header.date();
    }

    public int number() {
        return header.number();
    }

    public Integer volume() {
        return header.volume();
    }

    public int year() {
        return header.date().getYear();
    }

    /** The summary given, or the opening of the text. */
    public String summary() {
        if (header.summary() != null) {
            return header.summary();
        }
        String t = plainText.strip();
        return t.codePointCount(0, t.length()) <= 120 ? t : t.substring(0, t.offsetByCodePoints(0, 118)) + "…";
    }
}
