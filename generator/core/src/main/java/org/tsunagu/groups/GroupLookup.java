package org.tsunagu.groups;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tsunagu.core.load.Binder;

/**
 * Finds the group a record names, by file name or by name, and recognises the centre itself
 * ({@code centre}, {@code center}, {@code センター} or the centre's name), for records that say
 * who organises or asks.
 */
public final class GroupLookup {

    /** What a record writes when the centre itself is meant. */
    public static final Set<String> CENTRE = Set.of("centre", "center", "センター");

    private final Map<String, CheckedGroup> bySlug = new HashMap<>();
    private final Map<String, CheckedGroup> byName = new HashMap<>();
    private final String centreName;

    public GroupLookup(List<CheckedGroup> groups, String centreName) {
        this.centreName = centreName;
        for (CheckedGroup g : groups) {
            bySlug.put(g.slug(), g);
            byName.put(g.group().name(), g);
        }
    }

    public boolean isCentre(String written) {
        return CENTRE.contains(written.toLowerCase(Locale.ROOT)) || written.equals(centreName);
    }

    /** The group with this file name or name, or null. */
    public CheckedGroup group(String written) {
        CheckedGroup g = bySlug.get(written);
        return g != null ? g : byName.get(written);
    }

    /** The file name nearest to a misspelt one (or {@code centre}), or "" when none is near. */
    public String nearest(String written) {
        Set<String> known = new HashSet<>(bySlug.keySet());
        known.add("centre");
        String near = Binder.nearest(written, known);
        return near == null ? "" : near;
    }

    /** Whether a group has this file name. */
    public boolean hasSlug(String slug) {
        return bySlug.containsKey(slug);
    }
}
