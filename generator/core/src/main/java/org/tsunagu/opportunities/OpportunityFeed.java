package org.tsunagu.opportunities;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.Output;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.core.render.Formats;
import org.tsunagu.events.EventModel;
import org.tsunagu.site.SiteConfig;
import org.tsunagu.site.TermLink;

/**
 * The Atom feed (RFC 4287) of open calls for helpers, newest posted first, at
 * {@code /opportunities/feed.xml}. Each entry's id is a tag URI (RFC 4151) made of the site's
 * host, the posted date and the call's address, so it stays the same from build to build; times
 * are the posted dates at midnight in Tokyo, so the same input and build date give the same bytes.
 */
public final class OpportunityFeed {

    /** The most entries the feed holds. */
    public static final int MAX_ENTRIES = 50;

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private OpportunityFeed() {
    }

    public static List<Output> files(SiteModel model) {
        return List.of(new Output(OpportunityModel.FEED_URL.substring(1), atom(model.site(), model.opportunities())));
    }

    static byte[] atom(SiteConfig site, OpportunityModel model) {
        boolean en = "en".equals(site.language());
        List<OpportunityView> entries = model.open().stream().limit(MAX_ENTRIES).toList();
        LocalDate updated = entries.stream().map(OpportunityView::posted).max(LocalDate::compareTo)
                .orElse(model.today());
        String host = URI.create(site.root() + "/").getHost();
        String centre = en && site.nameEn() != null ? site.nameEn() : site.name();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", en ? "en" : "ja");
            element(w, 1, "id", site.root() + OpportunityModel.URL);
            element(w, 1, "title", en ? "Volunteers wanted – " + centre : "ボランティア募集（" + centre + "）");
            element(w, 1, "subtitle", en ? "Calls for helpers from the groups of " + centre + " and from the centre"
                    : centre + "に登録している団体とセンターの、ボランティア・担い手の募集です。");
            link(w, "self", "application/atom+xml", site.root() + OpportunityModel.FEED_URL);
            link(w, "alternate", "text/html", site.root() + OpportunityModel.URL);
            element(w, 1, "updated", timestamp(updated));
            indent(w, 1);
            w.writeStartElement("author");
            element(w, 2, "name", centre);
            element(w, 2, "uri", site.root() + "/");
            indent(w, 1);
            w.writeEndElement();
            indent(w, 1);
            w.writeStartElement("generator");
            w.writeCharacters("Tsunagu");
            w.writeEndElement();
            for (OpportunityView o : entries) {
                entry(w, site, host, o, en);
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

    private static void entry(XMLStreamWriter w, SiteConfig site, String host, OpportunityView o, boolean en)
            throws XMLStreamException {
        indent(w, 1);
        w.writeStartElement("entry");
        element(w, 2, "id", "tag:" + (host == null ? "localhost" : host) + "," + o.posted() + ":" + o.url());
        element(w, 2, "title", o.title());
        indent(w, 2);
        w.writeEmptyElement("link");
        w.writeAttribute("rel", "alternate");
        w.writeAttribute("type", "text/html");
        w.writeAttribute("href", site.root() + o.url());
        element(w, 2, "published", timestamp(o.posted()));
        element(w, 2, "updated", timestamp(o.posted()));
        indent(w, 2);
        w.writeStartElement("author");
        element(w, 3, "name", o.group().name());
        element(w, 3, "uri", site.root() + o.group().url());
        indent(w, 2);
        w.writeEndElement();
        for (TermLink c : o.categories()) {
            indent(w, 2);
            w.writeEmptyElement("category");
            w.writeAttribute("term", c.slug());
            w.writeAttribute("label", en && c.nameEn() != null ? c.nameEn() : c.name());
        }
        element(w, 2, "summary", summary(o, en));
        indent(w, 1);
        w.writeEndElement();
    }

    /** What, when, where and until when, in one line. */
    static String summary(OpportunityView o, boolean en) {
        Formats fmt = new Formats(en ? Locale.ENGLISH : Locale.JAPANESE, false);
        List<String> parts = new ArrayList<>();
        parts.add(o.role());
        if (o.isRepeat()) {
            parts.add(en ? o.scheduleEn() : o.schedule());
        } else if (o.next() != null) {
            parts.add(fmt.date(o.next()) + (o.upcoming().size() > 1
                    ? (en ? " and " + (o.upcoming().size() - 1) + " more" : " ほか" + (o.upcoming().size() - 1) + "日") : ""));
        }
        if (o.place() != null && o.place().venue() != null) {
            parts.add(o.place().venue());
        }
        if (o.until() != null) {
            parts.add(en ? "apply by " + fmt.date(o.until()) : fmt.date(o.until()) + "まで募集");
        }
        return String.join(en ? " / " : " ／ ", parts);
    }

    private static void element(XMLStreamWriter w, int depth, String name, String text) throws XMLStreamException {
        indent(w, depth);
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String type, String href) throws XMLStreamException {
        indent(w, 1);
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
