package org.tsunagu.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tsunagu.core.build.BuildOptions;

/** Repeats written in words become RFC 5545 rules and the dates a person expects. */
class RecurrenceTest {

    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            毎週水曜           | 2026-12-02 | FREQ=WEEKLY;BYDAY=WE                 | 毎週水曜日          | 2026-12-02 2026-12-09 2026-12-16 2026-12-23
            毎週水曜日         | 2026-12-02 | FREQ=WEEKLY;BYDAY=WE                 | 毎週水曜日          | 2026-12-02 2026-12-09 2026-12-16 2026-12-23
            毎週月・木曜       | 2026-11-30 | FREQ=WEEKLY;BYDAY=MO,TH              | 毎週月・木曜日      | 2026-11-30 2026-12-03 2026-12-07 2026-12-10
            毎週月曜と木曜     | 2026-11-30 | FREQ=WEEKLY;BYDAY=MO,TH              | 毎週月・木曜日      | 2026-11-30 2026-12-03 2026-12-07 2026-12-10
            隔週火曜           | 2026-12-01 | FREQ=WEEKLY;INTERVAL=2;BYDAY=TU      | 隔週火曜日          | 2026-12-01 2026-12-15 2026-12-29 2027-01-12
            3週ごとの金曜      | 2026-12-04 | FREQ=WEEKLY;INTERVAL=3;BYDAY=FR      | 3週ごとの金曜日     | 2026-12-04 2026-12-25 2027-01-15 2027-02-05
            毎月第2土曜        | 2026-12-12 | FREQ=MONTHLY;BYDAY=2SA               | 毎月第2土曜日       | 2026-12-12 2027-01-09 2027-02-13 2027-03-13
            毎月第１・第３水曜 | 2026-12-02 | FREQ=MONTHLY;BYDAY=1WE,3WE           | 毎月第1・第3水曜日  | 2026-12-02 2026-12-16 2027-01-06 2027-01-20
            毎月第1・3水曜     | 2026-12-02 | FREQ=MONTHLY;BYDAY=1WE,3WE           | 毎月第1・第3水曜日  | 2026-12-02 2026-12-16 2027-01-06 2027-01-20
            毎月最終金曜       | 2026-12-25 | FREQ=MONTHLY;BYDAY=-1FR              | 毎月最終金曜日      | 2026-12-25 2027-01-29 2027-02-26 2027-03-26
            毎月15日           | 2026-12-15 | FREQ=MONTHLY;BYMONTHDAY=15           | 毎月15日            | 2026-12-15 2027-01-15 2027-02-15 2027-03-15
            毎月末日           | 2026-12-31 | FREQ=MONTHLY;BYMONTHDAY=-1           | 毎月末日            | 2026-12-31 2027-01-31 2027-02-28 2027-03-31
            隔月第2日曜        | 2026-12-13 | FREQ=MONTHLY;INTERVAL=2;BYDAY=2SU    | 隔月第2日曜日       | 2026-12-13 2027-02-14 2027-04-11 2027-06-13
            毎週               | 2026-12-03 | FREQ=WEEKLY;BYDAY=TH                 | 毎週木曜日          | 2026-12-03 2026-12-10 2026-12-17 2026-12-24
            毎日               | 2026-12-30 | FREQ=DAILY                           | 毎日                | 2026-12-30 2026-12-31 2027-01-01 2027-01-02
            毎年               | 2026-12-13 | FREQ=YEARLY                          | 毎年                | 2026-12-13 2027-12-13 2028-12-13 2029-12-13
            """)
    void wordsBecomeRulesAndDates(String words, LocalDate first, String rrule, String described, String dates) {
        Recurrence.Result r = Recurrence.parse(words);
        Recurrence rule = r.rule();
        assertEquals(rrule, rule.rrule(first, null, null, LocalTime.of(10, 0), BuildOptions.TOKYO));
        assertEquals(described, rule.describe(first, Locale.JAPANESE));
        assertEquals(List.of(dates.split(" ")).stream().map(LocalDate::parse).toList(),
                rule.dates(first, null, 4, FAR));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            第2土曜           | repeat.format
            毎週水            | ok
            毎週みず曜        | repeat.format
            毎月第6土曜       | repeat.badOrdinal
            毎月32日          | repeat.badMonthDay
            ときどき          | repeat.format
            """)
    void wordsThatCannotBeReadAreRefused(String words, String key) {
        Recurrence.Result r = Recurrence.parse(words);
        assertEquals(key, r.ok() ? "ok" : r.errorKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2027-03-31 | 10:00 | FREQ=WEEKLY;BYDAY=WE;UNTIL=20270331T145959Z
            2027-03-31 |       | FREQ=WEEKLY;BYDAY=WE;UNTIL=20270331
            """)
    void untilIsInUtcForTimedEventsAndADateForAllDayOnes(LocalDate until, LocalTime start, String rrule) {
        Recurrence rule = Recurrence.parse("毎週水曜").rule();
        assertEquals(rrule, rule.rrule(LocalDate.of(2026, 12, 2), until, null, start, BuildOptions.TOKYO));
    }

    @org.junit.jupiter.api.Test
    void countAndUntilBoundTheDates() {
        Recurrence rule = Recurrence.parse("毎月第2土曜").rule();
        LocalDate first = LocalDate.of(2026, 12, 12);
        assertEquals(6, rule.dates(first, null, 6, FAR).size());
        assertEquals(LocalDate.of(2027, 5, 8), rule.dates(first, null, 6, FAR).get(5));
        assertEquals(3, rule.dates(first, LocalDate.of(2027, 2, 13), null, FAR).size());
        assertEquals("FREQ=MONTHLY;BYDAY=2SA;COUNT=6", rule.rrule(first, null, 6, null, BuildOptions.TOKYO));
        assertFalse(rule.matches(LocalDate.of(2026, 12, 19), first));
        assertNull(Recurrence.parse("").rule());
    }
}
