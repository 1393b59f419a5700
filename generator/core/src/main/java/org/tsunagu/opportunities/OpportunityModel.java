package org.tsunagu.opportunities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.tsunagu.core.render.Markdown;
import org.tsunagu.site.Area;
import org.tsunagu.site.Category;
import org.tsunagu.site.SiteConfig;
import org.tsunagu.site.TermLink;

/**
 * Calls for helpers as plain data, computed once for the build date: the calls published by then,
 * which of them are open, and the open calls by area, by field, by weekday and by month. A call is
 * published from its {@code posted} date; it is open until {@code until}, until its last date has
 * passed, or until {@code status: 受付終了}, whichever comes first. Closed calls leave every list
 * but keep their page.
 *
 * @param all every published call, newest posted first
 * @param open the calls open on the build date, newest posted first, then by reading
 * @param closed published calls that are closed, newest posted first
 * @param areas areas with at least one open call, in the order of {@code areas.yaml}
 * @param categories fields with at least one open call, in the order of the fields
 * @param days weekdays (Monday first) on which at least one open call needs help
 * @param months months from the build date's month on, within the horizon, with at least one open call
 * @param groupsWithOpenCalls the groups with at least one open call, by slug
 * @param horizon the last day a repeat is expanded to
 */
public record OpportunityModel(List<OpportunityView> all, List<OpportunityView> open, List<OpportunityView> closed,
                               List<Facet> areas, List<Facet> categories, List<Facet> days, List<Facet> months,
                               Set<String> groupsWithOpenCalls, LocalDate today, LocalDate horizon) {

    /** How many months, this one included, the lists by month cover. */
    public static final int MONTHS = 12;

    public static final String URL = "/opportunities/";
    public static final String FEED_URL = URL + "feed.xml";

    /**
     * An area, a field, a weekday or a month with its open calls.
     *
     * @param kind {@code area}, {@code category}, {@code day} or {@code month}
     * @param month the month of a month list, or null
     */
    public record Facet(String kind, TermLink term, List<OpportunityView> calls, YearMonth month) {
        public String url() {
            return term.url();
        }

        public int count() {
            return calls.size();
        }
    }

    public static OpportunityModel build(List<CheckedOpportunity> checked, List<Category> categories,
                                         List<Area> areas, SiteConfig site, LocalDate today) {
        YearMonth first = YearMonth.from(today);
        LocalDate horizon = first.plusMonths(MONTHS - 1L).atEndOfMonth();
        Comparator<OpportunityView> newest = Comparator.comparing(OpportunityView::posted).reversed()
                .thenComparing(OpportunityView::kana).thenComparing(OpportunityView::slug);
        List<OpportunityView> all = checked.parallelStream().filter(c -> !c.opportunity().posted().isAfter(today))
                .map(c -> view(c, site, today, horizon)).sorted(newest).toList();
        List<OpportunityView> open = all.stream().filter(OpportunityView::open).toList();
        List<OpportunityView> closed = all.stream().filter(OpportunityView::isClosed).toList();

        List<Facet> areaFacets = new ArrayList<>();
        for (Area a : areas) {
            TermLink t = new TermLink(a.slug(), a.name(), a.nameEn(), URL + "areas/" + a.slug() + "/");
            facet("area", t, null, open, o -> o.area() != null && o.area().slug().equals(a.slug()), areaFacets);
        }
        List<Facet> cats = new ArrayList<>();
        for (Category c : categories) {
            TermLink t = new TermLink(c.slug(), c.name(), c.nameEn(), URL + "categories/" + c.slug() + "/");
            facet("category", t, null, open, o -> o.categories().stream().anyMatch(x -> x.slug().equals(c.slug())),
                    cats);
        }
        List<Facet> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            TermLink t = new TermLink(daySlug(d), d.getDisplayName(TextStyle.FULL, Locale.JAPANESE),
                    d.getDisplayName(TextStyle.FULL, Locale.ENGLISH), URL + "days/" + daySlug(d) + "/");
            facet("day", t, null, open, o -> o.weekdays().contains(d), days);
        }
        List<Facet> months = new ArrayList<>();
        for (YearMonth ym = first; !ym.isAfter(YearMonth.from(horizon)); ym = ym.plusMonths(1)) {
            YearMonth m = ym;
            TermLink t = new TermLink(m.toString(), m.getYear() + "年" + m.getMonthValue() + "月",
                    m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear(),
                    URL + "months/" + m + "/");
            facet("month", t, m, open, o -> o.months().contains(m), months);
        }
        Set<String> withCalls = new TreeSet<>();
        open.stream().filter(o -> o.group().slug() != null).forEach(o -> withCalls.add(o.group().slug()));
        return new OpportunityModel(all, open, closed, List.copyOf(areaFacets), List.copyOf(cats),
                List.copyOf(days), List.copyOf(months), Set.copyOf(withCalls), today, horizon);
    }

    private static void facet(String kind, TermLink term, YearMonth month, List<OpportunityView> open,
                              Predicate<OpportunityView> in, List<Facet> out) {
        List<OpportunityView> calls = open.stream().filter(in).toList();
        if (!calls.isEmpty()) {
            out.add(new Facet(kind, term, calls, month));
        }
    }

    /** The two-letter name of a weekday in addresses, as in iCalendar: mo, tu, we … */
    public static String daySlug(DayOfWeek d) {
        return d.name().substring(0, 2).toLowerCase(Locale.ROOT);
    }

    /** Every list page: by area, by field, by weekday, by month. */
    public List<Facet> facets() {
        List<Facet> out = new ArrayList<>(areas);
        out.addAll(categories);
        out.addAll(days);
        out.addAll(months);
        return List.copyOf(out);
    }

    /** The open calls of a group. */
    public List<OpportunityView> forGroup(String slug) {
        return open.stream().filter(o -> slug.equals(o.group().slug())).toList();
    }

    /** Whether a group has an open call, for the 募集中 badges. */
    public boolean hasOpenCall(String groupSlug) {
        return groupsWithOpenCalls.contains(groupSlug);
    }

    static OpportunityView view(CheckedOpportunity c, SiteConfig site, LocalDate today, LocalDate horizon) {
        Opportunity o = c.opportunity();
        String url = URL + c.slug() + "/";
        OpportunityView.Group group = c.group() == null
                ? new OpportunityView.Group(null, site.name(), "/", true)
                : new OpportunityView.Group(c.group().slug(), c.group().group().name(),
                        "/groups/" + c.group().slug() + "/", false);
        List<TermLink> cats = c.categories().stream()
                .map(x -> new TermLink(x.slug(), x.name(), x.nameEn(), URL + "categories/" + x.slug() + "/")).toList();
        TermLink area = c.area() == null ? null : new TermLink(c.area().slug(), c.area().name(), c.area().nameEn(),
                URL + "areas/" + c.area().slug() + "/");
        Opportunity.Schedule s = o.schedule();
        List<LocalDate> dates = s == null ? List.of() : List.copyOf(new TreeSet<>(s.dates()));
        List<LocalDate> upcoming;
        String schedule = null;
        String scheduleEn = null;
        if (c.rule() != null) {
            LocalDate first = s.from() != null ? s.from() : o.posted();
            LocalDate last = o.until() != null && o.until().isBefore(horizon) ? o.until() : horizon;
            upcoming = c.rule().dates(first, last, null, horizon).stream().filter(d -> !d.isBefore(today)).toList();
            schedule = c.rule().describe(first, Locale.JAPANESE);
            scheduleEn = c.rule().describe(first, Locale.ENGLISH);
        } else {
            upcoming = dates.stream().filter(d -> !d.isBefore(today) && !d.isAfter(horizon)).toList();
        }
        boolean closedEarly = o.status() == OpportunityStatus.CLOSED;
        boolean expired = o.until() != null && o.until().isBefore(today);
        boolean past = !dates.isEmpty() && dates.get(dates.size() - 1).isBefore(today);
        boolean open = !closedEarly && !expired && !past;
        TreeSet<DayOfWeek> weekdays = new TreeSet<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        if (open) {
            upcoming.forEach(d -> {
                weekdays.add(d.getDayOfWeek());
                months.add(YearMonth.from(d));
            });
        }
        OpportunityView.Contact contact = o.contact() == null ? null : new OpportunityView.Contact(o.contact().name(),
                o.contact().phone() == null ? null : o.contact().phone().value(),
                o.contact().phone() == null ? null : o.contact().phone().uri(),
                o.contact().email() == null ? null : o.contact().email().value());
        return new OpportunityView(c.slug(), url, o.title(), c.kana(), c.kanaDerived(), group, o.role(),
                Markdown.toSafeHtml(o.description(), 2), cats, area, dates, schedule, scheduleEn,
                s == null ? null : s.start(), s == null ? null : s.end(), s == null ? null : s.notes(), upcoming,
                o.place(), o.people(), o.welcome(), o.age(), o.bring(), o.notes(), o.apply(), contact, o.posted(),
                o.until(), open, closedEarly, List.copyOf(weekdays), List.copyOf(months), c.file());
    }
}
