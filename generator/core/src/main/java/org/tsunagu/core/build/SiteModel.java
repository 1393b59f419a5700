package org.tsunagu.core.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.tsunagu.events.EventModel;
import org.tsunagu.grants.GrantModel;
import org.tsunagu.groups.GroupModel;
import org.tsunagu.groups.GroupView;
import org.tsunagu.newsletters.NewsletterChecks;
import org.tsunagu.newsletters.NewsletterModel;
import org.tsunagu.opportunities.OpportunityModel;
import org.tsunagu.pages.Document;
import org.tsunagu.search.Readings;
import org.tsunagu.site.SiteConfig;

/**
 * Stage 3, Model: the whole site as plain, immutable data, computed once. Templates read it and
 * never query files or other pages.
 *
 * @param events the calendar
 * @param opportunities calls for helpers, open or closed on the build date
 * @param grants grants by next deadline, with their status on the build date
 * @param recruiting groups recruiting members now, in 五十音 order
 * @param newest the groups most recently registered with the centre
 * @param news news items, newest first
 * @param newsletters the newsletter's issues and the monthly digests
 * @param menu the main navigation
 * @param readings the Japanese analyser with the site's dictionary, for search and ふりがな
 * @param forms the forms with which groups send their information, and each group's current values for them
 */
public record SiteModel(SiteConfig site, LocalDate buildDate, GroupModel groups, EventModel events,
                        OpportunityModel opportunities, GrantModel grants,
                        List<GroupView> recruiting,
                        List<GroupView> newest, List<Document> pages, List<Document> news,
                        NewsletterModel newsletters, List<MenuItem> menu,
                        Set<String> contentFiles, Readings readings,
                        org.tsunagu.forms.Forms forms) {

    /** An entry of the main navigation; {@code key} names its label in the interface messages, or is null. */
    public record MenuItem(String url, String key, String label) {
    }

    public static final int NEWEST = 6;

    public static SiteModel build(Content content, BuildOptions options) {
        return build(content, options, Memo.NONE);
    }

    /** The model, with the preview's memo: only the records that changed are made into views again. */
    public static SiteModel build(Content content, BuildOptions options, Memo memo) {
        GroupModel groups = GroupModel.build(content.groups(), content.taxonomy(), content.site(), memo);
        GrantModel grants = GrantModel.build(content.grants(), content.groups(), content.taxonomy().categories(),
                content.site(), options.buildDate());
        EventModel events = EventModel.build(content.events(), grants.deadlines(), content.taxonomy().categories(),
                content.taxonomy().areas(), content.site(), options.buildDate(), memo);
        OpportunityModel opportunities = OpportunityModel.build(content.opportunities(),
                content.taxonomy().categories(), content.taxonomy().areas(), content.site(), options.buildDate());
        List<GroupView> recruiting = groups.all().stream().filter(GroupView::isRecruiting).toList();
        List<GroupView> newest = groups.all().stream().filter(g -> g.registered() != null)
                .filter(g -> !g.registered().isAfter(options.buildDate()))
                .sorted(Comparator.comparing(GroupView::registered).reversed().thenComparing(GroupView::sortKey))
                .limit(NEWEST).toList();
        List<Document> news = content.news().stream().filter(d -> !d.date().isAfter(options.buildDate()))
                .sorted(Comparator.comparing(Document::date).reversed().thenComparing(Document::slug)).toList();
        List<Document> pages = content.pages().stream().sorted(Comparator.comparing(Document::slug)).toList();
        List<MenuItem> menu = new ArrayList<>();
        menu.add(new MenuItem("/", "nav.home", null));
        menu.add(new MenuItem("/groups/", "nav.groups", null));
        menu.add(new MenuItem("/events/", "nav.events", null));
        menu.add(new MenuItem(OpportunityModel.URL, "nav.opportunities", null));
        menu.add(new MenuItem("/grants/", "nav.grants", null));
        menu.add(new MenuItem("/news/", "nav.news", null));
        NewsletterModel newsletters = NewsletterModel.build(content.newsletters(), events, opportunities, grants,
                options.buildDate());
        if (!newsletters.all().isEmpty()) {
            menu.add(new MenuItem(NewsletterChecks.URL, "nav.newsletters", null));
        }
        pages.stream().filter(p -> p.header().menu() != null)
                .sorted(Comparator.comparing((Document p) -> p.header().menu()).thenComparing(Document::slug))
                .forEach(p -> menu.add(new MenuItem(p.url(), null, p.title())));
        return new SiteModel(content.site(), options.buildDate(), groups, events, opportunities, grants, recruiting,
                newest, pages, news, newsletters,
                List.copyOf(menu), content.contentFiles(),
                content.readings(), org.tsunagu.forms.Forms.build(content.taxonomy(), content.groups()));
    }
}
