package org.tsunagu.groups;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;
import org.tsunagu.core.load.SourceMap;

/**
 * Readings (よみがな) and 五十音 order.
 *
 * <p>A reading is hiragana, or Latin letters for a name read as it is spelt (Kiyose English
 * Café). Where a group gives none, it is derived from the name with Lucene's Japanese analyser
 * (kuromoji) and flagged as derived, so staff can check it.
 */
public final class Kana {

    /** A row of the 五十音 table, or the Latin and "other" sections that follow it. */
    public record Row(String id, String label, String labelEn) {
    }

    public static final List<Row> ROWS = List.of(
            new Row("a", "あ行", "A"), new Row("ka", "か行", "Ka"), new Row("sa", "さ行", "Sa"),
            new Row("ta", "た行", "Ta"), new Row("na", "な行", "Na"), new Row("ha", "は行", "Ha"),
            new Row("ma", "ま行", "Ma"), new Row("ya", "や行", "Ya"), new Row("ra", "ら行", "Ra"),
            new Row("wa", "わ行", "Wa"), new Row("latin", "A–Z", "A–Z"), new Row("other", "その他", "Other"));

    private static final String[] ROW_CHARS = {
        "あいうえおぁぃぅぇぉゔ", "かきくけこがぎぐげごゕゖ", "さしすせそざじずぜぞ", "たちつてとだぢづでどっ",
        "なにぬねの", "はひふへほばびぶべぼぱぴぷぺぽ", "まみむめも", "やゆよゃゅょ", "らりるれろ", "わゐゑをんゎ",
    };

    private static final String SMALL = "ぁぃぅぇぉっゃゅょゎゕゖ";
    private static final String LARGE = "あいうえおつやゆよわかけ";

    private Kana() {
    }

