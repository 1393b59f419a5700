package org.tsunagu.core.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.tsunagu.cards.GroupCards;
import org.tsunagu.events.EventJsonLd;
import org.tsunagu.forms.Forms;
import org.tsunagu.events.EventModel;
import org.tsunagu.events.EventView;
import org.tsunagu.events.IcsFeeds;
import org.tsunagu.grants.GrantModel;
import org.tsunagu.grants.GrantView;
import org.tsunagu.groups.GroupModel;
import org.tsunagu.groups.GroupView;
import org.tsunagu.opendata.OpenData;
import org.tsunagu.newsletters.Newsletter;
import org.tsunagu.newsletters.NewsletterChecks;
import org.tsunagu.newsletters.NewsletterModel;
import org.tsunagu.opportunities.OpportunityFeed;
import org.tsunagu.opportunities.OpportunityModel;
import org.tsunagu.opportunities.OpportunityView;
import org.tsunagu.pages.Document;
import org.tsunagu.pages.SiteFeed;
import org.tsunagu.search.SearchIndex;

/**
 * Every page the site has, as a list of {@link PageSpec}s: the one place that says which page
 * kinds exist, at which address, with which template.
 */
public final class SitePages {

    private SitePages() {
    }

    public static List<PageSpec> of(SiteModel model) {
        return of(model, Memo.NONE);
    }

    /** Every page, with the preview's memo: the pages' data made again only for records that changed. */
    public static List<PageSpec> of(SiteModel model, Memo memo) {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(PageSpec.at("/", "index.ftlh", null, Map.of(), "data/site.yaml"));

        GroupModel groups = model.groups();
        pages.add(PageSpec.at("/groups/", "groups.ftlh", "directory", Map.of(), "data/groups"));
        for (GroupView g : groups.all()) {
            pages.add(PageSpec.at(g.url(), "group.ftlh", g.name(), Map.of("group", g), g.file()));
        }
        pages.addAll(GroupCards.pages(model));
        facets(pages, "categories", groups.categories(), "data/categories.yaml");
        facets(pages, "areas", groups.areas(), "data/areas.yaml");
        facets(pages, "types", groups.types(), "data/groups");

        EventModel events = model.events();
        pages.add(PageSpec.at("/events/", "events.ftlh", "events", Map.of(), "data/events"));
        pages.add(PageSpec.at("/events/archive/", "events-archive.ftlh", "archive", Map.of(), "data/events"));
        for (EventView e : events.all()) {
            pages.add(PageSpec.at(e.url(), "event.ftlh", e.title(),
                    Map.of("event", e, "jsonLd", memo.get("eventJsonLd", List.of(Memo.same(e), model.site()),
                            () -> EventJsonLd.of(e, model.site()))), e.file()));
        }
        for (EventModel.Facet f : events.categories()) {
            pages.add(PageSpec.at(f.url(), "event-facet.ftlh", f.term().name(), Map.of("facet", f), "data/events"));
        }
        for (EventModel.Facet f : events.areas()) {
            pages.add(PageSpec.at(f.url(), "event-facet.ftlh", f.term().name(), Map.of("facet", f), "data/events"));
        }
        pages.add(PageSpec.at("/calendar/", "calendar.ftlh", "calendar", Map.of(), "data/events"));
        for (EventModel.Month m : events.months()) {
            pages.add(PageSpec.at(m.url(), "month.ftlh", m.month().toString(), Map.of("month", m), "data/events"));
        }

        OpportunityModel opportunities = model.opportunities();
        pages.add(PageSpec.at(OpportunityModel.URL, "opportunities.ftlh", "opportunities", Map.of(),
                "data/opportunities"));
        for (OpportunityView o : opportunities.all()) {
            pages.add(PageSpec.at(o.url(), "opportunity.ftlh", o.title(), Map.of("call", o), o.file()));
        }
        for (OpportunityModel.Facet f : opportunities.facets()) {
            pages.add(PageSpec.at(f.url(), "opportunity-facet.ftlh", f.term().name(), Map.of("facet", f),
                    "data/opportunities"));
        }

        GrantModel grants = model.grants();
        pages.add(PageSpec.at("/grants/", "grants.ftlh", "grants", Map.of(), "data/grants"));
        for (GrantView g : grants.all()) {
            pages.add(PageSpec.at(g.url(), "grant.ftlh", g.name(), Map.of("grant", g), g.file()));
        }
        for (GrantModel.Facet f : grants.statuses()) {
            pages.add(PageSpec.at(f.url(), "grants-filter.ftlh", f.name(), Map.of("facet", f), "data/grants"));
        }
        for (GrantModel.Facet f : grants.categories()) {
            pages.add(PageSpec.at(f.url(), "grants-filter.ftlh", f.name(), Map.of("facet", f), "data/grants"));
        }

        for (Document d : model.pages()) {
            pages.add(PageSpec.at(d.url(), "page.ftlh", d.title(), Map.of("document", d), d.file()));
        }
        pages.add(PageSpec.at("/news/", "news.ftlh", "news", Map.of(), "content/news"));
        for (Document d : model.news()) {
            pages.add(PageSpec.at(d.url(), "news-item.ftlh", d.title(), Map.of("document", d), d.file()));
        }
        NewsletterModel newsletters = model.newsletters();
        if (!newsletters.all().isEmpty()) {
            pages.add(PageSpec.at(NewsletterChecks.URL, "newsletters.ftlh", "newsletters", Map.of(),
                    "content/newsletters"));
        }
        for (Newsletter n : newsletters.all()) {
            pages.add(PageSpec.at(n.url(), "newsletter.ftlh", n.title(), Map.of("issue", n), n.file()));
        }
        for (NewsletterModel.Digest d : newsletters.digests()) {
            pages.add(PageSpec.at(d.url(), "digest.ftlh", d.month().toString(), Map.of("digest", d), "data/events"));
        }
        pages.add(PageSpec.at("/search/", "search.ftlh", "search", Map.of(), "data"));
        pages.add(PageSpec.at(Forms.URL, "forms.ftlh", "forms", Map.of(), "data"));
        for (Forms.Form f : model.forms().list()) {
            pages.add(PageSpec.at(f.url(), "form.ftlh", f.kind(), Map.of("form", f, "schema",
                    Schemas.address(model.site().root(), f.kind())), "data/" + f.folder()));
        }
        pages.add(PageSpec.at("/opendata/", "opendata.ftlh", "opendata", Map.of("openData", OpenData.catalogue(model)), "data/site.yaml"));
        pages.add(new PageSpec("/404.html", "404.html", "404.ftlh", "notFound", Map.of(), "(site)", false));
        return List.copyOf(pages);
    }

