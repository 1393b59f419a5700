package org.tsunagu.core.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Formatting helpers for templates ({@code fmt}): dates the Japanese way, 2026年2月20日（金）,
 * optionally with the era year (令和8年), and in English for the English interface.
 */
public final class Formats {

    private final boolean english;
    private final boolean wareki;

    public Formats(Locale locale, boolean wareki) {
        this.english = "en".equals(locale.getLanguage());
        this.wareki = wareki;
    }

    /** {@code 2026年2月20日（金）}, or {@code 2026年（令和8年）2月20日（金）} with era years on. */
    /** A file's size for people: 245 KB, 1.2 MB. */
    public static String fileSize(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public String date(LocalDate d) {
        if (d == null) {
            return "";
        }
        if (english) {
            return d.format(DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH));
        }
        String dow = d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE);
        String year = wareki ? d.getYear() + "年（" + era(d) + "）" : d.getYear() + "年";
        return year + d.getMonthValue() + "月" + d.getDayOfMonth() + "日（" + dow + "）";
    }

    /** {@code 2026年2月} for a month. */
    public String month(LocalDate d) {
        return english ? d.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH))
                : d.getYear() + "年" + d.getMonthValue() + "月";
    }

    /** {@code 2月20日（金）}: a day within a month or year already named. */
    public String day(LocalDate d) {
        if (english) {
            return d.format(DateTimeFormatter.ofPattern("EEE d MMMM", Locale.ENGLISH));
        }
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日（" + weekday(d) + "）";
    }

    /** The short weekday: 金, or Fri. */
    public String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, english ? Locale.ENGLISH : Locale.JAPANESE);
    }

    /** The full weekday: 金曜日, or Friday. */
    public String weekdayLong(java.time.DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, english ? Locale.ENGLISH : Locale.JAPANESE);
    }

    /** The full date of the first day and, for several days, the last: 2026年7月25日（土）〜7月26日（日）. */
    public String dates(LocalDate first, LocalDate last) {
        if (last == null || last.equals(first)) {
            return date(first);
        }
        String end = last.getYear() == first.getYear() ? day(last) : date(last);
        return date(first) + (english ? " – " : "〜") + end;
    }

    /** A time of day, 13:30. */
    public String time(LocalTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ofPattern("H:mm"));
    }

    /**
     * A span of time, 13:30〜15:30, or only the start when the end is not known. Templates pass
     * {@code e.end!} for a missing end, so anything that is not a time counts as none.
     */
    public String times(Object startTime, Object endTime) {
        LocalTime start = startTime instanceof LocalTime t ? t : null;
        LocalTime end = endTime instanceof LocalTime t ? t : null;
        if (start == null) {
            return "";
        }
        return end == null ? time(start) + (english ? "" : "〜") : time(start) + (english ? "–" : "〜") + time(end);
    }

    /** The machine-readable form of a date and time for {@code <time datetime>}: 2026-02-20T18:30. */
    public String iso(LocalDate d, Object time) {
        return time instanceof LocalTime t ? d.atTime(t).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"))
                : iso(d);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** The era year of a date: 令和8年, 平成31年, 令和元年. */
    public static String era(LocalDate d) {
        if (!d.isBefore(LocalDate.of(2019, 5, 1))) {
            return eraYear("令和", d.getYear() - 2018);
        }
        if (!d.isBefore(LocalDate.of(1989, 1, 8))) {
            return eraYear("平成", d.getYear() - 1988);
        }
        if (!d.isBefore(LocalDate.of(1926, 12, 25))) {
            return eraYear("昭和", d.getYear() - 1925);
        }
        return d.getYear() + "年";
    }

    private static String eraYear(String era, int year) {
        return era + (year == 1 ? "元" : String.valueOf(year)) + "年";
    }

    /** A fiscal year (年度, April to March): 2025年度（令和7年度）, or FY2025. */
    public String fiscalYear(Number year) {
        int y = year.intValue();
        if (english) {
            return "FY" + y;
        }
        return y + "年度（" + era(LocalDate.of(y, 4, 1)).replace("年", "年度") + "）";
    }

    /** A year with its era for 設立年 (1998年（平成10年）). */
    public String year(Integer y) {
        if (y == null) {
            return "";
        }
        if (english) {
            return String.valueOf(y);
        }
        return wareki ? y + "年（" + era(LocalDate.of(y, 12, 31)) + "）" : y + "年";
    }

    /** An e-mail address in the coded form the site's {@code email.js} reads ({@link Emails}). */
    public String mailCode(String address) {
        return Emails.code(address);
    }
}
