package org.tsunagu.opportunities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.tsunagu.site.TermLink;

/**
 * A call for helpers as templates and the feed see it: links resolved, description rendered,
 * and its state on the build date.
 *
 * @param group the calling group as a link; its url is null when the centre calls
 * @param dates the dates written, in order (empty for a repeat)
 * @param schedule the repeat in words (毎月第2土曜日), or null
 * @param upcoming the dates from the build date on, within the horizon (a repeat expanded)
 * @param open whether the call takes helpers on the build date
 * @param closedEarly whether it was closed by {@code status: 受付終了} rather than by its dates
 * @param weekdays the weekdays of its upcoming dates
 * @param months the months of its upcoming dates, within the horizon
 */
public record OpportunityView(
        String slug, String url, String title, String kana, boolean kanaDerived, Group group, String role,
        String descriptionHtml, List<TermLink> categories, TermLink area, List<LocalDate> dates,
        String schedule, String scheduleEn, LocalTime start, LocalTime end, String scheduleNotes,
        List<LocalDate> upcoming, Opportunity.Place place, Integer people, List<Welcome> welcome, String age,
        String bring, String notes, Opportunity.Apply apply, Contact contact, LocalDate posted, LocalDate until,
        boolean open, boolean closedEarly, List<DayOfWeek> weekdays, List<YearMonth> months, String file) {

    /** The group that calls for helpers: one of the site's groups with its page, or the centre. */
    public record Group(String slug, String name, String url, boolean centre) {
    }

    /** Whom to ask, with a link for the telephone number. */
    public record Contact(String name, String phone, String phoneUri, String email) {
    }

    public boolean isRepeat() {
        return schedule != null;
    }

    public boolean isClosed() {
        return !open;
    }

    /** The next date the help is needed, or null. */
    public LocalDate next() {
        return upcoming.isEmpty() ? null : upcoming.get(0);
    }

    public boolean isOnline() {
        return welcome.contains(Welcome.ONLINE);
    }

    /** The upcoming dates within a month, for the month lists. */
    public List<LocalDate> datesIn(YearMonth month) {
        return upcoming.stream().filter(d -> YearMonth.from(d).equals(month)).toList();
    }
}
