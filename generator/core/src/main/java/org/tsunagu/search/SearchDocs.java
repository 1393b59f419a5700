package org.tsunagu.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.core.render.Formats;
import org.tsunagu.events.EventView;
import org.tsunagu.grants.GrantView;
import org.tsunagu.groups.GroupView;
import org.tsunagu.opportunities.OpportunityView;
import org.tsunagu.pages.Document;
import org.tsunagu.site.TermLink;

/** Every searchable record of the site, in index order: groups, events, calls, grants, news, pages. */
public final class SearchDocs {

    /** The kinds of record, in index order; a result's kind is shown in words from the interface messages. */
    public static final List<String> KINDS = List.of("group", "event", "call", "grant", "news", "page");

    static final int EXCERPT = 160;

    private SearchDocs() {
    }

    public static List<SearchDoc> of(SiteModel model) {
        Formats fmt = new Formats(Locale.JAPANESE, model.site().wareki());
        List<SearchDoc> docs = new ArrayList<>();
        for (GroupView g : model.groups().all()) {
            String body = join(g.nameEn(), g.summary(), g.summaryEn(), text(g.descriptionHtml()),
                    g.type() == null ? null : g.type().name(), names(g.categories()),
                    g.area() == null ? null : g.area().name(),
                    g.activity() == null ? null : join(g.activity().days(), g.activity().place()),
                    g.recruiting() == null ? null : g.recruiting().wanted());
            docs.add(new SearchDoc("group", g.url(), g.name(), g.kana(), body,
                    join(g.area() == null ? null : g.area().name(), names(g.categories())),
                    excerpt(g.summary(), text(g.descriptionHtml())), slugs(g.categories()), slug(g.area())));
        }
        for (EventView e : model.events().all()) {
            String body = join(e.titleEn(), e.summary(), text(e.descriptionHtml()), organiser(e), e.schedule(),
                    e.place() == null ? null : join(e.place().venue(), e.place().address(), e.place().access()),
                    e.audience(), names(e.categories()));
            LocalDate when = e.next() != null ? e.next().date() : e.date();
            String meta = join(fmt.date(when), e.schedule(), e.place() == null ? null : e.place().venue());
            docs.add(new SearchDoc("event", e.url(), e.title(), e.kana(), body, meta,
                    excerpt(e.summary(), text(e.descriptionHtml())), slugs(e.categories()), slug(e.area())));
        }
        for (OpportunityView o : model.opportunities().all()) {
            String body = join(o.role(), text(o.descriptionHtml()), o.group() == null ? null : o.group().name(),
                    o.schedule(), o.place() == null ? null : join(o.place().venue(), o.place().address()),
                    o.age(), o.notes(), names(o.categories()));
            docs.add(new SearchDoc("call", o.url(), o.title(), o.kana(), body,
                    join(o.group() == null ? null : o.group().name(), o.area() == null ? null : o.area().name()),
                    excerpt(o.role(), text(o.descriptionHtml())), slugs(o.categories()), slug(o.area())));
        }
        for (GrantView g : model.grants().all()) {
            String body = join(g.nameEn(), g.provider(), g.purpose(), g.eligible(), g.summary(),
                    text(g.descriptionHtml()), g.howToApply(), names(g.categories()));
            String meta = join(g.provider(), g.nextDeadline() == null ? null : "締切 " + fmt.date(g.nextDeadline()));
            docs.add(new SearchDoc("grant", g.url(), g.name(), g.kana(), body, meta,
                    excerpt(g.summary() != null ? g.summary() : g.purpose(), text(g.descriptionHtml())),
                    slugs(g.categories()), null));
        }
        for (Document d : model.news()) {
            docs.add(document("news", d, fmt.date(d.date())));
        }
        for (Document d : model.pages()) {
            docs.add(document("page", d, null));
        }
        return List.copyOf(docs);
    }

    private static SearchDoc document(String kind, Document d, String meta) {
        return new SearchDoc(kind, d.url(), d.title(), null, join(String.join(" ", d.tags()), d.plainText()), meta,
                excerpt(d.header().summary(), d.plainText()), List.of(), null);
    }

    private static String organiser(EventView e) {
        return Stream.concat(Stream.ofNullable(e.organiser()), e.coOrganisers().stream())
                .map(EventView.Organiser::name).collect(Collectors.joining(" "));
    }

    /** Plain text of sanitised HTML. */
    static String text(String html) {
        return html == null || html.isEmpty() ? null : Jsoup.parse(html).text();
    }

    private static String names(List<TermLink> terms) {
        return terms.stream().map(TermLink::name).collect(Collectors.joining("・"));
    }

    private static List<String> slugs(List<TermLink> terms) {
        return terms.stream().map(TermLink::slug).toList();
    }

    private static String slug(TermLink t) {
        return t == null ? null : t.slug();
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** The summary, or the opening of the text, cut at {@value #EXCERPT} characters. */
    static String excerpt(String summary, String text) {
        String s = join(summary, summary == null ? text : null).replaceAll("\\s+", " ");
        int n = s.codePointCount(0, s.length());
        return n <= EXCERPT ? s : s.substring(0, s.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }
}
