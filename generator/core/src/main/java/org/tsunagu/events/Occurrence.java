package org.tsunagu.events;

import java.time.LocalDate;
import java.time.LocalTime;

/** One date of an event, as the calendar and the upcoming list show it. */
public record Occurrence(EventView event, EventView.Dated dated) {

    public LocalDate date() {
        return dated.date();
    }

    public LocalDate endDate() {
        return dated.endDate();
    }

    public LocalTime start() {
        return event.start();
    }

    public LocalTime end() {
        return event.end();
    }

    public boolean isCancelled() {
        return dated.isCancelled();
    }

    public boolean isPostponed() {
        return dated.isPostponed();
    }
}
