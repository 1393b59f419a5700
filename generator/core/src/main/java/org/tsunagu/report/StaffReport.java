package org.tsunagu.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tsunagu.core.build.SiteModel;
import org.tsunagu.core.check.Messages;
import org.tsunagu.core.load.Binder;
import org.tsunagu.events.Event;
import org.tsunagu.events.EventView;
import org.tsunagu.grants.GrantStatus;
import org.tsunagu.grants.GrantView;
import org.tsunagu.groups.Group;
import org.tsunagu.groups.GroupView;
import org.tsunagu.opendata.Column;
import org.tsunagu.opendata.Csv;
import org.tsunagu.opendata.Table;
import org.tsunagu.opportunities.OpportunityView;

/**
 * What the centre's staff should look at, for planning visits and calls: groups whose information
 * has not been confirmed for a long time, groups and events missing what readers look for, groups
 * with no event this year, and calls and grants that are over but still listed.
 */
public final class StaffReport {

    /** Confirmation older than this many months is stale, unless the site or the command says otherwise. */
    public static final int DEFAULT_MONTHS = 12;

    /** What is to be done about a record, in the order the report lists them. */
    public enum Problem {
        /** The group's information was last confirmed (or registered) more than the given months ago, or never. */
        UNCONFIRMED,
        /** A field readers look for is missing. */
        MISSING,
        /** The group has no event in the year of the report's date. */
        NO_EVENTS,
        /** The call's period is over or it was closed, and its file is still there. */
        CALL_OVER,
        /** Every round of the grant has closed. */
        GRANT_OVER
    }

    /**
     * One line of the report.
     *
     * @param date the date that tells the problem: last confirmed or registered; the group's last
     *             event before this year or its next one after it; the day the call or the
     *             grant's last round closed. Null when there is none.
     * @param details what the date is ({@code confirmed}, {@code registered}; {@code last},
     *             {@code next}; {@code until}, {@code dates}, {@code status}), or for
     *             {@link Problem#MISSING} the keys of the fields missing ({@code activity.place})
     */
    public record Row(Problem problem, String file, String name, LocalDate date, List<String> details) {
        public Row {
            details = List.copyOf(details);
        }
    }

    private StaffReport() {
    }

