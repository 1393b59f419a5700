package org.tsunagu.core.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tsunagu.groups.GroupModel;
import org.tsunagu.groups.GroupView;
import org.tsunagu.pages.Document;

/**
 * Every page the site has, as a list of {@link PageSpec}s: the one place that says which page
 * kinds exist, at which address, with which template.
 */
public final class SitePages {

    private SitePages() {
    }

    public static List<PageSpec> of(SiteModel model) {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(PageSpec.at("/", "index.ftlh", null, Map.of(), "data/site.yaml"));

        GroupModel groups = model.groups();
        pages.add(PageSpec.at("/groups/", "groups.ftlh", "directory", Map.of(), "data/groups"));
        for (GroupView g : groups.all()) {
            pages.add(PageSpec.at(g.url(), "group.ftlh", g.name(), Map.of("group", g), g.file()));
        }
        facets(pages, "categories", groups.categories(), "data/categories.yaml");
        facets(pages, "areas", groups.areas(), "data/areas.yaml");
        facets(pages, "types", groups.types(), "data/groups");

        for (Document d : model.pages()) {
            pages.add(PageSpec.at(d.url(), "page.ftlh", d.title(), Map.of("document", d), d.file()));
        }
        pages.add(PageSpec.at("/news/", "news.ftlh", "news", Map.of(), "content/news"));
        for (Document d : model.news()) {
            pages.add(PageSpec.at(d.url(), "news-item.ftlh", d.title(), Map.of("document", d), d.file()));
        }
        pages.add(new PageSpec("/404.html", "404.html", "404.ftlh", "notFound", Map.of(), "(site)", false));
        return List.copyOf(pages);
    }

    private static void facets(List<PageSpec> pages, String kind, List<GroupModel.Facet> facets, String source) {
        pages.add(PageSpec.at("/" + kind + "/", "facets.ftlh", kind, Map.of("kind", kind, "facets", facets), source));
        for (GroupModel.Facet f : facets) {
            pages.add(PageSpec.at(f.url(), "facet.ftlh", f.term().name(), Map.of("kind", kind, "facet", f), source));
        }
    }
}
