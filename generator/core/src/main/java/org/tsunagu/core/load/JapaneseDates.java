package org.tsunagu.core.load;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates the way people in Japan write them: {@code 2026-02-20}, {@code 2026/2/20},
 * {@code 2026年2月20日}, {@code 令和8年2月20日} (also 平成 and 昭和, and 元年), in full-width digits
 * too. Anything else is refused with the accepted form, never guessed. An impossible date
 * (2月30日) is refused with the number of days the month has.
 */
public final class JapaneseDates {

    /** The result: a date, or a message key with its arguments. */
    public record Result(LocalDate date, String errorKey, List<Object> args) {
        static Result ok(LocalDate d) {
            return new Result(d, null, List.of());
        }

        static Result error(String key, Object... args) {
            return new Result(null, key, List.of(args));
        }

        public boolean ok() {
            return date != null;
        }
    }

    private record Era(String name, int firstYear, LocalDate start, LocalDate end) {
    }

    private static final List<Era> ERAS = List.of(
            new Era("令和", 2019, LocalDate.of(2019, 5, 1), LocalDate.MAX),
            new Era("平成", 1989, LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
            new Era("昭和", 1926, LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7)));

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern KANJI = Pattern.compile("(\\d{4})年\\s*(\\d{1,2})月\\s*(\\d{1,2})日");
    private static final Pattern WAREKI = Pattern.compile("(令和|平成|昭和)\\s*(\\d{1,2}|元)年\\s*(\\d{1,2})月\\s*(\\d{1,2})日");
    private static final Pattern WEEKDAY = Pattern.compile("\\s*[（(][月火水木金土日](曜日?)?[)）]\\s*$");

    private JapaneseDates() {
    }

    public static Result parse(String text) {
        String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        t = WEEKDAY.matcher(t).replaceFirst("");
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = KANJI.matcher(t);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        Matcher w = WAREKI.matcher(t);
        if (w.matches()) {
            Era era = ERAS.stream().filter(e -> e.name().equals(w.group(1))).findFirst().orElseThrow();
            int eraYear = w.group(2).equals("元") ? 1 : Integer.parseInt(w.group(2));
            if (eraYear < 1) {
                return Result.error("date.format", text.strip());
            }
            int year = era.firstYear() + eraYear - 1;
            Result r = of(year, Integer.parseInt(w.group(3)), Integer.parseInt(w.group(4)));
            if (r.ok() && (r.date().isBefore(era.start()) || r.date().isAfter(era.end()))) {
                return Result.error("date.outsideEra", text.strip(), era.name());
            }
            return r;
        }
        return Result.error("date.format", text.strip());
    }

    private static Result of(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return Result.error("date.badMonth", year, month, day);
        }
        try {
            return Result.ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Result.error("date.impossible", year, month, day, YearMonth.of(year, month).lengthOfMonth());
        }
    }
}
