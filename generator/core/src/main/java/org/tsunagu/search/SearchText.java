package org.tsunagu.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * How search text is cut into terms, the same in the build and in the browser
 * ({@code assets/js/search-core.js} repeats every rule here, and a test holds the two together).
 *
 * <ol>
 *   <li>Normalise: Unicode NFKC (full-width Latin and digits become half-width, half-width
 *       katakana full-width with its voicing marks joined), then lower case.</li>
 *   <li>Cut: a run of Japanese characters (kanji, hiragana, katakana, the long-vowel mark ー,
 *       Hangul) gives one token per character; a run of other letters, digits and marks gives
 *       one word; everything else (spaces, punctuation, symbols, emoji) separates.</li>
 *   <li>Pair: Lucene's {@link CJKBigramFilter} turns each run of Japanese characters into
 *       overlapping pairs (市民活動 → 市民 民活 活動); a lone character stays as it is.</li>
 * </ol>
 *
 * The reading field goes through the same steps after kuromoji has turned the text into
 * katakana ({@link Readings}); the browser turns hiragana in a query into katakana for it.
 */
public final class SearchText {

    private SearchText() {
    }

    /** NFKC, then lower case. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Whether a code point belongs to a run that is paired: kanji, kana, ー and Hangul. */
    static boolean isPaired(int cp) {
        if (cp == 0x30FC) {
            return true; // ー is "common" to both kana scripts; it belongs to the word it lengthens
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /** Whether a code point is part of a word: a letter, number or mark (Unicode L, N, M). */
    static boolean isWord(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK:
                return true;
            default:
                return false;
        }
    }

    /** The analyser for every search field: {@link SiteTokenizer} then Lucene's bigram filter. */
    public static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SiteTokenizer();
                TokenStream pairs = new CJKBigramFilter(source);
                return new TokenStreamComponents(source, pairs);
            }
        };
    }

    /** The terms of a text, in order, as the index holds them. The text is normalised first. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", new StringReader(normalise(text)))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Cuts normalised text into single Japanese characters and whole words, typed as Lucene's
     * standard tokenizer types them, so that {@link CJKBigramFilter} pairs the Japanese ones.
     */
    static final class SiteTokenizer extends Tokenizer {

        private static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
        private static final String HIRAGANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA];
        private static final String KATAKANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA];
        private static final String HANGUL = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL];
        private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private String text;
        private int pos;

        @Override
        public void reset() throws IOException {
            super.reset();
            StringBuilder b = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = input.read(buf)) > 0; ) {
                b.append(buf, 0, n);
            }
            text = b.toString();
            pos = 0;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            while (pos < text.length()) {
                int cp = text.codePointAt(pos);
                int len = Character.charCount(cp);
                if (isPaired(cp)) {
                    term.setEmpty().append(text, pos, pos + len);
                    offset.setOffset(correctOffset(pos), correctOffset(pos + len));
                    type.setType(typeOf(cp));
                    pos += len;
                    return true;
                }
                if (isWord(cp)) {
                    int start = pos;
                    while (pos < text.length()) {
                        int c = text.codePointAt(pos);
                        if (isPaired(c) || !isWord(c)) {
                            break;
                        }
                        pos += Character.charCount(c);
                    }
                    term.setEmpty().append(text, start, pos);
                    offset.setOffset(correctOffset(start), correctOffset(pos));
                    type.setType(ALPHANUM);
                    return true;
                }
                pos += len;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int end = correctOffset(text == null ? 0 : text.length());
            offset.setOffset(end, end);
        }

        private static String typeOf(int cp) {
            if (cp == 0x30FC) {
                return KATAKANA;
            }
            return switch (Character.UnicodeScript.of(cp)) {
                case HIRAGANA -> HIRAGANA;
                case KATAKANA -> KATAKANA;
                case HANGUL -> HANGUL;
                default -> IDEOGRAPHIC;
            };
        }
    }
}