    /** Katakana to hiragana; other characters unchanged. */
    public static String toHiragana(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= 0x30A1 && cp <= 0x30F6) {
                b.appendCodePoint(cp - 0x60);
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /**
     * A reading as a person may write it, normalised: full-width and half-width forms folded
     * (NFKC), katakana turned into hiragana. Returns null when it holds a character that cannot
     * be part of a reading (kanji, for instance).
     */
    public static String normalise(String reading) {
        String s = toHiragana(Normalizer.normalize(reading.strip(), Normalizer.Form.NFKC));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'ぁ' && c <= 'ゖ') || c == 'ー' || c == '・' || c == ' ' || c == '　' || c == '、'
                    || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '&' || c == '.' || c == '\'' || c == 'ゝ' || c == 'ゞ';
            if (!ok) {
                return null;
            }
        }
        return s;
    }

    /** The first character that stops a text from being a reading, for the diagnostic. */
    public static String firstInvalid(String reading) {
        String s = toHiragana(Normalizer.normalize(reading.strip(), Normalizer.Form.NFKC));
        for (int i = 0; i < s.length(); i++) {
            if (normalise(String.valueOf(s.charAt(i))) == null && !Character.isHighSurrogate(s.charAt(i))) {
                return String.valueOf(s.charAt(i));
            }
        }
        return "";
    }

    /** A reading as given (normalised) or derived from the name. */
    public record Reading(String kana, boolean derived) {
    }

    /**
     * The reading of a record's name: the one written in {@code kana}, normalised, or one derived
     * from the name with a warning ({@code <kind>.kanaDerived}) so staff can check it. Null after
     * an error ({@code <kind>.badKana}) pointing at the first character that cannot be read.
     */
    public static Reading check(String given, String name, SourceMap src, String kind, Diagnostics diagnostics) {
        if (given == null) {
            String derived = derive(name);
            diagnostics.warning(src.at(""), kind + ".kanaDerived", derived);
            return new Reading(derived, true);
        }
        String kana = normalise(given);
        if (kana != null) {
            return new Reading(kana, false);
        }
        String bad = firstInvalid(given);
        SourcePosition at = src.at("kana");
        int offset = given.indexOf(bad);
        if (offset >= 0 && at.column() > 0) {
            // Point at the character itself: the value is written on one line after the key.
            at = new SourcePosition(at.file(), at.line(), at.column() + given.codePointCount(0, offset));
        }
        diagnostics.error(at, kind + ".badKana", given, bad);
        return null;
    }

    /** Derives a hiragana reading from a name with the Japanese analyser. */
    public static String derive(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (text.codePoints().noneMatch(Kana::isJapanese)) {
            return text.strip(); // a name written in Latin letters is read as it is spelt
        }
        StringBuilder out = new StringBuilder();
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String r = reading.getReading();
                out.append(r != null ? r : term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return toHiragana(out.toString()).toLowerCase(Locale.ROOT);
    }

    /** Whether a text has a kanji in it. */
    public static boolean hasKanji(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c >= FIRST_JAPANESE && script(c) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** No kanji or kana comes before U+2E80, so most characters are let through without a script lookup. */
    private static final int FIRST_JAPANESE = 0x2E80;

    /** Whether a code point is a kanji, hiragana or katakana. */
    public static boolean isJapanese(int cp) {
        if (cp < FIRST_JAPANESE) {
            return false;
        }
        Character.UnicodeScript script = script(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * A code point's script, as {@link Character.UnicodeScript#of} gives it, but found without
     * its table lookup for the blocks that make up nearly all Japanese text: hiragana, katakana
     * and the common kanji. Every code point of these ranges has that script in every Unicode
     * version Java knows.
     */
    public static Character.UnicodeScript script(int cp) {
        if (cp >= 0x3041 && cp <= 0x3096) {
            return Character.UnicodeScript.HIRAGANA;
        }
        if (cp >= 0x30A1 && cp <= 0x30FA) {
            return Character.UnicodeScript.KATAKANA;
        }
        if (cp >= 0x4E00 && cp <= 0x9FEF) {
            return Character.UnicodeScript.HAN;
        }
        return Character.UnicodeScript.of(cp);
    }

    /** The row a reading is listed under. */
    public static Row row(String reading) {
        String s = reading.strip();
        if (s.isEmpty()) {
            return ROWS.get(11);
        }
        char c = s.charAt(0);
        for (int i = 0; i < ROW_CHARS.length; i++) {
            if (ROW_CHARS[i].indexOf(c) >= 0) {
                return ROWS.get(i);
            }
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return ROWS.get(10);
        }
        return ROWS.get(11);
    }

    /**
     * A key that sorts readings in 五十音 order as Japanese dictionaries do (after JIS X 4061):
     * first by the plain sounds (が as か, small ゃ as や, ー as the vowel before it), then voiced
     * after unvoiced and small after large. Latin readings follow the kana, case-insensitively.
     */
    public static String sortKey(String reading) {
        String s = toHiragana(Normalizer.normalize(reading, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder primary = new StringBuilder();
        StringBuilder secondary = new StringBuilder();
        char previousVowel = 'あ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '・' || c == ' ' || c == '　' || c == '、' || c == '-' || c == '.' || c == '\'') {
                continue;
            }
            char base = c;
            int mark = 0;
            int small = SMALL.indexOf(c);
            if (small >= 0) {
                base = LARGE.charAt(small);
                mark = 1;
            } else if (c == 'ー') {
                base = previousVowel;
                mark = 1;
            } else if (c >= 'ぁ' && c <= 'ゖ') {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                base = decomposed.charAt(0);
                if (decomposed.length() > 1) {
                    mark = decomposed.charAt(1) == '\u3099' ? 2 : 3;
                }
            }
            if (base >= 'ぁ' && base <= 'ゖ') {
                previousVowel = vowelOf(base);
                primary.append(base);
            } else {
                // Latin and digits after every kana: shift them above the hiragana block.
                primary.append((char) (0x4000 + base));
            }
            secondary.append((char) ('0' + mark));
        }
        return primary + "\u0000" + secondary;
    }

    private static char vowelOf(char c) {
        String[] vowels = {"あかさたなはまやらわがざだばぱぁゃゎ", "いきしちにひみりぎじぢびぴぃゐ",
            "うくすつぬふむゆるぐずづぶぷぅっゅゔ", "えけせてねへめれげぜでべぺぇゑ", "おこそとのほもよろをごぞどぼぽぉょ"};
        String base = "あいうえお";
        for (int i = 0; i < vowels.length; i++) {
            if (vowels[i].indexOf(c) >= 0) {
                return base.charAt(i);
            }
        }
        return c == 'ん' ? 'ん' : 'あ';
    }
}
