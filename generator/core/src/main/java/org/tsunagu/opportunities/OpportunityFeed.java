package org.tsunagu.opportunities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tsunagu.core.build.Output;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.core.render.Atom;
import org.tsunagu.core.render.Formats;
import org.tsunagu.site.SiteConfig;

/**
 * The Atom feed (RFC 4287) of open calls for helpers, newest posted first, at
 * {@code /opportunities/feed.xml}. Each entry's id is a tag URI (RFC 4151) made of the site's
 * host, the posted date and the call's address, so it stays the same from build to build; times
 * are the posted dates at midnight in Tokyo, so the same input and build date give the same bytes.
 */
public final class OpportunityFeed {

    /** The most entries the feed holds. */
    public static final int MAX_ENTRIES = 50;

    private OpportunityFeed() {
    }

    public static List<Output> files(SiteModel model) {
        return List.of(new Output(OpportunityModel.FEED_URL.substring(1), atom(model.site(), model.opportunities())));
    }

    static byte[] atom(SiteConfig site, OpportunityModel model) {
        boolean en = "en".equals(site.language());
        String centre = en && site.nameEn() != null ? site.nameEn() : site.name();
        Atom.Feed feed = new Atom.Feed(en ? "en" : "ja",
                en ? "Volunteers wanted – " + centre : "ボランティア募集（" + centre + "）",
                en ? "Calls for helpers from the groups of " + centre + " and from the centre"
                        : centre + "に登録している団体とセンターの、ボランティア・担い手の募集です。",
                site.root() + OpportunityModel.FEED_URL, site.root() + OpportunityModel.URL, centre, site.root() + "/",
                model.today());
        List<Atom.Entry> entries = model.open().stream().limit(MAX_ENTRIES).map(o -> new Atom.Entry(o.url(),
                o.title(), o.posted(), o.posted(), o.group().name(), site.root() + o.group().url(),
                o.categories().stream().map(c -> new Atom.Category(c.slug(),
                        en && c.nameEn() != null ? c.nameEn() : c.name())).toList(),
                summary(o, en))).toList();
        return Atom.write(site.root(), feed, entries);
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
}
