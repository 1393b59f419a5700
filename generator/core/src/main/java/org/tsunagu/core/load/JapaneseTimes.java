package org.tsunagu.core.load;

import java.text.Normalizer;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day the way people in Japan write it: {@code 13:30}, {@code 9:00},
 * {@code 13時30分}, {@code 13時}, {@code 午後1時30分}, {@code 午前9時半}, in full-width digits too.
 * An hour past 23 ({@code 25:00}, as written on some TV schedules) or a minute past 59 is refused
 * with the accepted form, never wrapped round to the next day.
 */
public final class JapaneseTimes {

    /** The result: a time, or a message key with its arguments. */
    public record Result(LocalTime time, String errorKey, List<Object> args) {
        public boolean ok() {
            return time != null;
        }
    }

    private static final Pattern COLON = Pattern.compile("(午前|午後|AM|PM)?\\s*(\\d{1,2}):(\\d{2})\\s*(AM|PM)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KANJI = Pattern.compile("(午前|午後)?\\s*(\\d{1,2})時\\s*(?:(\\d{1,2})分|(半))?");

    private JapaneseTimes() {
    }

    public static Result parse(String text) {
        String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).replace('：', ':');
        Matcher m = COLON.matcher(t);
        if (m.matches()) {
            String half = m.group(1) != null ? m.group(1) : m.group(4);
            return of(text.strip(), half, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = KANJI.matcher(t);
        if (m.matches()) {
            int minute = m.group(4) != null ? 30 : m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return of(text.strip(), m.group(1), Integer.parseInt(m.group(2)), minute);
        }
        return new Result(null, "time.format", List.of(text.strip()));
    }

    private static Result of(String written, String half, int hour, int minute) {
        if (half != null) {
            boolean pm = half.equals("午後") || half.equalsIgnoreCase("PM");
            if (hour > 11) {
                // 午後12時 is read as noon by some and midnight by others: ask for the 24-hour form.
                return new Result(null, "time.badHalfDay", List.of(written));
            }
            hour += pm ? 12 : 0;
        }
        if (hour > 23 || minute > 59) {
            return new Result(null, "time.impossible", List.of(written));
        }
        return new Result(LocalTime.of(hour, minute), null, List.of());
    }
}
