package org.tsunagu.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's national holidays, computed from the rules of the Act on National Holidays
 * (国民の祝日に関する法律) and the special acts that added one-off holidays.
 *
 * <p>Covers the years 1949 to 2099. The equinox days come from the usual approximation
 * formula, which matches the dates the National Astronomical Observatory announces for
 * 1980 to 2099; earlier years use the companion formula for 1900 to 1979.
 */
public final class Holidays {

    /** First year the act was in force for a whole year. */
    private static final int FIRST_YEAR = 1949;
    /** Last year the equinox formula holds. */
    private static final int LAST_YEAR = 2099;

    /** From this date a holiday on a Sunday gives a substitute holiday. */
    private static final LocalDate SUBSTITUTE_FROM = LocalDate.of(1973, 4, 12);
    /** From this year the substitute is the next day that is not a holiday, not just Monday. */
    private static final int SUBSTITUTE_NEXT_FREE_DAY_FROM = 2007;
    /** From this date a day between two holidays is a holiday. */
    private static final LocalDate BRIDGE_FROM = LocalDate.of(1985, 12, 27);

    private static final String SUBSTITUTE = "振替休日";
    private static final String BRIDGE = "国民の休日";

    private static final Map<Integer, SortedMap<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private Holidays() {
    }

    /**
     * The holidays of one year, by date, with their Japanese names (振替休日 and 国民の休日
     * included), in date order.
     *
     * @param year 1949 to 2099
     * @return an unmodifiable map, shared between callers
     * @throws IllegalArgumentException if the year is out of range
     */
    public static SortedMap<LocalDate, String> of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Holidays are known for " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
        return CACHE.computeIfAbsent(year, Holidays::compute);
    }

    /** The holiday name on a date, or null: also for a year outside those of {@link #of(int)}. */
    public static String name(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            return null;
        }
        return of(date.getYear()).get(date);
    }

    private static SortedMap<LocalDate, String> compute(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>(nationalHolidays(year));
        addSubstitutes(year, days);
        addBridges(days);
        return Collections.unmodifiableSortedMap(days);
    }

    /** The 国民の祝日 of a year, and the one-off days the law treats as such. */
    private static TreeMap<LocalDate, String> nationalHolidays(int y) {
        TreeMap<LocalDate, String> d = new TreeMap<>();

        d.put(LocalDate.of(y, 1, 1), "元日");
        d.put(y < 2000 ? LocalDate.of(y, 1, 15) : nthMonday(y, 1, 2), "成人の日");
        if (y >= 1967) {
            d.put(LocalDate.of(y, 2, 11), "建国記念の日");
        }
        if (y >= 2020) {
            d.put(LocalDate.of(y, 2, 23), "天皇誕生日");
        }
        d.put(LocalDate.of(y, 3, vernalEquinoxDay(y)), "春分の日");
        d.put(LocalDate.of(y, 4, 29), y <= 1988 ? "天皇誕生日" : y <= 2006 ? "みどりの日" : "昭和の日");
        d.put(LocalDate.of(y, 5, 3), "憲法記念日");
        if (y >= 2007) {
            d.put(LocalDate.of(y, 5, 4), "みどりの日");
        }
        d.put(LocalDate.of(y, 5, 5), "こどもの日");

        if (y == 2020) {
            d.put(LocalDate.of(y, 7, 23), "海の日");
        } else if (y == 2021) {
            d.put(LocalDate.of(y, 7, 22), "海の日");
        } else if (y >= 2003) {
            d.put(nthMonday(y, 7, 3), "海の日");
        } else if (y >= 1996) {
            d.put(LocalDate.of(y, 7, 20), "海の日");
        }

        if (y == 2020) {
            d.put(LocalDate.of(y, 8, 10), "山の日");
        } else if (y == 2021) {
            d.put(LocalDate.of(y, 8, 8), "山の日");
        } else if (y >= 2016) {
            d.put(LocalDate.of(y, 8, 11), "山の日");
        }

        if (y >= 2003) {
            d.put(nthMonday(y, 9, 3), "敬老の日");
        } else if (y >= 1966) {
            d.put(LocalDate.of(y, 9, 15), "敬老の日");
        }
        d.put(LocalDate.of(y, 9, autumnalEquinoxDay(y)), "秋分の日");

        if (y == 2020) {
            d.put(LocalDate.of(y, 7, 24), "スポーツの日");
        } else if (y == 2021) {
            d.put(LocalDate.of(y, 7, 23), "スポーツの日");
        } else if (y >= 2020) {
            d.put(nthMonday(y, 10, 2), "スポーツの日");
        } else if (y >= 2000) {
            d.put(nthMonday(y, 10, 2), "体育の日");
        } else if (y >= 1966) {
            d.put(LocalDate.of(y, 10, 10), "体育の日");
        }

        d.put(LocalDate.of(y, 11, 3), "文化の日");
        d.put(LocalDate.of(y, 11, 23), "勤労感謝の日");
        if (y >= 1989 && y <= 2018) {
            d.put(LocalDate.of(y, 12, 23), "天皇誕生日");
        }

        switch (y) {
            case 1959 -> d.put(LocalDate.of(y, 4, 10), "皇太子明仁親王の結婚の儀");
            case 1989 -> d.put(LocalDate.of(y, 2, 24), "昭和天皇の大喪の礼");
            case 1990 -> d.put(LocalDate.of(y, 11, 12), "即位礼正殿の儀");
            case 1993 -> d.put(LocalDate.of(y, 6, 9), "皇太子徳仁親王の結婚の儀");
            case 2019 -> {
                d.put(LocalDate.of(y, 5, 1), "天皇の即位の日");
                d.put(LocalDate.of(y, 10, 22), "即位礼正殿の儀の行われる日");
            }
            default -> { }
        }
        return d;
    }

    /**
     * 振替休日: a national holiday on a Sunday makes the next Monday a holiday (from
     * 1973-04-12), and from 2007 the next day that is not a national holiday.
     */
    private static void addSubstitutes(int year, TreeMap<LocalDate, String> days) {
        List<LocalDate> sundays = new ArrayList<>();
        for (LocalDate date : days.keySet()) {
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY && !date.isBefore(SUBSTITUTE_FROM)) {
                sundays.add(date);
            }
        }
        for (LocalDate sunday : sundays) {
            LocalDate next = sunday.plusDays(1);
            if (year >= SUBSTITUTE_NEXT_FREE_DAY_FROM) {
                while (days.containsKey(next)) {
                    next = next.plusDays(1);
                }
            }
            days.putIfAbsent(next, SUBSTITUTE);
        }
    }

    /**
     * 国民の休日: a day that is not already a holiday, whose day before and day after are
     * national holidays, is a holiday (from 1985-12-27; never on a Sunday).
     */
    private static void addBridges(TreeMap<LocalDate, String> days) {
        List<LocalDate> bridges = new ArrayList<>();
        for (Map.Entry<LocalDate, String> e : days.entrySet()) {
            LocalDate between = e.getKey().plusDays(1);
            LocalDate after = e.getKey().plusDays(2);
            if (isNational(e.getValue()) && isNational(days.get(after))
                    && !days.containsKey(between)
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !between.isBefore(BRIDGE_FROM)) {
                bridges.add(between);
            }
        }
        for (LocalDate b : bridges) {
            days.put(b, BRIDGE);
        }
    }

    private static boolean isNational(String name) {
        return name != null && !name.equals(SUBSTITUTE) && !name.equals(BRIDGE);
    }

    private static LocalDate nthMonday(int year, int month, int n) {
        return LocalDate.of(year, month, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    /** Day of March of the vernal equinox (春分日), Japan time. */
    static int vernalEquinoxDay(int year) {
        return year < 1980 ? equinoxDay(20.8357, year, 1983) : equinoxDay(20.8431, year, 1980);
    }

    /** Day of September of the autumnal equinox (秋分日), Japan time. */
    static int autumnalEquinoxDay(int year) {
        return year < 1980 ? equinoxDay(23.2588, year, 1983) : equinoxDay(23.2488, year, 1980);
    }

    /**
     * The approximation formula: the base day, plus the drift of the tropical year since
     * 1980, less a day for each leap year (the integer part of {@code (year - leapBase) / 4},
     * truncated toward zero as the formula is published).
     */
    private static int equinoxDay(double base, int year, int leapBase) {
        return (int) Math.floor(base + 0.242194 * (year - 1980) - (year - leapBase) / 4);
    }
}
