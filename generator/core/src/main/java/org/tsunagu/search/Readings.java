package org.tsunagu.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.load.Bound;
import org.tsunagu.groups.Kana;

/**
 * Readings in katakana from Lucene's Japanese analyser (kuromoji, normal mode), with the site's
 * own dictionary of local names. Safe to use from several threads.
 *
 * <p>One instance serves one build. The same short texts (the menu, the footer, names of groups,
 * fields and areas) come back on page after page, so their pieces are worked out once and
 * remembered by the instance; long texts, and texts past a fixed number, are read each time, so
 * the memory used stays small.
 */
public final class Readings {

    /** One piece of a text: its surface form and, for a word with kanji, its reading in hiragana. */
    public record Piece(String text, String kana) {
    }

    /** Texts longer than this are read each time: they seldom repeat. */
    static final int REMEMBERED_LENGTH = 200;
    /** At most this many texts have their pieces remembered. */
    static final int REMEMBERED_TEXTS = 20_000;

    private final UserDictionary dictionary;
    private final ThreadLocal<Parts> tokenizers;
    private final Map<String, List<Piece>> remembered = new ConcurrentHashMap<>();

    private record Parts(JapaneseTokenizer tokenizer, CharTermAttribute term, OffsetAttribute offset,
                         ReadingAttribute reading) {
    }

    private Readings(UserDictionary dictionary) {
        this.dictionary = dictionary;
        this.tokenizers = ThreadLocal.withInitial(() -> {
            JapaneseTokenizer t = new JapaneseTokenizer(this.dictionary, true, JapaneseTokenizer.Mode.NORMAL);
            return new Parts(t, t.addAttribute(CharTermAttribute.class), t.addAttribute(OffsetAttribute.class),
                    t.addAttribute(ReadingAttribute.class));
        });
    }

    /** The analyser's own dictionary only. */
    public static Readings standard() {
        return new Readings(null);
    }

    /** With the site's words: each word is kept whole and read as written in the file. */
    public static Readings of(Map<String, String> words) {
        if (words.isEmpty()) {
            return standard();
        }
        StringBuilder csv = new StringBuilder();
        words.forEach((word, kana) -> csv.append(word).append(',').append(word).append(',')
                .append(toKatakana(kana)).append(",カスタム名詞\n"));
        try {
            return new Readings(UserDictionary.open(new StringReader(csv.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks {@code data/dictionary.yaml}: a word is written without spaces or commas, read in
     * hiragana, and given once. Returns the words that passed, in file order.
     */
    public static Map<String, String> check(Bound<DictionaryFile> file, Diagnostics diagnostics) {
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<DictionaryFile.Word> list = file.value().words();
        for (int i = 0; i < list.size(); i++) {
            DictionaryFile.Word w = list.get(i);
            String at = "words[" + i + "]";
            String word = SearchText.normalise(w.word().strip());
            String kana = Kana.normalise(w.kana());
            if (word.isEmpty() || word.codePoints().anyMatch(c -> c == ',' || c == '"' || Character.isWhitespace(c))) {
                diagnostics.error(file.sources().at(at + ".word"), "dictionary.badWord", w.word());
            } else if (kana == null || kana.isBlank() || kana.codePoints().anyMatch(c -> c < 'ぁ' || c > 'ゖ' && c != 'ー')) {
                diagnostics.error(file.sources().at(at + ".kana"), "dictionary.badKana", w.kana(), w.word());
            } else if (lines.containsKey(word)) {
                diagnostics.error(file.sources().at(at + ".word"), "dictionary.duplicate", w.word(),
                        file.sources().at("words[" + lines.get(word) + "].word").line());
            } else {
                words.put(word, kana);
                lines.put(word, i);
            }
        }
        return words;
    }

    /**
     * The text read aloud, in katakana: each word's reading, kana as it is written; a space
     * where the text has something without a reading (Latin letters, digits, punctuation, a
     * kanji the analyser cannot read).
     */
    public String katakana(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int last = 0;
        for (Token t : tokens(text)) {
            if (t.start != last) {
                out.append(' ');
            }
            String r = t.reading;
            if (r == null && isKana(t.surface)) {
                r = toKatakana(t.surface);
            }
            out.append(r != null && isKana(r) ? r : " ");
            last = t.end;
        }
        return out.toString();
    }

    /**
     * The text in pieces, each word with kanji carrying its reading in hiragana (for ふりがな);
     * a piece without kanji, or one the analyser cannot read, has none. The pieces joined give
     * the text back unchanged. The list cannot be changed.
     */
    public List<Piece> pieces(String text) {
        if (text.length() > REMEMBERED_LENGTH) {
            return read(text);
        }
        List<Piece> known = remembered.get(text);
        if (known != null) {
            return known;
        }
        List<Piece> read = read(text);
        if (remembered.size() < REMEMBERED_TEXTS) {
            remembered.putIfAbsent(text, read);
        }
        return read;
    }

    private List<Piece> read(String text) {
        List<Piece> out = new ArrayList<>();
        int last = 0;
        for (Token t : tokens(text)) {
            if (t.start > last) {
                out.add(new Piece(text.substring(last, t.start), null));
            }
            String surface = text.substring(t.start, t.end);
            String kana = Kana.hasKanji(surface) && t.reading != null && isKana(t.reading) ? Kana.toHiragana(t.reading) : null;
            out.add(new Piece(surface, kana));
            last = t.end;
        }
        if (last < text.length()) {
            out.add(new Piece(text.substring(last), null));
        }
        return List.copyOf(out);
    }

    private record Token(String surface, String reading, int start, int end) {
    }

    private List<Token> tokens(String text) {
        Parts p = tokenizers.get();
        List<Token> out = new ArrayList<>();
        try {
            p.tokenizer.setReader(new StringReader(text));
            p.tokenizer.reset();
            while (p.tokenizer.incrementToken()) {
                out.add(new Token(p.term.toString(), p.reading.getReading(), p.offset.startOffset(),
                        p.offset.endOffset()));
            }
            p.tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                p.tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Hiragana to katakana; other characters unchanged. */
    public static String toKatakana(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp));
        return b.toString();
    }

    private static boolean isKana(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            Character.UnicodeScript script = Kana.script(c);
            if (c != 0x30FC && script != Character.UnicodeScript.HIRAGANA && script != Character.UnicodeScript.KATAKANA) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
