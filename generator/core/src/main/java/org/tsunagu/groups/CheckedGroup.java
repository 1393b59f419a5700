package org.tsunagu.groups;

import java.util.List;

import org.tsunagu.core.load.SourceMap;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;

/**
 * A group that passed every check, with its references resolved.
 *
 * @param slug the file name, which is also the page's address
 * @param group the record as written
 * @param sources where each field was written
 * @param kana the reading used for 五十音 order (given, or derived)
 * @param kanaDerived whether the reading was derived from the name rather than given
 */
public record CheckedGroup(String slug, Group group, SourceMap sources, String kana, boolean kanaDerived,
                           List<Category> categories, Area area) {

    public String file() {
        return sources.file();
    }
}
