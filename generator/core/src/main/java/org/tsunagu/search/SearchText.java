package org.tsunagu.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tsunagu.groups.Kana;

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
 *   <li>Group ({@link RunGrams}): each run of Japanese characters becomes its overlapping
 *       n-grams, then its last n-1, …, 1 characters (the tails). In the text field n is 2: the
 *       pairs are exactly those of Lucene's {@link CJKBigramFilter} (市民活動 → 市民 民活 活動),
 *       and the tail 動 lets a one-character query find a run's last character too. In the
 *       reading field n is 4, since pairs of kana are too common to tell words apart: a query
 *       of up to four kana is one term (フクシ matches the terms that start with it), and a
 *       longer one needs groups that overlap by three.</li>
 * </ol>
 *
 * A query asks for the n-grams of each of its runs, all of them; a run shorter than n, and a
 * last word in Latin letters (one being typed), match every term that starts with them. A query
 * word written only in kana is looked up in the reading field, so ふくし finds 福祉; any other
 * word in the text field. The reading field holds the katakana that kuromoji gives for the text
 * ({@link Readings}); the browser turns hiragana in a query into katakana for it.
 */
public final class SearchText {

    private SearchText() {
    }

    /** NFKC, then lower case. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** No kanji, kana or Hangul comes before U+1100, so most characters need no lookup. */
    private static final int FIRST_PAIRED = 0x1100;

    /** Whether a code point belongs to a run that is paired: kanji, kana, ー and Hangul. */
    static boolean isPaired(int cp) {
        if (cp < FIRST_PAIRED) {
            return false;
        }
        if (cp == 0x30FC) {
            return true; // ー is "common" to both kana scripts; it belongs to the word it lengthens
        }
        Character.UnicodeScript s = Kana.script(cp);
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

    /** Gram length in the text field. */
    public static final int TEXT_GRAMS = 2;
    /** Gram length in the reading field. */
    public static final int READING_GRAMS = 4;

    /** The analyser of the text field: {@link SiteTokenizer}, then pairs and tails. */
    public static Analyzer analyzer() {
        return analyzer(TEXT_GRAMS);
    }

    /** The analyser of the reading field: {@link SiteTokenizer}, then four-character grams and tails. */
    public static Analyzer readingAnalyzer() {
        return analyzer(READING_GRAMS);
    }

    private static Analyzer analyzer(int n) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SiteTokenizer();
                return new TokenStreamComponents(source, new RunGrams(source, n));
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
     * Turns each run of adjacent Japanese characters from {@link SiteTokenizer} into its
     * overlapping n-grams (typed {@value #GRAM}) and then its tails, the last min(n-1, length),
     * …, 1 characters (typed {@value #TAIL}); words pass unchanged.
     */
    static final class RunGrams extends TokenFilter {

        static final String GRAM = "<GRAM>";
        static final String TAIL = "<TAIL>";

        private final int n;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        // The current run: its characters one after the other, where each of its k tokens
        // starts in them (at[k] is the end), and each token's offsets in the text. Every
        // text's terms pass through here, so the run is kept in arrays, not in objects.
        private final StringBuilder chars = new StringBuilder();
        private int[] at = new int[17];
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int k;

        // A finished run being handed on: its grams, then its tails, one per call.
        private int handed;
        private int toHand;

        // The token that ended the run, handed on (a word) or starting the next run (Japanese)
        // once the finished run is out.
        private boolean held;
        private boolean heldJapanese;
        private final StringBuilder heldText = new StringBuilder();
        private int heldStart;
        private int heldEnd;
        private String heldType;
        private boolean exhausted;

        RunGrams(TokenStream input, int n) {
            super(input);
            this.n = n;
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (true) {
                if (handed < toHand) {
                    hand(handed++);
                    return true;
                }
                if (toHand > 0) {
                    clearRun();
                }
                if (held) {
                    held = false;
                    if (heldJapanese) {
                        add(heldText, heldStart, heldEnd);
                    } else {
                        clearAttributes();
                        term.setEmpty().append(heldText);
                        offset.setOffset(heldStart, heldEnd);
                        type.setType(heldType);
                        return true;
                    }
                }
                if (exhausted) {
                    return false;
                }
                if (!input.incrementToken()) {
                    exhausted = true;
                    finish();
                    continue;
                }
                boolean japanese = !type.type().equals(SiteTokenizer.ALPHANUM);
                if (japanese && (k == 0 || ends[k - 1] == offset.startOffset())) {
                    add(term, offset.startOffset(), offset.endOffset());
                    continue;
                }
                held = true;
                heldJapanese = japanese;
                heldText.setLength(0);
                heldText.append(term);
                heldStart = offset.startOffset();
                heldEnd = offset.endOffset();
                heldType = type.type();
                finish();
            }
        }

        private void add(CharSequence text, int start, int end) {
            if (k == starts.length) {
                at = Arrays.copyOf(at, 2 * k + 1);
                starts = Arrays.copyOf(starts, 2 * k);
                ends = Arrays.copyOf(ends, 2 * k);
            }
            at[k] = chars.length();
            chars.append(text);
            starts[k] = start;
            ends[k++] = end;
            at[k] = chars.length();
        }

        /** The run is over: its n-grams and tails are handed on next. */
        private void finish() {
            handed = 0;
            toHand = k == 0 ? 0 : Math.max(0, k - n + 1) + Math.min(n - 1, k);
        }

        private void clearRun() {
            k = 0;
            chars.setLength(0);
            handed = 0;
            toHand = 0;
        }

        /** Sets the attributes to the i-th term of the finished run: the grams in order, then the tails, longest first. */
        private void hand(int i) {
            int grams = Math.max(0, k - n + 1);
            int from;
            int to;
            if (i < grams) {
                from = i;
                to = i + n;
            } else {
                from = k - (Math.min(n - 1, k) - (i - grams));
                to = k;
            }
            clearAttributes();
            term.setEmpty().append(chars, at[from], at[to]);
            offset.setOffset(starts[from], ends[to - 1]);
            type.setType(i < grams ? GRAM : TAIL);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            clearRun();
            held = false;
            exhausted = false;
        }
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
        static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

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
            return switch (Kana.script(cp)) {
                case HIRAGANA -> HIRAGANA;
                case KATAKANA -> KATAKANA;
                case HANGUL -> HANGUL;
                default -> IDEOGRAPHIC;
            };
        }
    }
}
