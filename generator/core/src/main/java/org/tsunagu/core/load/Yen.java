package org.tsunagu.core.load;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in yen as people write it: {@code 300000}, {@code 300,000円},
 * {@code 30万円}, {@code 1億2000万円}, {@code ３０万円}. Anything else (上限あり, 30万くらい) is
 * refused rather than guessed.
 */
public record Yen(long value) {

    private static final Pattern SHAPE = Pattern.compile(
            "[¥￥]?(?:(\\d[\\d,]*)億)?(?:(\\d[\\d,]*)万)?(\\d[\\d,]*)?円?");

    public static Yen parse(String text) {
        String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).replace(" ", "");
        Matcher m = SHAPE.matcher(t);
        if (t.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            return null;
        }
        try {
            long v = part(m.group(1)) * 100_000_000L + part(m.group(2)) * 10_000L + part(m.group(3));
            return v < 0 ? null : new Yen(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long part(String digits) {
        if (digits == null) {
            return 0;
        }
        if (!digits.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
            throw new NumberFormatException(digits);
        }
        return Long.parseLong(digits.replace(",", ""));
    }

    /** 300,000円; 30万円 is written out so that every amount reads the same way. */
    public String text() {
        return String.format(java.util.Locale.ROOT, "%,d円", value);
    }

    @Override
    public String toString() {
        return text();
    }
}