    /** The report for a site on a day, confirmation older than {@code months} months counting as stale. */
    public static List<Row> of(SiteModel model, LocalDate today, int months) {
        List<Row> rows = new ArrayList<>();
        LocalDate staleBefore = today.minusMonths(months);
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate nextYear = yearStart.plusYears(1);
        Map<String, LocalDate> lastBefore = new HashMap<>();
        Map<String, LocalDate> firstAfter = new HashMap<>();
        java.util.Set<String> thisYear = new java.util.HashSet<>();
        for (EventView e : model.events().all()) {
            List<String> slugs = new ArrayList<>();
            if (e.organiser() != null && e.organiser().slug() != null) {
                slugs.add(e.organiser().slug());
            }
            e.coOrganisers().stream().filter(o -> o.slug() != null).forEach(o -> slugs.add(o.slug()));
            for (EventView.Dated d : e.dates()) {
                if (d.isCancelled()) {
                    continue;
                }
                for (String slug : slugs) {
                    if (d.date().isBefore(yearStart)) {
                        lastBefore.merge(slug, d.date(), (a, b) -> a.isAfter(b) ? a : b);
                    } else if (d.date().isBefore(nextYear)) {
                        thisYear.add(slug);
                    } else {
                        firstAfter.merge(slug, d.date(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
            if (e.next() != null) {
                List<String> missing = missing(e);
                if (!missing.isEmpty()) {
                    rows.add(new Row(Problem.MISSING, e.file(), e.title(), null, missing));
                }
            }
        }
        for (GroupView g : model.groups().all()) {
            LocalDate last = g.confirmed() != null ? g.confirmed() : g.registered();
            if (last == null || last.isBefore(staleBefore)) {
                rows.add(new Row(Problem.UNCONFIRMED, g.file(), g.name(), last,
                        last == null ? List.of() : List.of(g.confirmed() != null ? "confirmed" : "registered")));
            }
            List<String> missing = missing(g);
            if (!missing.isEmpty()) {
                rows.add(new Row(Problem.MISSING, g.file(), g.name(), null, missing));
            }
            if (!thisYear.contains(g.slug())) {
                LocalDate next = firstAfter.get(g.slug());
                LocalDate before = lastBefore.get(g.slug());
                rows.add(next != null ? new Row(Problem.NO_EVENTS, g.file(), g.name(), next, List.of("next"))
                        : before != null ? new Row(Problem.NO_EVENTS, g.file(), g.name(), before, List.of("last"))
                        : new Row(Problem.NO_EVENTS, g.file(), g.name(), null, List.of()));
            }
        }
        for (OpportunityView o : model.opportunities().all()) {
            if (o.open()) {
                continue;
            }
            if (o.closedEarly()) {
                rows.add(new Row(Problem.CALL_OVER, o.file(), o.title(), null, List.of("status")));
            } else if (o.until() != null && o.until().isBefore(today)) {
                rows.add(new Row(Problem.CALL_OVER, o.file(), o.title(), o.until(), List.of("until")));
            } else {
                LocalDate lastDate = o.dates().isEmpty() ? null : o.dates().get(o.dates().size() - 1);
                rows.add(new Row(Problem.CALL_OVER, o.file(), o.title(), lastDate, List.of("dates")));
            }
        }
        for (GrantView g : model.grants().all()) {
            if (g.status() == GrantStatus.CLOSED) {
                LocalDate closed = g.rounds().stream().map(GrantView.RoundView::closes)
                        .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
                rows.add(new Row(Problem.GRANT_OVER, g.file(), g.name(), closed, List.of()));
            }
        }
        // Within a problem: the oldest first (never confirmed before all), then by file.
        rows.sort(Comparator.comparing(Row::problem)
                .thenComparing(Row::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Row::file));
        return List.copyOf(rows);
    }

    /** The fields a group's readers look for and do not find. */
    private static List<String> missing(GroupView g) {
        List<String> missing = new ArrayList<>();
        if (g.kanaDerived()) {
            missing.add("kana");
        }
        if (g.descriptionHtml() == null || g.descriptionHtml().isBlank()) {
            missing.add("description");
        }
        if (g.activity() == null || blank(g.activity().days())) {
            missing.add("activity.days");
        }
        if (g.activity() == null || blank(g.activity().place())) {
            missing.add("activity.place");
        }
        if (g.recruiting() == null) {
            missing.add("recruiting");
        }
        if (g.contact() == null || g.contact().isEmpty()) {
            // Nothing published: a reader cannot reach the group.
            missing.add("contact.public");
        }
        return missing;
    }

    /** The fields an upcoming event's readers look for and do not find. */
    private static List<String> missing(EventView e) {
        List<String> missing = new ArrayList<>();
        if (e.kanaDerived()) {
            missing.add("kana");
        }
        if (blank(e.summary())) {
            missing.add("summary");
        }
        if (e.place() == null || (blank(e.place().venue()) && e.place().online() == null)) {
            missing.add("place.venue");
        }
        if (e.contact() == null && (e.apply() == null || e.apply().url() == null)) {
            missing.add("contact");
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The report as text for people, grouped by problem with counts. */
    public static String text(List<Row> rows, LocalDate today, int months, Locale locale) {
        Messages m = Messages.get(locale);
        StringBuilder out = new StringBuilder();
        out.append(m.format("report.title", today.toString())).append("\n");
        for (Problem p : Problem.values()) {
            List<Row> of = rows.stream().filter(r -> r.problem() == p).toList();
            out.append("\n").append(m.format("report.section", heading(p, today, months, m), of.size())).append("\n");
            if (of.isEmpty()) {
                out.append("  ").append(m.format("report.none")).append("\n");
            }
            for (Row r : of) {
                String detail = detail(r, today, locale);
                out.append("  - ").append(m.format("report.row", r.name(), r.file()))
                        .append(detail.isEmpty() ? "" : m.format("report.detail", detail)).append("\n");
            }
        }
        out.append("\n").append(m.format("report.total", rows.size())).append("\n");
        return out.toString();
    }

    /**
     * The report as a CSV file (UTF-8 with a byte order mark, for Excel): one row per problem
     * with its heading, the file, the record's name, the date and what is wrong.
     */
    public static byte[] csv(List<Row> rows, LocalDate today, int months, Locale locale) {
        Messages m = Messages.get(locale);
        List<Column> columns = List.of(new Column(m.format("report.csv.problem"), Column.Kind.TEXT),
                new Column(m.format("report.csv.file"), Column.Kind.TEXT),
                new Column(m.format("report.csv.name"), Column.Kind.TEXT),
                new Column(m.format("report.csv.date"), Column.Kind.DATE),
                new Column(m.format("report.csv.detail"), Column.Kind.TEXT));
        List<List<Object>> cells = new ArrayList<>();
        for (Row r : rows) {
            String detail = detail(r, today, locale);
            cells.add(java.util.Arrays.asList(heading(r.problem(), today, months, m), r.file(), r.name(),
                    r.date() == null ? null : r.date().toString(), detail.isEmpty() ? null : detail));
        }
        return Csv.write(new Table("report", m.format("report.title", today.toString()), null, columns, cells));
    }

    private static String heading(Problem p, LocalDate today, int months, Messages m) {
        return switch (p) {
            case UNCONFIRMED -> m.format("report.UNCONFIRMED", months);
            case NO_EVENTS -> m.format("report.NO_EVENTS", String.valueOf(today.getYear()));
            default -> m.format("report." + p.name());
        };
    }

    /** What is wrong with one record, in words. */
    static String detail(Row r, LocalDate today, Locale locale) {
        Messages m = Messages.get(locale);
        String what = r.details().isEmpty() ? "" : r.details().get(0);
        return switch (r.problem()) {
            case UNCONFIRMED -> r.date() == null ? m.format("report.never")
                    : m.format("report." + what, r.date().toString(), ago(r.date(), today, m));
            case MISSING -> String.join(m.format("report.separator"),
                    r.details().stream().map(k -> label(r.file(), k, locale)).toList());
            case NO_EVENTS -> r.date() == null ? m.format("report.noEventsEver")
                    : m.format("report.events." + what, r.date().toString());
            case CALL_OVER -> r.date() == null ? m.format("report.call.status")
                    : m.format("report.call." + what, r.date().toString());
            case GRANT_OVER -> r.date() == null ? "" : m.format("report.grant.closes", r.date().toString());
        };
    }

    /** How long ago, in months and days: 14 か月前, 6 か月 14 日前. */
    static String ago(LocalDate date, LocalDate today, Messages m) {
        long months = ChronoUnit.MONTHS.between(date, today);
        long days = ChronoUnit.DAYS.between(date.plusMonths(months), today);
        return days == 0 ? m.format("report.ago", count("report.months", months, m))
                : m.format("report.ago", count("report.months", months, m) + m.format("report.and")
                + count("report.days", days, m));
    }

    /** A number of things in words: 14 か月, 1 month, 14 days. */
    private static String count(String key, long n, Messages m) {
        return m.format(n == 1 && m.has(key + ".one") ? key + ".one" : key, n);
    }

    /** A field by its title and its key: くわしい紹介（description）. */
    static String label(String file, String key, Locale locale) {
        Class<?> type = file.startsWith("data/groups/") ? Group.class : Event.class;
        Binder.FieldInfo field = null;
        for (String part : key.split("\\.")) {
            Class<?> in = type;
            field = Binder.fields(in).stream().filter(f -> f.key().equals(part)).findFirst().orElse(null);
            if (field == null) {
                return key;
            }
            type = field.component().getType();
        }
        boolean english = "en".equals(locale.getLanguage());
        String title = (english ? field.en() : field.ja()).replaceAll("[（(][^（）()]*[）)]$", "").strip();
        return Messages.get(locale).format("report.field", title, key);
    }
}
