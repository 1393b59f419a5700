package org.tsunagu.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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

    private PageLanguage() {
    }

    /** Marks the Japanese text of a page of the English interface. */
    public static String markJapanese(String html) {
        Document doc = parse(html);
        markJapanese(doc.body());
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

    private static void markJapanese(Element e) {
        for (Node child : new ArrayList<>(e.childNodes())) {
            if (child instanceof Element c) {
                if (SKIP.contains(c.tagName()) || c.hasAttr("lang")) {
                    continue;
                }
                String text = c.text();
                if (hasJapanese(text) && !hasLatin(text)) {
                    c.attr("lang", "ja");
                } else if (hasJapanese(text)) {
                    markJapanese(c);
                }
            } else if (child instanceof TextNode t && hasJapanese(t.text())) {
                wrapJapanese(t);
            }
        }
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
            Element ruby = new Element("ruby").appendText(word.substring(head, word.length() - tail));
            ruby.appendElement("rt").attr("aria-hidden", "true").text(kana.substring(head, kana.length() - tail));
            nodes.add(ruby);
            plain.append(word, word.length() - tail, word.length());
        }
        if (nodes.isEmpty()) {
            return;
        }
        if (!plain.isEmpty()) {
            nodes.add(new TextNode(plain.toString()));
        }
        Node last = t;
        for (Node n : nodes) {
            last.after(n);
            last = n;
        }
        t.remove();
    }

    private static boolean isHiragana(char c) {
        return c >= 'ぁ' && c <= 'ゖ';
    }

    private static boolean hasJapanese(String s) {
        return s.codePoints().anyMatch(Kana::isJapanese);
    }

    private static boolean hasLatin(String s) {
        return s.codePoints().anyMatch(c -> c < 0x250 && Character.isLetter(c));
    }
}
