package org.tsunagu.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tsunagu.core.build.Memo;
import org.tsunagu.core.build.Sources;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;
import org.tsunagu.core.load.Bound;
import org.tsunagu.core.load.Slugs;
import org.tsunagu.core.load.SourceMap;
import org.tsunagu.events.Recurrence;
import org.tsunagu.groups.CheckedGroup;
import org.tsunagu.groups.GroupLookup;
import org.tsunagu.groups.Kana;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;
import org.tsunagu.site.Taxonomy;

/**
 * Binds and checks {@code data/opportunities/**.yaml}: the fields, then what needs the whole site
 * (the group, fields and areas exist) and what makes a call useless (no way to apply, a period
 * that ends before it starts). A call whose {@code until} has passed on the build date is not a
 * mistake: it closes by itself, so the checks never depend on the build date.
 */
public final class OpportunityChecks {

    /** Addresses under {@code /opportunities/} that are lists, so no call may take them. */
    public static final Set<String> RESERVED = Set.of("areas", "categories", "days", "months");

    private OpportunityChecks() {
    }

    public static List<CheckedOpportunity> check(List<Sources.Yaml> files, List<CheckedGroup> groups,
                                                 Taxonomy taxonomy, String centreName, Diagnostics diagnostics, Memo memo) {
        GroupLookup known = new GroupLookup(groups, centreName);
        List<CheckedOpportunity> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Sources.Yaml file : files) {
            String rel = file.file().relativePath();
            String slug = file.file().baseName();
            boolean ok;
            if (RESERVED.contains(slug)) {
                diagnostics.error(SourcePosition.of(rel), "opportunity.reservedSlug", slug);
                ok = false;
            } else {
                ok = Slugs.claim(slug, rel, seen, "opportunity", diagnostics);
            }
            Optional<Bound<Opportunity>> bound = memo.bind(Opportunity.class, file, diagnostics);
            if (bound.isPresent() && ok) {
                checkOne(slug, bound.get(), known, taxonomy, diagnostics).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static Optional<CheckedOpportunity> checkOne(String slug, Bound<Opportunity> bound, GroupLookup groups,
                                                         Taxonomy taxonomy, Diagnostics diagnostics) {
        Opportunity o = bound.value();
        SourceMap src = bound.sources();
        int errors = diagnostics.errorCount();

        Kana.Reading reading = Kana.check(o.kana(), o.title(), src, "opportunity", diagnostics);

        CheckedGroup group = null;
        if (!groups.isCentre(o.group())) {
            group = groups.group(o.group());
            if (group == null) {
                String near = groups.nearest(o.group());
                if (near.isEmpty()) {
                    diagnostics.error(src.at("group"), "opportunity.unknownGroup", o.group());
                } else {
                    diagnostics.error(src.at("group"), "opportunity.unknownGroupNear", o.group(), near);
                }
            }
        }

        List<Category> categories = new ArrayList<>();
        Set<String> seenCategories = new HashSet<>();
        for (int i = 0; i < o.categories().size(); i++) {
            String c = o.categories().get(i);
            Optional<Category> cat = taxonomy.category(c);
            if (cat.isEmpty()) {
                diagnostics.error(src.at("categories[" + i + "]"), "opportunity.unknownCategory", c,
                        taxonomy.categoryNames());
            } else if (seenCategories.add(cat.get().slug())) {
                categories.add(cat.get());
            }
        }
        if (o.categories().isEmpty() && group != null) {
            categories.addAll(group.categories());
        }
        Area area = null;
        if (o.area() != null) {
            Optional<Area> a = taxonomy.area(o.area());
            if (a.isEmpty()) {
                diagnostics.error(src.at("area"), "opportunity.unknownArea", o.area(), taxonomy.areaNames());
            } else {
                area = a.get();
            }
        } else if (group != null) {
            area = group.area();
        }

        Recurrence rule = checkSchedule(o, src, diagnostics);

        if (o.until() != null && o.until().isBefore(o.posted())) {
            diagnostics.error(src.at("until"), "opportunity.untilBeforePosted", o.until(), o.posted());
        }
        boolean hasDates = o.schedule() != null && !o.schedule().dates().isEmpty();
        if (o.until() == null && !hasDates && o.status() != OpportunityStatus.CLOSED) {
            diagnostics.warning(src.at("posted"), "opportunity.noUntil");
        }
        if (!canApply(o)) {
            diagnostics.error(src.at(o.apply() != null ? "apply" : ""), "opportunity.noWayToApply");
        }
        if (o.people() != null && o.people() < 1) {
            diagnostics.error(src.at("people"), "opportunity.badPeople", o.people());
        }
        Opportunity.Place p = o.place();
        boolean noPlace = p == null || (p.venue() == null && p.address() == null);
        if (noPlace && !o.welcome().contains(Welcome.ONLINE)) {
            diagnostics.warning(src.at(p == null ? "" : "place"), "opportunity.noPlace");
        }

        if (diagnostics.errorCount() > errors || reading == null) {
            return Optional.empty();
        }
        return Optional.of(new CheckedOpportunity(slug, o, src, reading.kana(), reading.derived(), group,
                List.copyOf(categories), area, rule));
    }

    /** A way to offer help: a method, a page, or a telephone number or address to write to. */
    static boolean canApply(Opportunity o) {
        Opportunity.Apply a = o.apply();
        Opportunity.Contact c = o.contact();
        return (a != null && (a.method() != null || a.url() != null || a.phone() != null || a.email() != null))
                || (c != null && (c.phone() != null || c.email() != null));
    }

    private static Recurrence checkSchedule(Opportunity o, SourceMap src, Diagnostics diagnostics) {
        Opportunity.Schedule s = o.schedule();
        if (s == null || (s.dates().isEmpty() && s.repeat() == null && s.notes() == null)) {
            diagnostics.warning(src.at(s == null ? "" : "schedule"), "opportunity.noSchedule");
            if (s == null) {
                return null;
            }
        }
        if (s.end() != null && s.start() == null) {
            diagnostics.error(src.at("schedule.end"), "opportunity.endWithoutStart");
        } else if (s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
            diagnostics.error(src.at("schedule.end"), "opportunity.endBeforeStart", s.end(), s.start());
        }
        if (!s.dates().isEmpty()) {
            int last = 0;
            for (int i = 1; i < s.dates().size(); i++) {
                if (s.dates().get(i).isAfter(s.dates().get(last))) {
                    last = i;
                }
            }
            if (s.dates().get(last).isBefore(o.posted())) {
                diagnostics.error(src.at("schedule.dates[" + last + "]"), "opportunity.datesBeforePosted",
                        s.dates().get(last), o.posted());
            }
        }
        if (s.repeat() == null) {
            if (s.from() != null) {
                diagnostics.error(src.at("schedule.from"), "opportunity.fromWithoutRepeat");
            }
            return null;
        }
        if (!s.dates().isEmpty()) {
            diagnostics.error(src.at("schedule.repeat"), "opportunity.datesAndRepeat");
            return null;
        }
        Recurrence.Result r = Recurrence.parse(s.repeat());
        if (!r.ok()) {
            diagnostics.error(src.at("schedule.repeat"), r.errorKey(), r.args().toArray());
            return null;
        }
        Recurrence rule = r.rule();
        if (s.from() != null && !rule.matches(s.from(), s.from())) {
            LocalDate next = rule.firstOnOrAfter(s.from(), s.from());
            diagnostics.error(src.at("schedule.from"), "opportunity.fromNotInSeries", s.from(), s.repeat().strip(),
                    next == null ? "" : next);
        }
        return rule;
    }
}
