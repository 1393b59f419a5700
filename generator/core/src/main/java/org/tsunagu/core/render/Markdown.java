package org.tsunagu.core.render;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. Text from groups is untrusted: flexmark drops raw HTML, then jsoup's
 * cleaner keeps only a list of harmless elements and attributes, and links only with
 * {@code http}, {@code https}, {@code mailto} and {@code tel}. Headings are shifted so a
 * description's {@code #} never competes with the page's own {@code h1}. E-mail addresses are
 * written in the form {@link Emails} describes.
 */
public final class Markdown {

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;
    private static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                    "strong", "em", "b", "i", "s", "del", "code", "pre", "a", "table", "thead", "tbody",
                    "tr", "th", "td", "caption", "dl", "dt", "dd", "sup", "sub")
            .addAttributes("a", "href", "title")
            .addAttributes("th", "scope", "align")
            .addAttributes("td", "align")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addEnforcedAttribute("a", "rel", "noopener")
            .preserveRelativeLinks(true);

    /** A base for resolving relative links while cleaning; they stay relative in the output. */
    private static final String BASE = "https://site.invalid/";

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.SUPPRESS_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "<br />\n");
        options.set(TablesExtension.WITH_CAPTION, true);
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private Markdown() {
    }

    /**
     * Renders untrusted Markdown to sanitised HTML.
     *
     * @param topLevel the heading level a {@code #} becomes (2 inside a page whose title is the h1)
     */
    public static String toSafeHtml(String markdown, int topLevel) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (isPlain(markdown)) {
            return plain(markdown);
        }
        return parsed(markdown, topLevel);
    }

    /**
     * Whether the text is paragraphs of plain words only, in which Markdown finds nothing to do:
     * letters and digits, Japanese text and punctuation (from U+3001), and single spaces between
     * words; no ASCII punctuation (every Markdown construct, link and address needs one), no
     * space at the start or end of a line. Most descriptions are such text.
     */
    static boolean isPlain(String text) {
        char previous = '\n';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\n' ? previous != ' '
                    : c == ' ' ? previous != '\n'
                    : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || (c > '\u3000' && c != '\ufeff' && c < '\ufff0');
            if (!ok) {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    /** What the full path gives for plain text: a paragraph for each run of lines, the lines joined by breaks. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean open = false;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                if (open) {
                    out.append("</p>\n");
                    open = false;
                }
            } else {
                out.append(open ? "<br>\n" : "<p>").append(line);
                open = true;
            }
        }
        if (open) {
            out.append("</p>\n");
        }
        return out.toString();
    }

    /** The full path: flexmark, then jsoup's cleaner. */
    static String parsed(String markdown, int topLevel) {
        String html = RENDERER.render(PARSER.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        shiftHeadings(dirty, topLevel - 1);
        fixAutolinks(dirty);
        for (Element th : dirty.select("thead th")) {
            th.attr("scope", "col");
        }
        // A caption ([…] on the line after a table) is written last; HTML wants it first.
        for (Element caption : dirty.select("table > caption")) {
            caption.parent().prependChild(caption);
        }
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        Emails.protect(clean.body());
        return clean.body().html();
    }

    /** Where the Markdown has code (spans and blocks), as [start, end) offsets, in order. */
    public static List<int[]> codeRanges(String markdown) {
        List<int[]> out = new ArrayList<>();
        for (Node n : PARSER.parse(markdown).getDescendants()) {
            if (n instanceof Code || n instanceof FencedCodeBlock
                    || n instanceof IndentedCodeBlock) {
                out.add(new int[] {n.getStartOffset(), n.getEndOffset()});
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern ASCII_URL = java.util.regex.Pattern.compile("https?://[\\x21-\\x7e]+");

    /**
     * Japanese text has no spaces, so an address written straight after 「メール：」 or before
     * 「です」 is autolinked together with its neighbours. Keep only the address in the link.
     */
    private static void fixAutolinks(Document doc) {
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            String text = a.text();
            boolean mail = href.startsWith("mailto:") && href.substring(7).equals(text);
            boolean web = href.equals(text) && href.startsWith("http");
            if (!mail && !web) {
                continue;
            }
            java.util.regex.Matcher m = (mail ? Emails.ADDRESS : ASCII_URL).matcher(text);
            if (!m.find()) {
                a.unwrap();
                continue;
            }
            if (m.start() == 0 && m.end() == text.length()) {
                continue;
            }
            String address = m.group();
            a.before(new org.jsoup.nodes.TextNode(text.substring(0, m.start())));
            a.after(new org.jsoup.nodes.TextNode(text.substring(m.end())));
            a.text(address).attr("href", mail ? "mailto:" + address : address);
        }
    }

    private static void shiftHeadings(Document doc, int by) {
        if (by <= 0) {
            return;
        }
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.min(6, Integer.parseInt(h.tagName().substring(1)) + by);
            h.tagName("h" + level);
        }
    }
}
