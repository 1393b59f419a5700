package org.tsunagu.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.tsunagu.core.load.Fee;
import org.tsunagu.site.TermLink;

/**
 * An event as templates, feeds and open data see it: links resolved, description rendered,
 * schedule expanded into dates.
 *
 * @param organiser the organising group as a link; its url is null when the centre organises it
 * @param schedule the repeat in words (毎月第2土曜日), or null for a single event
 * @param rrule the RFC 5545 rule for the repeat, or null
 * @param dates every date of the event up to the calendar's horizon, in order, with its status
 * @param next the first date that has not ended on the build date, or null when all are past
 * @param mapUrl a map of the venue when its position is given
 * @param icsUrl the event's own iCalendar file, for 「カレンダーに追加」
 */
public record EventView(
        String slug, String url, String title, String kana, boolean kanaDerived, String titleEn,
        Organiser organiser, List<Organiser> coOrganisers, List<TermLink> categories, TermLink area,
        LocalDate date, LocalDate endDate, LocalTime start, LocalTime end, LocalTime reception,
        String schedule, String scheduleEn, String rrule, LocalDate until, Integer count,
        List<LocalDate> except, List<LocalDate> also, List<Dated> dates, Dated next, boolean past,
        Event.Place place, String mapUrl, Fee fee, String feeNotes, Integer capacity, String audience,
        Event.Apply apply, Contact contact, List<Support> accessibility, String accessibilityNotes,
        EventStatus status, LocalDate postponedTo, String summary, String descriptionHtml, String link,
        String icsUrl, String file) {

    /** The organiser or a co-organiser: one of the site's groups (with its page), the centre, or a named body. */
    public record Organiser(String slug, String name, String url, boolean centre) {
    }

    /** Whom to ask, with a link for the telephone number. */
    public record Contact(String name, String phone, String phoneUri, String email) {
    }

    /**
     * One date of the event: the day it starts and the day it ends (the same for a one-day
     * event), and whether it takes place as planned.
     */
    public record Dated(LocalDate date, LocalDate endDate, EventStatus status, boolean moved) {
        public boolean isCancelled() {
            return status == EventStatus.CANCELLED;
        }

        public boolean isPostponed() {
            return status == EventStatus.POSTPONED;
        }
    }

    public boolean isAllDay() {
        return start == null;
    }

    /**
     * Whether calendars hold the event as dates only: it has no start time, or it spreads over
     * several days (its times then go into the description).
     */
    public boolean isDatesOnly() {
        return datesOnly(start, date, endDate);
    }

    static boolean datesOnly(LocalTime start, LocalDate date, LocalDate endDate) {
        return start == null || (endDate != null && !endDate.equals(date));
    }

    public boolean isSeries() {
        return schedule != null;
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    public boolean isPostponed() {
        return status == EventStatus.POSTPONED;
    }

    public boolean isOnline() {
        return place != null && place.online() != null;
    }

    public boolean hasVenue() {
        return place != null && (place.venue() != null || place.address() != null);
    }

    /** Upcoming dates, the next first. */
    public List<Dated> upcoming(LocalDate today) {
        return dates.stream().filter(d -> !d.endDate().isBefore(today)).toList();
    }

    /** Dates that have ended and took place (not cancelled or postponed), the most recent first. */
    public List<Dated> held(LocalDate today) {
        return dates.stream().filter(d -> d.endDate().isBefore(today) && d.status() == EventStatus.SCHEDULED)
                .sorted(java.util.Comparator.comparing(Dated::date).reversed()).toList();
    }

    /** The last date of the event within the horizon. */
    public Dated last() {
        return dates.isEmpty() ? null : dates.get(dates.size() - 1);
    }
}
