package org.tsunagu.core.load;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern AMOUNT = Pattern.compile("[¥￥]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(円)?");

    public static Fee parse(String written) {
        String text = written.strip();
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('，', ',');
        if (t.equals("無料") || t.equalsIgnoreCase("free") || t.equals("なし")) {
            return new Fee(true, 0, text);
        }
        Matcher m = AMOUNT.matcher(t);
        if (m.matches()) {
            try {
                int amount = Integer.parseInt(m.group(1).replace(",", ""));
                return new Fee(amount == 0, amount, amount == 0 ? "無料" : new Yen(amount).text());
            } catch (NumberFormatException e) {
                return new Fee(false, null, text);
            }
        }
        return new Fee(false, null, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
