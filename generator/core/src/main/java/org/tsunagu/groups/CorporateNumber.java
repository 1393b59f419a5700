package org.tsunagu.groups;

/**
 * The 13-digit corporate number (法人番号) of the National Tax Agency, whose first digit is a
 * check digit computed from the other twelve.
 */
final class CorporateNumber {

    private CorporateNumber() {
    }

    static boolean isValid(String number) {
        if (!number.matches("[0-9]{13}")) {
            return false;
        }
        int sum = 0;
        // Digits 2..13 from the right: odd positions weigh 1, even positions weigh 2.
        for (int i = 0; i < 12; i++) {
            int digit = number.charAt(12 - i) - '0';
            sum += digit * (i % 2 == 0 ? 1 : 2);
        }
        int check = 9 - (sum % 9);
        return number.charAt(0) - '0' == check;
    }
}
