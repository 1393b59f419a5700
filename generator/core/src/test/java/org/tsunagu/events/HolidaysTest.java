package org.tsunagu.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

/** Whole years against the Cabinet Office lists (内閣府「国民の祝日について」). */
class HolidaysTest {

    /** Parses lines of {@code MM-DD name} into an ordered map for the year. */
    private static Map<LocalDate, String> expected(int year, String lines) {
        Map<LocalDate, String> m = new LinkedHashMap<>();
        for (String line : lines.strip().split("\n")) {
            String[] p = line.strip().split("\\s+", 2);
            m.put(LocalDate.parse(year + "-" + p[0]), p[1]);
        }
        return m;
    }

    private static void assertYear(int year, String lines) {
        Map<LocalDate, String> want = expected(year, lines);
        SortedMap<LocalDate, String> got = Holidays.of(year);
        assertEquals(want, got, "holidays of " + year);
        assertEquals(new ArrayList<>(want.keySet()), new ArrayList<>(got.keySet()), "order in " + year);
    }

    @Test
    void year2019() {
        assertYear(2019, """
                01-01 元日
                01-14 成人の日
                02-11 建国記念の日
                03-21 春分の日
                04-29 昭和の日
                04-30 国民の休日
                05-01 天皇の即位の日
                05-02 国民の休日
                05-03 憲法記念日
                05-04 みどりの日
                05-05 こどもの日
                05-06 振替休日
                07-15 海の日
                08-11 山の日
                08-12 振替休日
                09-16 敬老の日
                09-23 秋分の日
                10-14 体育の日
                10-22 即位礼正殿の儀の行われる日
                11-03 文化の日
                11-04 振替休日
                11-23 勤労感謝の日
                """);
    }

    @Test
    void year2020() {
        assertYear(2020, """
                01-01 元日
                01-13 成人の日
                02-11 建国記念の日
                02-23 天皇誕生日
                02-24 振替休日
                03-20 春分の日
                04-29 昭和の日
                05-03 憲法記念日
                05-04 みどりの日
                05-05 こどもの日
                05-06 振替休日
                07-23 海の日
                07-24 スポーツの日
                08-10 山の日
                09-21 敬老の日
                09-22 秋分の日
                11-03 文化の日
                11-23 勤労感謝の日
                """);
    }

    @Test
    void year2021() {
        assertYear(2021, """
                01-01 元日
                01-11 成人の日
                02-11 建国記念の日
                02-23 天皇誕生日
                03-20 春分の日
                04-29 昭和の日
                05-03 憲法記念日
                05-04 みどりの日
                05-05 こどもの日
                07-22 海の日
                07-23 スポーツの日
                08-08 山の日
                08-09 振替休日
                09-20 敬老の日
                09-23 秋分の日
                11-03 文化の日
                11-23 勤労感謝の日
                """);
    }

    @Test
    void year2024() {
        assertYear(2024, """
                01-01 元日
                01-08 成人の日
                02-11 建国記念の日
                02-12 振替休日
                02-23 天皇誕生日
                03-20 春分の日
                04-29 昭和の日
                05-03 憲法記念日
                05-04 みどりの日
                05-05 こどもの日
                05-06 振替休日
                07-15 海の日
                08-11 山の日
                08-12 振替休日
                09-16 敬老の日
                09-22 秋分の日
                09-23 振替休日
                10-14 スポーツの日
                11-03 文化の日
                11-04 振替休日
                11-23 勤労感謝の日
                """);
    }

    @Test
    void year2025() {
        assertYear(2025, """
                01-01 元日
                01-13 成人の日
                02-11 建国記念の日
                02-23 天皇誕生日
                02-24 振替休日
                03-20 春分の日
                04-29 昭和の日
                05-03 憲法記念日
                05-04 みどりの日
                05-05 こどもの日
                05-06 振替休日
                07-21 海の日
                08-11 山の日
                09-15 敬老の日
                09-23 秋分の日
                10-13 スポーツの日
                11-03 文化の日
                11-23 勤労感謝の日
                11-24 振替休日
                """);
    }

    @Test
    void year2026() {
        assertYear(2026, """
                01-01 元日
                01-12 成人の日
                02-11 建国記念の日
                02-23 天皇誕生日
                03-20 春分の日
                04-29 昭和の日
                05-03 憲法記念日
                05-04 みどりの日
                05-05 こどもの日
                05-06 振替休日
                07-20 海の日
                08-11 山の日
                09-21 敬老の日
                09-22 国民の休日
                09-23 秋分の日
                10-12 スポーツの日
                11-03 文化の日
                11-23 勤労感謝の日
                """);
    }

