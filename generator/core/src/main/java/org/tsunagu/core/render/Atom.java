package org.tsunagu.core.render;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tsunagu.core.build.BuildOptions;

/**
 * Writes an Atom feed (RFC 4287). Entry ids are tag URIs (RFC 4151) of the site's host, the
 * entry's date and its address, so they stay the same from build to build; times are dates at
 * midnight in Tokyo, and the feed's own date is its newest entry's, so the same input gives the
 * same bytes whatever day it is built.
 */
public final class Atom {

    private static final String NS = "http://www.w3.org/2005/Atom";

    /** The feed itself. {@code url} is the feed's own address, {@code page} the page it follows. */
    public record Feed(String lang, String title, String subtitle, String url, String page, String author,
                       String authorUri, LocalDate fallbackDate) {
    }

    /** A category of an entry. */
    public record Category(String term, String label) {
    }

    /** An entry: {@code root} + {@code path} is its page. */
    public record Entry(String path, String title, LocalDate published, LocalDate updated, String author,
                        String authorUri, List<Category> categories, String summary) {
    }

    private Atom() {
    }

    public static byte[] write(String root, Feed feed, List<Entry> entries) {
        LocalDate updated = entries.stream().map(Entry::updated).max(LocalDate::compareTo).orElse(feed.fallbackDate());
        String host = URI.create(root + "/").getHost();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", feed.lang());
            element(w, 1, "id", feed.page());
            element(w, 1, "title", feed.title());
            if (feed.subtitle() != null) {
                element(w, 1, "subtitle", feed.subtitle());
            }
            link(w, 1, "self", "application/atom+xml", feed.url());
            link(w, 1, "alternate", "text/html", feed.page());
            element(w, 1, "updated", timestamp(updated));
            author(w, 1, feed.author(), feed.authorUri());
            indent(w, 1);
            w.writeStartElement("generator");
            w.writeCharacters("Tsunagu");
            w.writeEndElement();
            for (Entry e : entries) {
                indent(w, 1);
                w.writeStartElement("entry");
                element(w, 2, "id", "tag:" + (host == null ? "localhost" : host) + "," + e.published() + ":" + e.path());
                element(w, 2, "title", e.title());
                link(w, 2, "alternate", "text/html", root + e.path());
                element(w, 2, "published", timestamp(e.published()));
                element(w, 2, "updated", timestamp(e.updated()));
                author(w, 2, e.author(), e.authorUri());
                for (Category c : e.categories()) {
                    indent(w, 2);
                    w.writeEmptyElement("category");
                    w.writeAttribute("term", c.term());
                    w.writeAttribute("label", c.label());
                }
                if (e.summary() != null && !e.summary().isBlank()) {
                    element(w, 2, "summary", e.summary());
                }
                indent(w, 1);
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void author(XMLStreamWriter w, int depth, String name, String uri) throws XMLStreamException {
        indent(w, depth);
        w.writeStartElement("author");
        element(w, depth + 1, "name", name);
        if (uri != null) {
            element(w, depth + 1, "uri", uri);
        }
        indent(w, depth);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, int depth, String name, String text) throws XMLStreamException {
        indent(w, depth);
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, int depth, String rel, String type, String href)
            throws XMLStreamException {
        indent(w, depth);
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }

    private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String timestamp(LocalDate d) {
        return d.atStartOfDay(BuildOptions.TOKYO).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
