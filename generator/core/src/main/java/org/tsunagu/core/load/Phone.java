package org.tsunagu.core.load;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A Japanese telephone number as written with hyphens ({@code 042-495-5500}, {@code 090-1234-5678},
 * {@code 0120-123-456}); full-width digits and dashes are normalised.
 */
public record Phone(String value) {

    private static final Pattern SHAPE = Pattern.compile("0\\d{1,4}-\\d{1,4}-\\d{3,4}");

    public static Phone parse(String text) {
        String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC)
                .replace('‐', '-').replace('－', '-').replace('ー', '-').replace('―', '-').replace('−', '-');
        if (!SHAPE.matcher(t).matches()) {
            return null;
        }
        int digits = t.replace("-", "").length();
        return digits == 10 || digits == 11 ? new Phone(t) : null;
    }

    /** The number for a {@code tel:} link. */
    public String uri() {
        return "tel:" + value.replace("-", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
