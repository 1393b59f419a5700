package org.tsunagu.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tsunagu.core.build.Output;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.core.render.Atom;
import org.tsunagu.newsletters.Newsletter;
import org.tsunagu.site.SiteConfig;

/**
 * The site's Atom feed, {@code /feed.xml}, linked from the head of every page: the news and the
 * newsletter's issues, newest first.
 */
public final class SiteFeed {

    public static final String URL = "/feed.xml";
    /** The most entries the feed holds. */
    public static final int MAX_ENTRIES = 50;

    private SiteFeed() {
    }

    public static List<Output> files(SiteModel model) {
        SiteConfig site = model.site();
        boolean en = "en".equals(site.language());
        String centre = en && site.nameEn() != null ? site.nameEn() : site.name();
        List<Atom.Entry> entries = new ArrayList<>();
        String root = site.root();
        for (Document d : model.news()) {
            entries.add(new Atom.Entry(d.url(), d.title(), d.date(), d.date(), centre, root + "/",
                    List.of(new Atom.Category("news", en ? "News" : "お知らせ")), d.summary()));
        }
        for (Newsletter n : model.newsletters().all()) {
            String number = en ? "No. " + n.number() + ": " : "第" + n.number() + "号 ";
            entries.add(new Atom.Entry(n.url(), number + n.title(), n.date(), n.date(), centre, root + "/",
                    List.of(new Atom.Category("newsletter", en ? "Newsletter" : "情報誌")), n.summary()));
        }
        entries.sort(Comparator.comparing(Atom.Entry::published).reversed().thenComparing(Atom.Entry::path));
        Atom.Feed feed = new Atom.Feed(en ? "en" : "ja", centre,
                en ? "News and newsletters of " + centre : centre + "のお知らせと情報誌", root + URL, root + "/",
                centre, root + "/", model.buildDate());
        return List.of(new Output(URL.substring(1),
                Atom.write(root, feed, entries.subList(0, Math.min(MAX_ENTRIES, entries.size())))));
    }
}