    @Test
    void year2027() {
        assertYear(2027, """
                01-01 元日
                01-11 成人の日
                02-11 建国記念の日
                02-23 天皇誕生日
                03-21 春分の日
                03-22 振替休日
                04-29 昭和の日
                05-03 憲法記念日
                05-04 みどりの日
                05-05 こどもの日
                07-19 海の日
                08-11 山の日
                09-20 敬老の日
                09-23 秋分の日
                10-11 スポーツの日
                11-03 文化の日
                11-23 勤労感謝の日
                """);
    }

    @Test
    void equinoxDays2000To2030() {
        String table = """
                2000 03-20 09-23
                2001 03-20 09-23
                2002 03-21 09-23
                2003 03-21 09-23
                2004 03-20 09-23
                2005 03-20 09-23
                2006 03-21 09-23
                2007 03-21 09-23
                2008 03-20 09-23
                2009 03-20 09-23
                2010 03-21 09-23
                2011 03-21 09-23
                2012 03-20 09-22
                2013 03-20 09-23
                2014 03-21 09-23
                2015 03-21 09-23
                2016 03-20 09-22
                2017 03-20 09-23
                2018 03-21 09-23
                2019 03-21 09-23
                2020 03-20 09-22
                2021 03-20 09-23
                2022 03-21 09-23
                2023 03-21 09-23
                2024 03-20 09-22
                2025 03-20 09-23
                2026 03-20 09-23
                2027 03-21 09-23
                2028 03-20 09-22
                2029 03-20 09-23
                2030 03-20 09-23
                """;
        int rows = 0;
        for (String line : table.strip().split("\n")) {
            String[] p = line.strip().split(" ");
            int year = Integer.parseInt(p[0]);
            assertEquals(LocalDate.parse(year + "-" + p[1]), dateOf(year, "春分の日"), "春分 " + year);
            assertEquals(LocalDate.parse(year + "-" + p[2]), dateOf(year, "秋分の日"), "秋分 " + year);
            rows++;
        }
        assertEquals(31, rows);
    }

    private static LocalDate dateOf(int year, String name) {
        List<LocalDate> found = new ArrayList<>();
        Holidays.of(year).forEach((d, n) -> {
            if (n.equals(name)) {
                found.add(d);
            }
        });
        assertEquals(1, found.size(), name + " in " + year);
        return found.get(0);
    }

    @Test
    void nonHolidayIsNull() {
        assertNull(Holidays.name(LocalDate.of(2024, 1, 2)));
        assertNull(Holidays.name(LocalDate.of(2024, 12, 31)));
        assertNull(Holidays.name(LocalDate.of(2025, 5, 7)));
        assertNull(Holidays.name(LocalDate.of(2021, 10, 11)));
        assertEquals("元日", Holidays.name(LocalDate.of(2024, 1, 1)));
    }

    @Test
    void silverWeekBridgeIn2032() {
        assertEquals("敬老の日", Holidays.name(LocalDate.of(2032, 9, 20)));
        assertEquals("国民の休日", Holidays.name(LocalDate.of(2032, 9, 21)));
        assertEquals("秋分の日", Holidays.name(LocalDate.of(2032, 9, 22)));
        assertEquals("国民の休日", Holidays.name(LocalDate.of(2009, 9, 22)));
        assertEquals("国民の休日", Holidays.name(LocalDate.of(2015, 9, 22)));
    }

