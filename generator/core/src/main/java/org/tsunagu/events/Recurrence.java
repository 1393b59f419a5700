package org.tsunagu.events;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repeating schedule written in words, as a person writes it on a flyer: {@code 毎週水曜},
 * {@code 毎週月・木曜}, {@code 隔週火曜}, {@code 毎月第2土曜}, {@code 毎月第1・第3水曜},
 * {@code 毎月最終金曜}, {@code 毎月15日}, {@code 毎月末日}, {@code 隔月第2日曜}, {@code 毎日},
 * {@code 毎年}. It is the subset of RFC 5545 recurrence rules that such words can say, so the
 * dates on the site's pages and the rule in the iCalendar feed always agree.
 *
 * @param frequency how often
 * @param interval every how many days, weeks or months (1 = every)
 * @param days weekdays, each with its place in the month for monthly rules (第2 = 2, 最終 = -1, 0 = every)
 * @param monthDays days of the month (-1 = the last day)
 */
public record Recurrence(Frequency frequency, int interval, List<Day> days, List<Integer> monthDays) {

    public enum Frequency { DAILY, WEEKLY, MONTHLY, YEARLY }

    /** A weekday, with its place in the month for monthly rules (0 = every such weekday). */
    public record Day(int ordinal, DayOfWeek day) {
        String rule() {
            return (ordinal == 0 ? "" : String.valueOf(ordinal)) + day.name().substring(0, 2);
        }
    }

    /** The result of reading words: a rule, or a message key with its arguments. */
    public record Result(Recurrence rule, String errorKey, List<Object> args) {
        public boolean ok() {
            return rule != null;
        }
    }

