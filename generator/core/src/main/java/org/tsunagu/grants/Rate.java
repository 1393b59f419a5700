package org.tsunagu.grants;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subsidy rate (補助率) as written in grant guidelines: {@code 1/2}, {@code 2分の1},
 * {@code 3/4}, {@code 10/10}, {@code 50%}, {@code 定額}. Shown the way the guidelines say it:
 * 2分の1, 50%, 定額.
 */
public record Rate(String text) {

    private static final Pattern SLASH = Pattern.compile("(\\d{1,3})/(\\d{1,3})(以内)?");
    private static final Pattern BUN = Pattern.compile("(\\d{1,3})分の(\\d{1,3})(以内)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})[%％](以内)?");

    /** The rate, or null when the text is not one of the accepted forms. */
    public static Rate parse(String written) {
        String t = Normalizer.normalize(written.strip(), Normalizer.Form.NFKC).replace(" ", "");
        if (t.equals("定額")) {
            return new Rate("定額");
        }
        Matcher m = SLASH.matcher(t);
        if (m.matches()) {
            return fraction(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = BUN.matcher(t);
        if (m.matches()) {
            return fraction(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = PERCENT.matcher(t);
        if (m.matches()) {
            int p = Integer.parseInt(m.group(1));
            return p < 1 || p > 100 ? null : new Rate(p + "%");
        }
        return null;
    }

    private static Rate fraction(int numerator, int denominator) {
        if (numerator < 1 || denominator < 1 || numerator > denominator) {
            return null;
        }
        return new Rate(denominator + "分の" + numerator);
    }

    @Override
    public String toString() {
        return text;
    }
}
