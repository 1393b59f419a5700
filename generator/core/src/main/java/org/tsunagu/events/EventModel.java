package org.tsunagu.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.Memo;
import org.tsunagu.core.render.Markdown;
import org.tsunagu.groups.CheckedGroup;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;
import org.tsunagu.site.SiteConfig;
import org.tsunagu.site.TermLink;

/**
 * The calendar as plain data, computed once: every event with its dates expanded, the upcoming
 * list grouped by day, the archive, a page per month with its weeks and holidays, and the events
 * by field, by area and by group. What is upcoming and what is archived is decided by the build
 * date, so a nightly build moves past events to the archive without anyone editing a file.
 *
 * @param all every event, by first date
 * @param upcoming events with a date that has not ended, by their next date
 * @param upcomingDays the same, grouped by the day of their next date
 * @param archive events whose dates have all ended, the most recent first
 * @param months every month from the first event to the horizon, with its weeks
 * @param horizon how far ahead a series without an end is expanded
 */
public record EventModel(List<EventView> all, List<EventView> upcoming, List<Day> upcomingDays,
                         List<EventView> archive, List<Month> months, List<Facet> categories, List<Facet> areas,
                         Map<String, List<EventView>> byGroup, Map<String, GroupEvents> groupEvents,
                         LocalDate today, LocalDate horizon) {

    /** How many months ahead a series without a last date is shown on pages. */
    public static final int HORIZON_MONTHS = 12;

    /** A day of the upcoming list, with its holiday and the events whose next date it is. */
    public record Day(LocalDate date, String holiday, List<EventView> events) {
    }

    /** A day cell of a month calendar; {@code inMonth} is false for the days of the weeks' edges. */
    public record Cell(LocalDate date, boolean inMonth, boolean today, String holiday, List<Occurrence> occurrences,
                       List<Deadline> deadlines) {
        public boolean isSunday() {
            return date.getDayOfWeek() == DayOfWeek.SUNDAY;
        }

        public boolean isSaturday() {
            return date.getDayOfWeek() == DayOfWeek.SATURDAY;
        }
    }

    /**
     * One month of the calendar: weeks from Sunday to Saturday for the table, and the days that
     * have events or deadlines, for the list shown on narrow screens.
     */
    public record Month(YearMonth month, String url, List<List<Cell>> weeks, List<Cell> days,
                        int occurrenceCount, String previousUrl, String nextUrl) {
        public LocalDate first() {
            return month.atDay(1);
        }

        public YearMonth previous() {
            return month.minusMonths(1);
        }

        public YearMonth next() {
            return month.plusMonths(1);
        }
    }

    /** A field or an area with its events: all of them by first date, and split into upcoming and past. */
    public record Facet(String kind, TermLink term, List<EventView> events, List<EventView> upcoming,
                        List<EventView> past, String icsUrl) {
        public String url() {
            return term.url();
        }
    }

    /** The upcoming and past events of one group. */
    public record GroupEvents(List<EventView> upcoming, List<EventView> past) {
        public boolean isEmpty() {
            return upcoming.isEmpty() && past.isEmpty();
        }
    }

    public static EventModel build(List<CheckedEvent> checked, List<Deadline> deadlines, List<Category> categories,
                                   List<Area> areas, SiteConfig site, LocalDate today,
                                   Memo memo) {
        LocalDate horizon = YearMonth.from(today).plusMonths(HORIZON_MONTHS).atEndOfMonth();
        List<EventView> all = checked.parallelStream()
                .map(c -> memo.get("eventView", List.of(c, site, today), () -> view(c, site, today, horizon)))
                .sorted(Comparator.comparing(EventView::date).thenComparing(EventModel::startOrMidnight)
                        .thenComparing(EventView::slug))
                .toList();
        Comparator<EventView> byNext = Comparator.comparing((EventView e) -> e.next().date())
                .thenComparing(EventModel::startOrMidnight).thenComparing(EventView::kana).thenComparing(EventView::slug);
        List<EventView> upcoming = all.stream().filter(e -> e.next() != null).sorted(byNext).toList();
        List<EventView> archive = all.stream().filter(e -> e.next() == null && e.last() != null)
                .sorted(Comparator.comparing((EventView e) -> e.last().date()).reversed().thenComparing(EventView::slug))
                .toList();
        Map<LocalDate, List<EventView>> byDay = new TreeMap<>();
        upcoming.forEach(e -> byDay.computeIfAbsent(e.next().date(), d -> new ArrayList<>()).add(e));
        List<Day> days = byDay.entrySet().stream()
                .map(en -> new Day(en.getKey(), Holidays.name(en.getKey()), List.copyOf(en.getValue()))).toList();

        // Each field's and area's events, in the order of each list: one pass over each list.
        java.util.function.Function<EventView, Set<String>> fields = e -> {
            Set<String> slugs = new LinkedHashSet<>();
            e.categories().forEach(x -> slugs.add(x.slug()));
            return slugs;
        };
        java.util.function.Function<EventView, Set<String>> place = e -> e.area() == null ? Set.of() : Set.of(e.area().slug());
        List<Facet> cats = new ArrayList<>();
        Map<String, List<EventView>> allIn = bySlug(all, fields);
        Map<String, List<EventView>> upcomingIn = bySlug(upcoming, fields);
        Map<String, List<EventView>> archiveIn = bySlug(archive, fields);
        for (Category c : categories) {
            TermLink t = new TermLink(c.slug(), c.name(), c.nameEn(), "/events/categories/" + c.slug() + "/");
            facet("category", t, c.slug(), allIn, upcomingIn, archiveIn).ifPresent(cats::add);
        }
        List<Facet> areaFacets = new ArrayList<>();
        allIn = bySlug(all, place);
        upcomingIn = bySlug(upcoming, place);
        archiveIn = bySlug(archive, place);
        for (Area a : areas) {
            TermLink t = new TermLink(a.slug(), a.name(), a.nameEn(), "/events/areas/" + a.slug() + "/");
            facet("area", t, a.slug(), allIn, upcomingIn, archiveIn).ifPresent(areaFacets::add);
        }
        Map<String, List<EventView>> byGroup = new HashMap<>();
        for (EventView e : all) {
            if (e.organiser().slug() != null) {
                byGroup.computeIfAbsent(e.organiser().slug(), s -> new ArrayList<>()).add(e);
            }
            for (EventView.Organiser o : e.coOrganisers()) {
                if (o.slug() != null && !o.slug().equals(e.organiser().slug())) {
                    byGroup.computeIfAbsent(o.slug(), s -> new ArrayList<>()).add(e);
                }
            }
        }
        byGroup.replaceAll((k, v) -> List.copyOf(v));
        // Each group's upcoming and past events, in the order of the lists: one pass over each
        // list, rather than a search of the group's events for every event of the site.
        Map<String, List<EventView>> upcomingOf = byGroupIn(upcoming);
        Map<String, List<EventView>> pastOf = byGroupIn(archive);
        Map<String, GroupEvents> groupEvents = new HashMap<>();
        byGroup.keySet().forEach(slug -> groupEvents.put(slug, new GroupEvents(
                List.copyOf(upcomingOf.getOrDefault(slug, List.of())), List.copyOf(pastOf.getOrDefault(slug, List.of())))));
        return new EventModel(all, upcoming, days, archive, months(all, deadlines, today, horizon), List.copyOf(cats),
                List.copyOf(areaFacets), Map.copyOf(byGroup), Map.copyOf(groupEvents), today, horizon);
    }

    /** The events of a list by the groups that organise or co-organise them, each in the list's order. */
    private static Map<String, List<EventView>> byGroupIn(List<EventView> events) {
        Map<String, List<EventView>> out = new HashMap<>();
        for (EventView e : events) {
            Set<String> groups = new LinkedHashSet<>();
            if (e.organiser().slug() != null) {
                groups.add(e.organiser().slug());
            }
            for (EventView.Organiser o : e.coOrganisers()) {
                if (o.slug() != null) {
                    groups.add(o.slug());
                }
            }
            for (String g : groups) {
                out.computeIfAbsent(g, k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    private static LocalTime startOrMidnight(EventView e) {
        return e.start() == null ? LocalTime.MIDNIGHT : e.start();
    }

    private static java.util.Optional<Facet> facet(String kind, TermLink term, String slug,
                                                   Map<String, List<EventView>> all,
                                                   Map<String, List<EventView>> upcoming,
                                                   Map<String, List<EventView>> archive) {
        List<EventView> events = all.getOrDefault(slug, List.of());
        if (events.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Facet(kind, term, List.copyOf(events),
                List.copyOf(upcoming.getOrDefault(slug, List.of())), List.copyOf(archive.getOrDefault(slug, List.of())),
                term.url() + "events.ics"));
    }

    /** The events of a list under each slug they have, each in the list's order. */
    private static Map<String, List<EventView>> bySlug(List<EventView> events,
                                                       java.util.function.Function<EventView, Set<String>> slugs) {
        Map<String, List<EventView>> out = new HashMap<>();
        for (EventView e : events) {
            for (String slug : slugs.apply(e)) {
                out.computeIfAbsent(slug, k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    /** The events of a group, as organiser or co-organiser. */
    public GroupEvents forGroup(String slug) {
        return groupEvents.getOrDefault(slug, NO_EVENTS);
    }

    private static final GroupEvents NO_EVENTS = new GroupEvents(List.of(), List.of());

    private static List<Month> months(List<EventView> all, List<Deadline> deadlines, LocalDate today,
                                      LocalDate horizon) {
        List<Occurrence> occurrences = new ArrayList<>();
        TreeSet<YearMonth> span = new TreeSet<>();
        span.add(YearMonth.from(today));
        for (EventView e : all) {
            for (EventView.Dated d : e.dates()) {
                occurrences.add(new Occurrence(e, d));
                if (!d.date().isAfter(horizon)) {
                    span.add(YearMonth.from(d.date()));
                    span.add(YearMonth.from(d.endDate().isAfter(horizon) ? horizon : d.endDate()));
                }
            }
        }
        Map<LocalDate, List<Deadline>> closing = new HashMap<>();
        for (Deadline d : deadlines) {
            if (!d.date().isAfter(horizon) && !YearMonth.from(d.date()).isBefore(span.first())) {
                closing.computeIfAbsent(d.date(), x -> new ArrayList<>()).add(d);
                span.add(YearMonth.from(d.date()));
            }
        }
        occurrences.sort(Comparator.comparing(Occurrence::date).thenComparing(o -> startOrMidnight(o.event()))
                .thenComparing(o -> o.event().kana()).thenComparing(o -> o.event().slug()));
        Map<LocalDate, List<Occurrence>> byDay = new HashMap<>();
        for (Occurrence o : occurrences) {
            LocalDate last = o.endDate().isAfter(horizon) ? horizon : o.endDate();
            for (LocalDate d = o.date(); !d.isAfter(last); d = d.plusDays(1)) {
                byDay.computeIfAbsent(d, x -> new ArrayList<>()).add(o);
            }
        }
        YearMonth first = span.first();
        YearMonth last = span.last();
        List<Month> months = new ArrayList<>();
        for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
            LocalDate start = ym.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            LocalDate end = ym.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> days = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            int count = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                boolean in = YearMonth.from(d).equals(ym);
                List<Occurrence> here = in ? List.copyOf(byDay.getOrDefault(d, List.of())) : List.of();
                Cell cell = new Cell(d, in, d.equals(today), Holidays.name(d), here,
                        in ? List.copyOf(closing.getOrDefault(d, List.of())) : List.of());
                week.add(cell);
                if (in && (!here.isEmpty() || !cell.deadlines().isEmpty())) {
                    days.add(cell);
                }
                // Each occurrence counts once in every month it touches: a summer programme from
                // 26 July to 6 August is an event of both months.
                count += (int) here.stream().filter(o -> o.date().equals(cell.date())
                        || (cell.date().getDayOfMonth() == 1 && o.date().isBefore(cell.date()))).count();
                if (week.size() == 7) {
                    weeks.add(List.copyOf(week));
                    week = new ArrayList<>();
                }
            }
            months.add(new Month(ym, monthUrl(ym), List.copyOf(weeks), List.copyOf(days), count,
                    ym.equals(first) ? null : monthUrl(ym.minusMonths(1)),
                    ym.equals(last) ? null : monthUrl(ym.plusMonths(1))));
        }
        return List.copyOf(months);
    }

    public static String monthUrl(YearMonth ym) {
        return String.format(Locale.ROOT, "/calendar/%04d/%02d/", ym.getYear(), ym.getMonthValue());
    }

    static EventView view(CheckedEvent c, SiteConfig site, LocalDate today, LocalDate horizon) {
        Event e = c.event();
        String url = "/events/" + c.slug() + "/";
        EventView.Organiser organiser = c.organiser() == null
                ? new EventView.Organiser(null, site.name(), "/", true)
                : organiser(c.organiser());
        List<EventView.Organiser> co = new ArrayList<>();
        c.coOrganisers().forEach(g -> co.add(organiser(g)));
        c.otherCoOrganisers().forEach(n -> co.add(new EventView.Organiser(null, n, null, false)));
        List<TermLink> cats = c.categories().stream()
                .map(x -> new TermLink(x.slug(), x.name(), x.nameEn(), "/events/categories/" + x.slug() + "/")).toList();
        TermLink area = c.area() == null ? null
                : new TermLink(c.area().slug(), c.area().name(), c.area().nameEn(), "/events/areas/" + c.area().slug() + "/");

        List<EventView.Dated> dates = dates(c, horizon);
        // The next date that takes place; a cancelled one only when every coming date is cancelled.
        List<EventView.Dated> coming = dates.stream().filter(d -> !d.endDate().isBefore(today)).toList();
        EventView.Dated next = coming.stream().filter(d -> d.status() == EventStatus.SCHEDULED).findFirst()
                .orElse(coming.isEmpty() ? null : coming.get(0));
        String schedule = c.rule() == null ? null : c.rule().describe(e.date(), Locale.JAPANESE);
        String scheduleEn = c.rule() == null ? null : c.rule().describe(e.date(), Locale.ENGLISH);
        // A rule's UNTIL is a date when calendars hold the event as dates, a UTC time otherwise.
        LocalTime ruleStart = EventView.datesOnly(e.start(), e.date(), e.endDate()) ? null : e.start();
        String rrule = c.rule() == null ? null : c.rule().rrule(e.date(), e.until(), e.count(), ruleStart, BuildOptions.TOKYO);
        String mapUrl = null;
        if (e.place() != null && e.place().latitude() != null) {
            mapUrl = String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=17/%.6f/%.6f",
                    e.place().latitude(), e.place().longitude(), e.place().latitude(), e.place().longitude());
        }
        EventView.Contact contact = e.contact() == null ? null : new EventView.Contact(e.contact().name(),
                e.contact().phone() == null ? null : e.contact().phone().value(),
                e.contact().phone() == null ? null : e.contact().phone().uri(),
                e.contact().email() == null ? null : e.contact().email().value());
        String link = e.link() == null ? null : e.link().value();
        return new EventView(c.slug(), url, e.title(), c.kana(), c.kanaDerived(), e.titleEn(), organiser,
                List.copyOf(co), cats, area, e.date(), e.endDate() == null ? e.date() : e.endDate(), e.start(), e.end(),
                e.reception(), schedule, scheduleEn, rrule, e.until(), e.count(), e.except(), e.also(), dates, next,
                next == null, e.place(), mapUrl, e.fee(), e.feeNotes(), e.capacity(), e.audience(), e.apply(), contact,
                e.accessibility(), e.accessibilityNotes(), e.statusOrDefault(), e.postponedTo(), e.summary(),
                Markdown.toSafeHtml(e.description(), 2), link, url + c.slug() + ".ics", c.file());
    }

    private static EventView.Organiser organiser(CheckedGroup g) {
        return new EventView.Organiser(g.slug(), g.group().name(), "/groups/" + g.slug() + "/", false);
    }

    /**
     * The dates of an event up to the horizon: the first date, the dates of its rule, the extra
     * dates, less the dates left out; each with its status (a cancelled series cancels all, a
     * cancelled date only itself), and the new date of a postponed event.
     */
    static List<EventView.Dated> dates(CheckedEvent c, LocalDate horizon) {
        Event e = c.event();
        long span = e.endDate() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(e.date(), e.endDate());
        TreeSet<LocalDate> starts = new TreeSet<>();
        if (c.rule() == null) {
            starts.add(e.date());
        } else {
            starts.addAll(c.rule().dates(e.date(), e.until(), e.count(), horizon));
        }
        e.also().stream().filter(d -> !d.isAfter(horizon)).forEach(starts::add);
        e.except().forEach(starts::remove);
        EventStatus status = e.statusOrDefault();
        List<EventView.Dated> out = new ArrayList<>();
        for (LocalDate d : starts) {
            EventStatus s = e.cancelledDates().contains(d) ? EventStatus.CANCELLED : status;
            out.add(new EventView.Dated(d, d.plusDays(span), s, false));
        }
        if (status == EventStatus.POSTPONED && e.postponedTo() != null) {
            out.add(new EventView.Dated(e.postponedTo(), e.postponedTo().plusDays(span), EventStatus.SCHEDULED, true));
            out.sort(Comparator.comparing(EventView.Dated::date));
        }
        return List.copyOf(out);
    }
}
