package org.tsunagu.core.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * E-mail addresses in pages, kept away from programs that collect addresses for spam. A page
 * never holds an address as text: it holds the part before the {@code @}, a word in its place
 * (（アットマーク）), the part after it, and the address in a coded attribute. The site's script
 * ({@code email.js}) turns that back into an ordinary {@code mailto:} link when the page opens,
 * so readers, screen readers and the keyboard meet a normal link; without JavaScript the reader
 * still sees the address, with the word for the {@code @}.
 */
public final class Emails {

    /** The word shown for {@code @} in content, which is Japanese text. */
    public static final String AT_IN_CONTENT = "（アットマーク）";

    /** An address as written in running text; Japanese text has no spaces around it. */
    public static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+");

    private Emails() {
    }

    /** The address as the page's script reads it back: reversed, then Base64. */
    public static String code(String address) {
        String reversed = new StringBuilder(address).reverse().toString();
        return Base64.getEncoder().encodeToString(reversed.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The element standing for an address: {@code <span class="email" data-mail="…">info<span
     * class="email-at">（アットマーク）</span>example.jp</span>}.
     */
    public static Element element(String address, String atWord) {
        int at = address.lastIndexOf('@');
        Element span = new Element("span").addClass("email").attr("data-mail", code(address));
        span.appendText(address.substring(0, at));
        span.appendElement("span").addClass("email-at").text(atWord);
        span.appendText(address.substring(at + 1));
        return span;
    }

    /**
     * Replaces every address in a piece of content: {@code mailto:} links (their own text kept
     * when it is not the address) and addresses written as text.
     */
    public static void protect(Element root) {
        for (Element a : root.select("a[href^=mailto:]")) {
            String address = a.attr("href").substring("mailto:".length());
            int query = address.indexOf('?');
            address = query < 0 ? address : address.substring(0, query);
            if (!ADDRESS.matcher(address).matches()) {
                a.unwrap();
                continue;
            }
            if (a.text().equals(address)) {
                a.replaceWith(element(address, AT_IN_CONTENT));
            } else {
                Element span = new Element("span").addClass("email").attr("data-mail", code(address));
                span.attr("data-text", "own");
                for (Node child : a.childNodesCopy()) {
                    span.appendChild(child);
                }
                a.replaceWith(span);
            }
        }
        replaceInText(root);
    }

    private static void replaceInText(Element e) {
        for (Node child : e.childNodesCopy()) {
            if (child instanceof TextNode t) {
                replace(t);
            } else if (child instanceof Element c && !c.hasClass("email")) {
                replaceInText(c);
            }
        }
    }

    private static void replace(TextNode t) {
        String text = t.getWholeText();
        Matcher m = ADDRESS.matcher(text);
        if (!m.find()) {
            return;
        }
        Node last = t;
        int from = 0;
        do {
            TextNode before = new TextNode(text.substring(from, m.start()));
            last.after(before);
            last = before;
            Element span = element(m.group(), AT_IN_CONTENT);
            last.after(span);
            last = span;
            from = m.end();
        } while (m.find());
        last.after(new TextNode(text.substring(from)));
        t.remove();
    }
}
