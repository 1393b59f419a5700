package org.tsunagu.core.load;

import java.text.Normalizer;

/**
 * A fee as people write it: {@code 無料}, {@code 500円}, {@code 1,000}, or words such as
 * {@code 資料代300円}. The amount is known when the text is a plain amount in yen; otherwise the
 * text is kept as written.
 *
 * @param free whether it costs nothing
 * @param amount the amount in yen when written as a plain amount, else null
 * @param text the fee as written
 */
public record Fee(boolean free, Integer amount, String text) {

    public static Fee parse(String written) {
        String text = written.strip();
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('，', ',');
        if (t.equals("無料") || t.equalsIgnoreCase("free") || t.equals("なし")) {
            return new Fee(true, 0, text);
        }
        Yen yen = Yen.parse(t);
        if (yen == null || yen.value() > Integer.MAX_VALUE) {
            return new Fee(false, null, text);
        }
        int amount = (int) yen.value();
        return new Fee(amount == 0, amount, amount == 0 ? "無料" : yen.text());
    }

    @Override
    public String toString() {
        return text;
    }
}
