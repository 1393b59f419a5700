package org.tsunagu.core.build;

import java.util.Map;

/**
 * A page to render: where it goes, with which template and data, and which source file it comes
 * from (for messages when a template fails on it).
 *
 * @param url the page's site path ({@code /groups/x/}); {@code path} is the file it is written to
 * @param inSitemap whether search engines should be told about it
 */
public record PageSpec(String url, String path, String template, String title, Map<String, Object> data,
                       String source, boolean inSitemap) {

    /** A page at a directory-style address, written as {@code index.html} inside it. */
    public static PageSpec at(String url, String template, String title, Map<String, Object> data, String source) {
        String path = url.equals("/") ? "index.html" : url.substring(1) + "index.html";
        return new PageSpec(url, path, template, title, data, source, true);
    }
}