    @Test
    void historicalRules() {
        assertEquals("成人の日", Holidays.name(LocalDate.of(1999, 1, 15)));
        assertEquals("成人の日", Holidays.name(LocalDate.of(2000, 1, 10)));
        assertEquals("体育の日", Holidays.name(LocalDate.of(1999, 10, 10)));
        assertEquals("体育の日", Holidays.name(LocalDate.of(2000, 10, 9)));
        assertNull(Holidays.name(LocalDate.of(1995, 7, 20)));
        assertEquals("海の日", Holidays.name(LocalDate.of(1996, 7, 20)));
        assertEquals("海の日", Holidays.name(LocalDate.of(2003, 7, 21)));
        assertEquals("敬老の日", Holidays.name(LocalDate.of(2002, 9, 15)));
        assertEquals("天皇誕生日", Holidays.name(LocalDate.of(1988, 4, 29)));
        assertEquals("みどりの日", Holidays.name(LocalDate.of(2006, 4, 29)));
        assertEquals("昭和の日", Holidays.name(LocalDate.of(2007, 4, 29)));
        assertEquals("天皇誕生日", Holidays.name(LocalDate.of(1989, 12, 23)));
        assertEquals("天皇誕生日", Holidays.name(LocalDate.of(2018, 12, 23)));
        assertEquals("振替休日", Holidays.name(LocalDate.of(2018, 12, 24)));
        assertNull(Holidays.name(LocalDate.of(2019, 12, 23)));
        assertNull(Holidays.name(LocalDate.of(2015, 8, 11)));
        assertEquals("山の日", Holidays.name(LocalDate.of(2016, 8, 11)));
        assertEquals("昭和天皇の大喪の礼", Holidays.name(LocalDate.of(1989, 2, 24)));
    }

    @Test
    void substituteAndBridgeRulesChangedOverTime() {
        // No substitute before 1973-04-12; the first one followed 1973-04-29.
        assertNull(Holidays.name(LocalDate.of(1973, 2, 12)));
        assertEquals("振替休日", Holidays.name(LocalDate.of(1973, 4, 30)));
        // Until 2006 only the Monday; 5/4 between 5/3 and 5/5 from 1988.
        assertEquals("振替休日", Holidays.name(LocalDate.of(2006, 1, 2)));
        assertEquals("国民の休日", Holidays.name(LocalDate.of(1988, 5, 4)));
        assertNull(Holidays.name(LocalDate.of(1986, 5, 4)), "a Sunday is not a 国民の休日");
        assertEquals("振替休日", Holidays.name(LocalDate.of(1987, 5, 4)));
        // From 2007 the next day that is not a holiday.
        assertEquals("みどりの日", Holidays.name(LocalDate.of(2008, 5, 4)));
        assertEquals("振替休日", Holidays.name(LocalDate.of(2008, 5, 6)));
    }

    @Test
    void everyYearFrom2022Has16HolidaysOnTheirRules() {
        List<String> names = List.of("元日", "成人の日", "建国記念の日", "天皇誕生日", "春分の日",
                "昭和の日", "憲法記念日", "みどりの日", "こどもの日", "海の日", "山の日", "敬老の日",
                "秋分の日", "スポーツの日", "文化の日", "勤労感謝の日");
        for (int year = 2022; year <= 2099; year++) {
            SortedMap<LocalDate, String> days = Holidays.of(year);
            for (String n : names) {
                dateOf(year, n);
            }
            for (String n : List.of("成人の日", "海の日", "敬老の日", "スポーツの日")) {
                assertEquals(DayOfWeek.MONDAY, dateOf(year, n).getDayOfWeek(), n + " " + year);
            }
            for (Map.Entry<LocalDate, String> e : days.entrySet()) {
                LocalDate d = e.getKey();
                if (e.getValue().equals("振替休日")) {
                    LocalDate s = d.minusDays(1);
                    while (s.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        assertTrue(days.containsKey(s), "substitute " + d + " follows holidays");
                        s = s.minusDays(1);
                    }
                    assertTrue(days.containsKey(s), "substitute " + d + " follows a Sunday holiday");
                } else if (e.getValue().equals("国民の休日")) {
                    assertTrue(days.containsKey(d.minusDays(1)) && days.containsKey(d.plusDays(1)), "bridge " + d);
                }
            }
        }
    }

    @Test
    void cachedUnmodifiableAndBounded() {
        SortedMap<LocalDate, String> y = Holidays.of(2024);
        assertSame(y, Holidays.of(2024));
        assertThrows(UnsupportedOperationException.class, () -> y.put(LocalDate.of(2024, 1, 2), "x"));
        assertThrows(IllegalArgumentException.class, () -> Holidays.of(1948));
        assertThrows(IllegalArgumentException.class, () -> Holidays.of(2100));
        assertEquals(null, Holidays.name(LocalDate.of(2100, 1, 1)), "a calendar page of 2100 simply has no holidays");
        assertEquals("元日", Holidays.name(LocalDate.of(1949, 1, 1)));
        assertEquals("勤労感謝の日", Holidays.name(LocalDate.of(2099, 11, 23)));
    }
}
