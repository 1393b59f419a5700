package org.tsunagu.core.render;

import java.time.LocalDate;
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
}
