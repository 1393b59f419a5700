package org.tsunagu.opendata;

import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;

/**
 * The 全国地方公共団体コード of the Ministry of Internal Affairs and Communications: five digits
 * (prefecture and municipality) and a check digit computed from them, {@code 132225} for 清瀬市.
 */
public final class LocalGovernmentCode {

    private LocalGovernmentCode() {
    }

    /**
     * The check digit of a five-digit code: the digits weighted 6, 5, 4, 3, 2 from the left and
     * summed, then the last digit of 11 less the sum's remainder by 11.
     */
    public static int checkDigit(String fiveDigits) {
        if (!fiveDigits.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("five digits expected: " + fiveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    /** Whether a code is six digits whose last is the check digit of the other five. */
    public static boolean isValid(String code) {
        return code != null && code.matches("[0-9]{6}") && checkDigit(code.substring(0, 5)) == code.charAt(5) - '0';
    }

    /** Reports {@code site.badLocalGovernmentCode} at the value when a code is given and is not valid. */
    public static void check(String code, SourcePosition at, Diagnostics diagnostics) {
        if (code != null && !isValid(code)) {
            diagnostics.error(at, "site.badLocalGovernmentCode", code);
        }
    }
}
