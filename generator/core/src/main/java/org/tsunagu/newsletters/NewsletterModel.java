package org.tsunagu.newsletters;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tsunagu.events.EventModel;
import org.tsunagu.events.Occurrence;
import org.tsunagu.grants.GrantModel;
import org.tsunagu.grants.GrantView;
import org.tsunagu.opportunities.OpportunityModel;
import org.tsunagu.opportunities.OpportunityView;

/**
 * The newsletter's issues and the monthly digests.
 *
 * @param all issues published on or before the build date, newest first
 * @param years the same by year of publication, newest year first
 * @param digests one per month of the calendar: the sheet staff take on a district visit
 */
public record NewsletterModel(List<Newsletter> all, List<Year> years, List<Digest> digests) {

    /** Where the digests are: {@code /digest/2026-11/}. */
    public static final String DIGEST_URL = "/digest/";

    public record Year(int year, List<Newsletter> issues) {
    }

    /** A grant round closing in a digest's period. */
    public record Closing(GrantView grant, GrantView.RoundView round) {
    }

    /**
     * A month's digest: its events day by day, the calls open during it, and the grant rounds
     * that close from its first day until the end of the next month.
     */
    public record Digest(YearMonth month, String url, List<Occurrence> events, List<OpportunityView> calls,
                         List<Closing> grants) {
        public LocalDate first() {
            return month.atDay(1);
        }
    }

    public static NewsletterModel build(List<Newsletter> checked, EventModel events, OpportunityModel calls,
                                        GrantModel grants, LocalDate today) {
        List<Newsletter> all = checked.stream().filter(n -> !n.date().isAfter(today))
                .sorted(Comparator.comparing(Newsletter::date).thenComparing(Newsletter::number).reversed())
                .toList();
        Map<Integer, List<Newsletter>> byYear = new TreeMap<>(Comparator.reverseOrder());
        all.forEach(n -> byYear.computeIfAbsent(n.year(), y -> new ArrayList<>()).add(n));
        List<Year> years = byYear.entrySet().stream().map(e -> new Year(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        List<Digest> digests = new ArrayList<>();
        for (EventModel.Month m : events.months()) {
            digests.add(digest(m, calls, grants));
        }
        return new NewsletterModel(all, years, List.copyOf(digests));
    }

    /** The newest issue, or null. */
    public Newsletter latest() {
        return all.isEmpty() ? null : all.get(0);
    }

    /** The digest of a month, or null when the calendar has no such month. */
    public Digest digest(YearMonth month) {
        return digests.stream().filter(d -> d.month().equals(month)).findFirst().orElse(null);
    }

    private static Digest digest(EventModel.Month m, OpportunityModel calls, GrantModel grants) {
        LocalDate start = m.first();
        LocalDate end = m.month().atEndOfMonth();
        List<Occurrence> occurrences = m.days().stream().filter(EventModel.Cell::inMonth)
                .flatMap(c -> c.occurrences().stream()).toList();
        List<OpportunityView> open = calls.all().stream()
                .filter(o -> !o.closedEarly() && !o.posted().isAfter(end)
                        && (o.until() == null || !o.until().isBefore(start)))
                .toList();
        LocalDate until = end.plusMonths(1).withDayOfMonth(end.plusMonths(1).lengthOfMonth());
        List<Closing> closing = new ArrayList<>();
        for (GrantView g : grants.all()) {
            for (GrantView.RoundView r : g.rounds()) {
                if (!r.closes().isBefore(start) && !r.closes().isAfter(until)) {
                    closing.add(new Closing(g, r));
                }
            }
        }
        closing.sort(Comparator.comparing((Closing c) -> c.round().closes()).thenComparing(c -> c.grant().slug()));
        String url = DIGEST_URL + m.month() + "/";
        return new Digest(m.month(), url, occurrences, open, List.copyOf(closing));
    }
}
