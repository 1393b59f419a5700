package org.tsunagu.events;

import java.time.LocalDate;

/**
 * A closing date shown in the calendar and in the feed of deadlines: a grant round's last day to
 * apply, for instance.
 *
 * @param title what closes (まちづくり活動支援金)
 * @param detail which part of it (二次募集), or null
 * @param url the page that says more
 * @param uid a name for it that stays the same from build to build
 */
public record Deadline(LocalDate date, String title, String detail, String url, String uid) {

    /** まちづくり活動支援金（二次募集）. */
    public String label() {
        return detail == null ? title : title + "（" + detail + "）";
    }
}
