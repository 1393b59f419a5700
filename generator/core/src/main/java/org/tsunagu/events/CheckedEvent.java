package org.tsunagu.events;

import java.util.List;

import org.tsunagu.core.load.SourceMap;
import org.tsunagu.groups.CheckedGroup;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;

/**
 * An event that passed every check, with its references resolved.
 *
 * @param slug the file name, which is also the page's address
 * @param organiser the organising group, or null when the centre organises it
 * @param coOrganisers co-organising groups of the site
 * @param otherCoOrganisers co-organisers that are not groups of the site (the city, a school), by name
 * @param categories the fields, given or taken from the organising group
 * @param area the area, given or taken from the organising group; null when there is none
 * @param rule the repeating rule, or null for a single event
 */
public record CheckedEvent(String slug, Event event, SourceMap sources, String kana, boolean kanaDerived,
                           CheckedGroup organiser, List<CheckedGroup> coOrganisers, List<String> otherCoOrganisers,
                           List<Category> categories, Area area, Recurrence rule) {

    public String file() {
        return sources.file();
    }
}
