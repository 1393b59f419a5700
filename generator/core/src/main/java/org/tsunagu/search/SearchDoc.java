package org.tsunagu.search;

import java.util.List;

/**
 * One searchable record as the index sees it.
 *
 * @param kind what it is: {@code group}, {@code event}, {@code call}, {@code grant}, {@code news},
 *             {@code page} (the order of {@link SearchDocs#KINDS})
 * @param title the name or title, weighted above the body
 * @param kana the reading of the title in hiragana, when the record gives one
 * @param body every other text of the record that a reader may remember
 * @param meta a short line shown under the title: a date, a place, a group
 * @param excerpt the opening shown as the snippet when the match is not in it
 * @param categories slugs of its fields (分野)
 * @param area slug of its area (地区), or null
 */
public record SearchDoc(String kind, String url, String title, String kana, String body, String meta,
                        String excerpt, List<String> categories, String area) {
}
