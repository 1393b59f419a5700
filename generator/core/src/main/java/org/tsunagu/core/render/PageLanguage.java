package org.tsunagu.core.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.tsunagu.groups.Kana;
import org.tsunagu.search.Readings;

/**
 * The last touch on a rendered page, where its language asks for one.
 *
 * <ul>
 *   <li>On a page of the English interface, Japanese text (a record with no English, a name) is
 *       marked {@code lang="ja"}, so that a screen reader reads it with a Japanese voice.</li>
 *   <li>On a Japanese page that offers ふりがな, each word with kanji gets its reading in
 *       {@code <ruby>}; the reading ({@code <rt>}) is hidden from screen readers, which read the
 *       word once, and shown on screen only when the reader turns ふりがな on.</li>
 * </ul>
 */
public final class PageLanguage {

    /** Elements whose text is not prose to mark: code, scripts, form values, and readings already given. */
    private static final Set<String> SKIP = Set.of("script", "style", "code", "pre", "kbd", "samp", "textarea",
            "select", "option", "title", "ruby", "rt", "rp", "svg", "math", "template");

    private static final Tag RUBY = Tag.valueOf("ruby");
    private static final Tag RT = Tag.valueOf("rt");

    /** The text of an element has Japanese in it. */
    private static final int JAPANESE = 1;
    /** The text of an element has Latin letters in it. */
    private static final int LATIN = 2;

    private PageLanguage() {
    }

    /** Marks the Japanese text of a page of the English interface. */
    public static String markJapanese(String html) {
        Document doc = parse(html);
        Map<Element, Integer> letters = new IdentityHashMap<>();
        letters(doc.body(), letters);
        markJapanese(doc.body(), letters);
        for (Element option : doc.select("option")) {
            if (hasJapanese(option.text()) && !hasLatin(option.text())) {
                option.attr("lang", "ja");
            }
        }
        return doc.outerHtml();
    }

    /** Adds the readings of the words with kanji in the page's text. */
    public static String addFurigana(String html, Readings readings) {
        Document doc = parse(html);
        List<TextNode> texts = new ArrayList<>();
        collect(doc.body(), texts);
        for (TextNode t : texts) {
            ruby(t, readings);
        }
        return doc.outerHtml();
    }

    private static Document parse(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        return doc;
    }

    /**
     * Marks the children of an element: a child element whose text is Japanese with no Latin
     * letters as a whole, one that mixes both child by child, and the Japanese part of a text.
     */
    private static void markJapanese(Element e, Map<Element, Integer> letters) {
        for (Node child : new ArrayList<>(e.childNodes())) {
            if (child instanceof Element c) {
                if (SKIP.contains(c.tagName()) || c.hasAttr("lang")) {
                    continue;
                }
                int found = letters.get(c);
                if (found == JAPANESE) {
                    c.attr("lang", "ja");
                } else if ((found & JAPANESE) != 0) {
                    markJapanese(c, letters);
                }
            } else if (child instanceof TextNode t && hasJapanese(t.getWholeText())) {
                wrapJapanese(t);
            }
        }
    }

    /**
     * Notes for the element and each element in it which letters its text has ({@link #JAPANESE},
     * {@link #LATIN}), in one walk of the page rather than one for each element.
     */
    private static int letters(Element e, Map<Element, Integer> into) {
        int found = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof Element c) {
                found |= letters(c, into);
            } else if (child instanceof TextNode t) {
                String text = t.getWholeText();
                found |= (hasJapanese(text) ? JAPANESE : 0) | (hasLatin(text) ? LATIN : 0);
            }
        }
        into.put(e, found);
        return found;
    }

    /** Wraps the Japanese part of a text (from its first to its last Japanese character) in lang="ja". */
    private static void wrapJapanese(TextNode t) {
        String text = t.getWholeText();
        int start = 0;
        while (start < text.length() && !isJapaneseOrItsPunctuation(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && !isJapaneseOrItsPunctuation(text.charAt(end - 1))) {
            end--;
        }
        Element span = new Element("span").attr("lang", "ja").appendText(text.substring(start, end));
        t.before(new TextNode(text.substring(0, start)));
        t.after(new TextNode(text.substring(end)));
        t.replaceWith(span);
    }

    private static boolean isJapaneseOrItsPunctuation(char c) {
        return Kana.isJapanese(c) || Character.isSurrogate(c) || (c >= 0x3000 && c <= 0x303f)
                || (c >= 0xff00 && c <= 0xffef) || c == '・' || c == 'ー';
    }

    private static void collect(Element e, List<TextNode> out) {
        for (Node child : e.childNodes()) {
            if (child instanceof Element c) {
                String lang = c.attr("lang");
                if (SKIP.contains(c.tagName()) || (!lang.isEmpty() && !lang.startsWith("ja"))
                        || c.hasClass("kana") || c.hasClass("visually-hidden") || c.hasClass("no-furigana")
                        || c.hasAttr("aria-hidden")) {
                    continue;
                }
                collect(c, out);
            } else if (child instanceof TextNode t && Kana.hasKanji(t.getWholeText())) {
                out.add(t);
            }
        }
    }

    private static void ruby(TextNode t, Readings readings) {
        List<Node> nodes = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (Readings.Piece p : readings.pieces(t.getWholeText())) {
            if (p.kana() == null) {
                plain.append(p.text());
                continue;
            }
            String word = p.text();
            String kana = p.kana();
            // Kana written in the word (送り仮名, a leading お) stand outside the reading.
            int head = 0;
            while (head < word.length() - 1 && head < kana.length() - 1
                    && isHiragana(word.charAt(head)) && word.charAt(head) == kana.charAt(head)) {
                head++;
            }
            int tail = 0;
            while (tail < word.length() - head - 1 && tail < kana.length() - head - 1
                    && isHiragana(word.charAt(word.length() - 1 - tail))
                    && word.charAt(word.length() - 1 - tail) == kana.charAt(kana.length() - 1 - tail)) {
                tail++;
            }
            plain.append(word, 0, head);
            if (!plain.isEmpty()) {
                nodes.add(new TextNode(plain.toString()));
                plain.setLength(0);
            }
            Attributes hidden = new Attributes().put("aria-hidden", "true");
            Element reading = new Element(RT, "", hidden).appendChild(new TextNode(kana.substring(head, kana.length() - tail)));
            nodes.add(new Element(RUBY, "").appendChild(new TextNode(word.substring(head, word.length() - tail)))
                    .appendChild(reading));
            plain.append(word, word.length() - tail, word.length());
        }
        if (nodes.isEmpty()) {
            return;
        }
        if (!plain.isEmpty()) {
            nodes.add(new TextNode(plain.toString()));
        }
        Element parent = (Element) t.parentNode();
        int at = t.siblingIndex();
        t.remove();
        parent.insertChildren(at, nodes);
    }

    private static boolean isHiragana(char c) {
        return c >= 'ぁ' && c <= 'ゖ';
    }

    private static boolean hasJapanese(String s) {
        return any(s, Kana::isJapanese);
    }

    private static boolean hasLatin(String s) {
        return any(s, c -> c < 0x250 && Character.isLetter(c));
    }

    /** Whether any code point of the text is one of these; no stream, as it runs on every text of every page. */
    private static boolean any(String s, java.util.function.IntPredicate which) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (which.test(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
