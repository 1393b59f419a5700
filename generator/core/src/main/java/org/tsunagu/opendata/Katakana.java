package org.tsunagu.opendata;

/** Readings in full-width katakana, as the open-data standards ask for their カナ columns. */
public final class Katakana {

    private Katakana() {
    }

    /**
     * A hiragana reading in full-width katakana (かわづくり → カワヅクリ), with spaces and digits
     * made full-width. Null when the reading holds anything that has no katakana form, such as
     * a name read as it is spelt in Latin letters.
     */
    public static String of(String reading) {
        if (reading == null || reading.isBlank()) {
            return null;
        }
        StringBuilder b = new StringBuilder(reading.length());
        String s = reading.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u3041' && c <= '\u3096') || c == '\u309D' || c == '\u309E') {
                b.append((char) (c + 0x60));
            } else if (c == ' ') {
                b.append('\u3000');
            } else if (c >= '0' && c <= '9') {
                b.append((char) (c - '0' + '\uFF10'));
            } else if ((c >= '\u30A1' && c <= '\u30FF') || c == '\u3000' || (c >= '\uFF10' && c <= '\uFF19')) {
                b.append(c);
            } else {
                return null;
            }
        }
        return b.toString();
    }
}
