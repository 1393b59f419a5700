package org.tsunagu.events;

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
import org.tsunagu.groups.CheckedGroup;
import org.tsunagu.groups.GroupLookup;
import org.tsunagu.groups.Kana;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;
import org.tsunagu.site.Taxonomy;

/**
 * Binds and checks {@code data/events/**.yaml}: the fields, then what needs the whole site
 * (organisers, fields and areas exist) and what needs the calendar (the end is after the start,
 * the deadline is before the event, a series' first date falls on its rule).
 */
public final class EventChecks {

    private EventChecks() {
    }

    public static List<CheckedEvent> check(List<Sources.Yaml> files, List<CheckedGroup> groups, Taxonomy taxonomy,
                                           String centreName, Diagnostics diagnostics, Memo memo) {
        GroupLookup organisers = new GroupLookup(groups, centreName);
        List<CheckedEvent> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Sources.Yaml file : files) {
            String rel = file.file().relativePath();
            String slug = file.file().baseName();
            boolean ok = Slugs.claim(slug, rel, seen, "event", diagnostics);
            Optional<Bound<Event>> bound = memo.bind(Event.class, file, diagnostics);
            if (bound.isPresent() && ok) {
                checkOne(slug, bound.get(), organisers, taxonomy, diagnostics).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static Optional<CheckedEvent> checkOne(String slug, Bound<Event> bound, GroupLookup organisers,
                                                   Taxonomy taxonomy, Diagnostics diagnostics) {
        Event e = bound.value();
        SourceMap src = bound.sources();
        int errors = diagnostics.errorCount();

        Kana.Reading reading = Kana.check(e.kana(), e.title(), src, "event", diagnostics);

        CheckedGroup organiser = null;
        if (!organisers.isCentre(e.organiser())) {
            organiser = organisers.group(e.organiser());
            if (organiser == null) {
                unknownOrganiser(e.organiser(), src.at("organiser"), organisers, diagnostics);
            }
        }
        List<CheckedGroup> co = new ArrayList<>();
        List<String> otherCo = new ArrayList<>();
        for (int i = 0; i < e.coOrganisers().size(); i++) {
            String c = e.coOrganisers().get(i);
            CheckedGroup g = organisers.group(c);
            if (g != null) {
                co.add(g);
            } else if (Slugs.isValid(c)) {
                // Written like a file name, so meant as one of the site's groups.
                unknownOrganiser(c, src.at("co_organisers[" + i + "]"), organisers, diagnostics);
            } else {
                otherCo.add(c); // the city, a school, a council: shown by name
            }
        }

        List<Category> categories = new ArrayList<>();
        Set<String> seenCategories = new HashSet<>();
        for (int i = 0; i < e.categories().size(); i++) {
            String c = e.categories().get(i);
            Optional<Category> cat = taxonomy.category(c);
            if (cat.isEmpty()) {
                diagnostics.error(src.at("categories[" + i + "]"), "event.unknownCategory", c,
                        taxonomy.categoryNames());
            } else if (seenCategories.add(cat.get().slug())) {
                categories.add(cat.get());
            }
        }
        if (e.categories().isEmpty() && organiser != null) {
            categories.addAll(organiser.categories());
        }
        Area area = null;
        if (e.area() != null) {
            Optional<Area> a = taxonomy.area(e.area());
            if (a.isEmpty()) {
                diagnostics.error(src.at("area"), "event.unknownArea", e.area(), taxonomy.areaNames());
            } else {
                area = a.get();
            }
        } else if (organiser != null) {
            area = organiser.area();
        }

        checkTimes(e, src, diagnostics);
        Recurrence rule = checkSeries(e, src, diagnostics);

        if (e.apply() != null && e.apply().deadline() != null && e.apply().deadline().isAfter(e.date())) {
            diagnostics.error(src.at("apply.deadline"), "event.deadlineAfterEvent", e.apply().deadline(), e.date());
        }
        if (e.postponedTo() != null) {
            if (e.statusOrDefault() != EventStatus.POSTPONED) {
                diagnostics.warning(src.at("postponed_to"), "event.postponedWithoutStatus");
            }
            if (e.repeat() != null) {
                diagnostics.warning(src.at("postponed_to"), "event.postponedSeries");
            }
            if (!e.postponedTo().isAfter(e.date())) {
                diagnostics.error(src.at("postponed_to"), "event.postponedBefore", e.postponedTo(), e.date());
            }
        }
        if (e.capacity() != null && e.capacity() < 1) {
            diagnostics.error(src.at("capacity"), "event.badCapacity", e.capacity());
        }
        checkPlace(e.place(), src, diagnostics);

        if (diagnostics.errorCount() > errors || reading == null) {
            return Optional.empty();
        }
        return Optional.of(new CheckedEvent(slug, e, src, reading.kana(), reading.derived(), organiser,
                List.copyOf(co), List.copyOf(otherCo), List.copyOf(categories), area, rule));
    }

    private static void unknownOrganiser(String written, SourcePosition at, GroupLookup organisers,
                                         Diagnostics diagnostics) {
        String near = organisers.nearest(written);
        if (near.isEmpty()) {
            diagnostics.error(at, "event.unknownOrganiser", written);
        } else {
            diagnostics.error(at, "event.unknownOrganiserNear", written, near);
        }
    }

    private static void checkTimes(Event e, SourceMap src, Diagnostics diagnostics) {
        if (e.end() != null && e.start() == null) {
            diagnostics.error(src.at("end"), "event.endWithoutStart");
        }
        boolean oneDay = e.endDate() == null || e.endDate().equals(e.date());
        if (e.endDate() != null && e.endDate().isBefore(e.date())) {
            diagnostics.error(src.at("end_date"), "event.endDateBeforeDate", e.endDate(), e.date());
        } else if (oneDay && e.start() != null && e.end() != null && e.end().isBefore(e.start())) {
            diagnostics.error(src.at("end"), "event.endBeforeStart", e.end(), e.start());
        }
        if (e.reception() != null && e.start() == null) {
            diagnostics.warning(src.at("reception"), "event.receptionWithoutStart");
        } else if (e.reception() != null && e.reception().isAfter(e.start())) {
            diagnostics.warning(src.at("reception"), "event.receptionAfterStart", e.reception(), e.start());
        }
    }

    private static Recurrence checkSeries(Event e, SourceMap src, Diagnostics diagnostics) {
        if (e.repeat() == null) {
            if (e.until() != null) {
                diagnostics.error(src.at("until"), "event.untilWithoutRepeat");
            }
            if (e.count() != null) {
                diagnostics.error(src.at("count"), "event.untilWithoutRepeat");
            }
            if (!e.except().isEmpty()) {
                diagnostics.error(src.at("except"), "event.exceptWithoutRepeat");
            }
            for (int i = 0; i < e.cancelledDates().size(); i++) {
                LocalDate d = e.cancelledDates().get(i);
                if (!d.equals(e.date()) && !e.also().contains(d)) {
                    diagnostics.error(src.at("cancelled_dates[" + i + "]"), "event.cancelledNotInSeries", d);
                }
            }
            checkExtraDates(e, src, null, diagnostics);
            return null;
        }
        Recurrence.Result r = Recurrence.parse(e.repeat());
        if (!r.ok()) {
            List<Object> args = r.args();
            diagnostics.error(src.at("repeat"), r.errorKey(), args.toArray());
            return null;
        }
        Recurrence rule = r.rule();
        if (!rule.matches(e.date(), e.date())) {
            // 毎月第2土曜 starting on a Wednesday would put a meeting on a day the flyer never said.
            LocalDate next = rule.firstOnOrAfter(e.date(), e.date());
            diagnostics.error(src.at("date"), "event.dateNotInSeries", e.date(), e.repeat().strip(),
                    next == null ? "" : next);
        }
        if (e.until() != null && e.count() != null) {
            diagnostics.error(src.at("count"), "event.untilAndCount");
        }
        if (e.until() != null && e.until().isBefore(e.date())) {
            diagnostics.error(src.at("until"), "event.untilBeforeDate", e.until(), e.date());
        }
        if (e.count() != null && (e.count() < 1 || e.count() > 1000)) {
            diagnostics.error(src.at("count"), "event.badCount", e.count());
        }
        for (int i = 0; i < e.except().size(); i++) {
            LocalDate d = e.except().get(i);
            if (!rule.matches(d, e.date())) {
                diagnostics.warning(src.at("except[" + i + "]"), "event.exceptNotInSeries", d, e.repeat().strip());
            }
        }
        // Only as far as the last cancelled date: the series' dates are needed to check those alone.
        LocalDate lastCancelled = e.cancelledDates().stream().max(LocalDate::compareTo).orElse(e.date());
        java.util.Set<LocalDate> ruleDates = new java.util.HashSet<>(
                rule.dates(e.date(), e.until(), e.count(), lastCancelled));
        for (int i = 0; i < e.cancelledDates().size(); i++) {
            LocalDate d = e.cancelledDates().get(i);
            if (e.except().contains(d)) {
                diagnostics.warning(src.at("cancelled_dates[" + i + "]"), "event.cancelledAndExcepted", d);
            } else if (!ruleDates.contains(d) && !e.also().contains(d)) {
                diagnostics.error(src.at("cancelled_dates[" + i + "]"), "event.cancelledNotInSeries", d);
            }
        }
        checkExtraDates(e, src, rule, diagnostics);
        return rule;
    }

    private static void checkExtraDates(Event e, SourceMap src, Recurrence rule, Diagnostics diagnostics) {
        for (int i = 0; i < e.also().size(); i++) {
            LocalDate d = e.also().get(i);
            if (d.isBefore(e.date())) {
                diagnostics.warning(src.at("also[" + i + "]"), "event.alsoBeforeDate", d, e.date());
            } else if (d.equals(e.date()) || (rule != null && rule.matches(d, e.date()))) {
                diagnostics.warning(src.at("also[" + i + "]"), "event.alsoInSeries", d);
            }
        }
    }

    private static void checkPlace(Event.Place p, SourceMap src, Diagnostics diagnostics) {
        if (p == null || (p.venue() == null && p.online() == null && p.address() == null)) {
            diagnostics.warning(src.at(p == null ? "" : "place"), "event.noPlace");
            return;
        }
        if ((p.latitude() == null) != (p.longitude() == null)) {
            diagnostics.error(src.at(p.latitude() == null ? "place.longitude" : "place.latitude"),
                    "event.halfCoordinates");
            return;
        }
        if (p.latitude() == null) {
            return;
        }
        double lat = p.latitude();
        double lon = p.longitude();
        if (lat < -90 || lat > 90) {
            diagnostics.error(src.at("place.latitude"), "event.badLatitude", lat);
        } else if (lon < -180 || lon > 180) {
            diagnostics.error(src.at("place.longitude"), "event.badLongitude", lon);
        } else if (lat < 20 || lat > 46 || lon < 122 || lon > 154) {
            boolean swapped = lon >= 20 && lon <= 46 && lat >= 122 && lat <= 154;
            diagnostics.warning(src.at("place.latitude"), swapped ? "event.coordinatesSwapped"
                    : "event.coordinatesOutsideJapan", lat, lon);
        }
    }
}
