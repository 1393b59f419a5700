package org.tsunagu.opportunities;

import java.util.List;

import org.tsunagu.core.load.SourceMap;
import org.tsunagu.events.Recurrence;
import org.tsunagu.groups.CheckedGroup;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;

/**
 * A call for helpers that passed every check, with its references resolved.
 *
 * @param slug the file name, which is also the page's address
 * @param group the group that calls for helpers, or null when the centre does
 * @param categories the fields, given or taken from the group
 * @param area the area, given or taken from the group; null when there is none
 * @param rule the repeating schedule, or null
 */
public record CheckedOpportunity(String slug, Opportunity opportunity, SourceMap sources, String kana,
                                 boolean kanaDerived, CheckedGroup group, List<Category> categories, Area area,
                                 Recurrence rule) {

    public String file() {
        return sources.file();
    }
}