    /**
     * Every file the site has besides its pages: the sitemap, feeds and data files. Each entry
     * makes its files from the model alone. Files are handed to {@code out} (from several
     * threads) as they are made, one kind after the other, so that a large site never holds
     * them all at once.
     */
    public static void files(SiteModel model, List<PageSpec> pages, Consumer<Output> out) {
        files(model, pages, out, (kind, millis) -> { });
    }

    /** The same, telling {@code timer} how long each kind of file took, in milliseconds. */
    public static void files(SiteModel model, List<PageSpec> pages, Consumer<Output> out,
                             BiConsumer<String, Long> timer) {
        timed("sitemap", timer, () -> {
            out.accept(Sitemap.sitemap(model.site().root(), pages));
            out.accept(Sitemap.robots(model.site().root()));
        });
        timed("opendata", timer, () -> OpenData.files(model, out));
        timed("calendars", timer, () -> IcsFeeds.files(model, out));
        timed("feeds", timer, () -> {
            OpportunityFeed.files(model).forEach(out);
            SiteFeed.files(model).forEach(out);
        });
        timed("cards", timer, () -> GroupCards.files(model, out));
        timed("search", timer, () -> SearchIndex.of(model).forEach(out));
        timed("forms", timer, () -> model.forms().prefills().forEach(out));
    }

    private static void timed(String kind, BiConsumer<String, Long> timer, Runnable work) {
        long start = System.nanoTime();
        work.run();
        timer.accept(kind, (System.nanoTime() - start) / 1_000_000);
    }

    private static void facets(List<PageSpec> pages, String kind, List<GroupModel.Facet> facets, String source) {
        pages.add(PageSpec.at("/" + kind + "/", "facets.ftlh", kind, Map.of("kind", kind, "facets", facets), source));
        for (GroupModel.Facet f : facets) {
            pages.add(PageSpec.at(f.url(), "facet.ftlh", f.term().name(), Map.of("kind", kind, "facet", f), source));
        }
    }
}