    private static final String WEEKDAYS = "月火水木金土日";
    private static final Pattern WEEKLY = Pattern.compile("(毎週|隔週|(\\d{1,2})週(?:間)?ごと(?:の)?)(.*)");
    private static final Pattern MONTHLY = Pattern.compile("(毎月|隔月|(\\d{1,2})[かヵヶカケ箇]?月ごと(?:の)?)(.*)");
    private static final Pattern NTH = Pattern.compile("((?:(?:第\\d|最終週?|最後の?)[・、,と]?)+)(.+)");
    private static final Pattern NTH_ITEM = Pattern.compile("第(\\d)|最終週?|最後の?");
    private static final Pattern MONTH_DAYS = Pattern.compile("((?:\\d{1,2}日|末日?)(?:[・、,と](?:\\d{1,2}日|末日?))*)");
    private static final Pattern MORE_ORDINAL = Pattern.compile("^(\\d)[・、,と]?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("[・、,と]");

    /** Reads words such as 毎月第2土曜; gives the rule, or a message key for the mistake. */
    public static Result parse(String words) {
        String t = SPACES.matcher(Normalizer.normalize(words.strip(), Normalizer.Form.NFKC)).replaceAll("")
                .replace("曜日", "曜").replace("毎週間", "毎週");
        if (t.isEmpty()) {
            return error(words);
        }
        if (t.equals("毎日")) {
            return ok(new Recurrence(Frequency.DAILY, 1, List.of(), List.of()));
        }
        if (t.equals("隔日")) {
            return ok(new Recurrence(Frequency.DAILY, 2, List.of(), List.of()));
        }
        if (t.equals("毎年")) {
            return ok(new Recurrence(Frequency.YEARLY, 1, List.of(), List.of()));
        }
        Matcher w = WEEKLY.matcher(t);
        if (w.matches()) {
            int interval = w.group(1).equals("毎週") ? 1 : w.group(1).equals("隔週") ? 2 : Integer.parseInt(w.group(2));
            if (interval < 1) {
                return error(words);
            }
            List<DayOfWeek> days = weekdays(w.group(3));
            if (days == null) {
                return error(words);
            }
            return ok(new Recurrence(Frequency.WEEKLY, interval, days.stream().map(d -> new Day(0, d)).toList(),
                    List.of()));
        }
        Matcher m = MONTHLY.matcher(t);
        if (m.matches()) {
            int interval = m.group(1).equals("毎月") ? 1 : m.group(1).equals("隔月") ? 2 : Integer.parseInt(m.group(2));
            String rest = m.group(3);
            if (interval < 1) {
                return error(words);
            }
            if (rest.isEmpty()) {
                return ok(new Recurrence(Frequency.MONTHLY, interval, List.of(), List.of()));
            }
            Matcher md = MONTH_DAYS.matcher(rest);
            if (md.matches()) {
                List<Integer> monthDays = new ArrayList<>();
                for (String part : rest.split("[・、,と]")) {
                    int d = part.startsWith("末") ? -1 : Integer.parseInt(part.replace("日", ""));
                    if (d == 0 || d > 31) {
                        return new Result(null, "repeat.badMonthDay", List.of(words.strip(), d));
                    }
                    if (!monthDays.contains(d)) {
                        monthDays.add(d);
                    }
                }
                return ok(new Recurrence(Frequency.MONTHLY, interval, List.of(), List.copyOf(monthDays)));
            }
            Matcher nth = NTH.matcher(rest);
            if (nth.matches()) {
                List<Integer> ordinals = new ArrayList<>();
                Matcher item = NTH_ITEM.matcher(nth.group(1));
                while (item.find()) {
                    int o = item.group(1) == null ? -1 : Integer.parseInt(item.group(1));
                    if (o < -1 || o == 0 || o > 5) {
                        return new Result(null, "repeat.badOrdinal", List.of(words.strip(), o));
                    }
                    ordinals.add(o);
                }
                // 第1・3水曜: a bare digit after the separator continues the list of ordinals.
                String daysText = nth.group(2);
                Matcher more = MORE_ORDINAL.matcher(daysText);
                while (more.find()) {
                    int o = Integer.parseInt(more.group(1));
                    if (o < 1 || o > 5) {
                        return new Result(null, "repeat.badOrdinal", List.of(words.strip(), o));
                    }
                    ordinals.add(o);
                    daysText = daysText.substring(more.end());
                    more = MORE_ORDINAL.matcher(daysText);
                }
                List<DayOfWeek> days = weekdays(daysText);
                if (days == null || days.isEmpty()) {
                    return error(words);
                }
                List<Day> out = new ArrayList<>();
                for (DayOfWeek d : days) {
                    for (int o : ordinals) {
                        out.add(new Day(o, d));
                    }
                }
                return ok(new Recurrence(Frequency.MONTHLY, interval, List.copyOf(out), List.of()));
            }
            return error(words);
        }
        return error(words);
    }

    private static Result ok(Recurrence r) {
        return new Result(r, null, List.of());
    }

    private static Result error(String words) {
        return new Result(null, "repeat.format", List.of(words.strip()));
    }

    /** 水曜, 月・木曜, 月曜と木曜, 土日: the weekdays named, or null when something else is written. */
    private static List<DayOfWeek> weekdays(String text) {
        String t = SEPARATORS.matcher(text.replace("曜", "")).replaceAll("").replace("の", "");
        if (t.isEmpty()) {
            return List.of();
        }
        TreeSet<DayOfWeek> days = new TreeSet<>();
        for (int i = 0; i < t.length(); i++) {
            int idx = WEEKDAYS.indexOf(t.charAt(i));
            if (idx < 0) {
                return null;
            }
            days.add(DayOfWeek.of(idx + 1));
        }
        return List.copyOf(days);
    }

    /** The weekdays or days of the month a rule with none uses: those of the first date, as RFC 5545 says. */
    private Recurrence anchored(LocalDate first) {
        if (frequency == Frequency.WEEKLY && days.isEmpty()) {
            return new Recurrence(frequency, interval, List.of(new Day(0, first.getDayOfWeek())), monthDays);
        }
        if (frequency == Frequency.MONTHLY && days.isEmpty() && monthDays.isEmpty()) {
            return new Recurrence(frequency, interval, days, List.of(first.getDayOfMonth()));
        }
        return this;
    }

    /** Whether a date falls on this rule, for a series whose first date is {@code first}. */
    public boolean matches(LocalDate date, LocalDate first) {
        if (date.isBefore(first)) {
            return false;
        }
        Recurrence r = anchored(first);
        return switch (frequency) {
            case DAILY -> ChronoUnit.DAYS.between(first, date) % interval == 0;
            case WEEKLY -> {
                LocalDate w0 = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate w1 = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield ChronoUnit.WEEKS.between(w0, w1) % interval == 0
                        && r.days.stream().anyMatch(d -> d.day() == date.getDayOfWeek());
            }
            case MONTHLY -> {
                long months = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), date.withDayOfMonth(1));
                yield months % interval == 0 && (r.monthDays.stream().anyMatch(d -> monthDay(date, d))
                        || r.days.stream().anyMatch(d -> nthWeekday(date, d)));
            }
            case YEARLY -> date.getMonth() == first.getMonth() && date.getDayOfMonth() == first.getDayOfMonth();
        };
    }

    private static boolean monthDay(LocalDate date, int d) {
        return d == -1 ? date.getDayOfMonth() == date.lengthOfMonth() : date.getDayOfMonth() == d;
    }

    private static boolean nthWeekday(LocalDate date, Day d) {
        if (date.getDayOfWeek() != d.day()) {
            return false;
        }
        if (d.ordinal() == -1) {
            return date.plusWeeks(1).getMonth() != date.getMonth();
        }
        return (date.getDayOfMonth() - 1) / 7 + 1 == d.ordinal();
    }

    /**
     * The dates of the series from {@code first}, as RFC 5545 counts them: up to {@code until}
     * (inclusive) or {@code count} dates, and never past {@code horizon}.
     */
    public List<LocalDate> dates(LocalDate first, LocalDate until, Integer count, LocalDate horizon) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate last = until != null && until.isBefore(horizon) ? until : horizon;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (matches(d, first)) {
                out.add(d);
                if (count != null && out.size() >= count) {
                    break;
                }
            }
        }
        return out;
    }

    /** The first date on or after {@code from} that falls on the rule, looking up to ten years ahead. */
    public LocalDate firstOnOrAfter(LocalDate from, LocalDate first) {
        for (LocalDate d = from; d.isBefore(from.plusYears(10)); d = d.plusDays(1)) {
            if (matches(d, first)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The RFC 5545 RRULE value. {@code UNTIL} is a date for all-day events, and for timed events
     * the end of that day in Tokyo, in UTC, as the standard asks when the start has a time zone.
     */
    public String rrule(LocalDate first, LocalDate until, Integer count, LocalTime startTime, ZoneId zone) {
        Recurrence r = anchored(first);
        StringBuilder s = new StringBuilder("FREQ=").append(frequency.name());
        if (interval > 1) {
            s.append(";INTERVAL=").append(interval);
        }
        if (!r.days.isEmpty() && frequency != Frequency.DAILY && frequency != Frequency.YEARLY) {
            s.append(";BYDAY=").append(String.join(",", r.days.stream().map(Day::rule).toList()));
        }
        if (!r.monthDays.isEmpty() && frequency == Frequency.MONTHLY) {
            s.append(";BYMONTHDAY=").append(String.join(",", r.monthDays.stream().map(String::valueOf).toList()));
        }
        if (until != null) {
            if (startTime == null) {
                s.append(";UNTIL=").append(until.format(DateTimeFormatter.BASIC_ISO_DATE));
            } else {
                LocalDateTime end = until.atTime(23, 59, 59);
                s.append(";UNTIL=").append(end.atZone(zone).withZoneSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
            }
        } else if (count != null) {
            s.append(";COUNT=").append(count);
        }
        return s.toString();
    }

    /** The rule in words, in the way the site writes it: 毎月第2土曜日, 隔週火曜日. */
    public String describe(LocalDate first, Locale locale) {
        Recurrence r = anchored(first);
        boolean en = "en".equals(locale.getLanguage());
        return en ? describeEn(r) : describeJa(r);
    }

    private String describeJa(Recurrence r) {
        String weekdays = String.join("・", r.days.stream().map(d -> d.day()).distinct()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.JAPANESE)).toList()) + "曜日";
        return switch (frequency) {
            case DAILY -> interval == 1 ? "毎日" : interval == 2 ? "隔日" : interval + "日ごと";
            case WEEKLY -> (interval == 1 ? "毎週" : interval == 2 ? "隔週" : interval + "週ごとの") + weekdays;
            case MONTHLY -> {
                String every = interval == 1 ? "毎月" : interval == 2 ? "隔月" : interval + "か月ごとの";
                if (!r.monthDays.isEmpty()) {
                    yield every + String.join("・", r.monthDays.stream().map(d -> d == -1 ? "末日" : d + "日").toList());
                }
                String ordinals = String.join("・", r.days.stream().map(Day::ordinal).distinct()
                        .map(o -> o == -1 ? "最終" : "第" + o).toList());
                yield every + ordinals + weekdays;
            }
            case YEARLY -> "毎年";
        };
    }

    private String describeEn(Recurrence r) {
        String weekdays = String.join(" and ", r.days.stream().map(d -> d.day()).distinct()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList());
        return switch (frequency) {
            case DAILY -> interval == 1 ? "Every day" : "Every " + interval + " days";
            case WEEKLY -> (interval == 1 ? "Every " : interval == 2 ? "Every other " : "Every " + interval
                    + " weeks on ") + weekdays;
            case MONTHLY -> {
                String every = interval == 1 ? "every month" : "every " + interval + " months";
                if (!r.monthDays.isEmpty()) {
                    yield "On day " + String.join(" and ", r.monthDays.stream()
                            .map(d -> d == -1 ? "last" : String.valueOf(d)).toList()) + " of " + every;
                }
                String ordinals = String.join(" and ", r.days.stream().map(Day::ordinal).distinct()
                        .map(o -> switch (o) {
                            case -1 -> "last";
                            case 1 -> "first";
                            case 2 -> "second";
                            case 3 -> "third";
                            case 4 -> "fourth";
                            default -> "fifth";
                        }).toList());
                yield "The " + ordinals + " " + weekdays + " of " + every;
            }
            case YEARLY -> "Every year";
        };
    }
}
