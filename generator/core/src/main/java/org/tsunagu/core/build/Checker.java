package org.tsunagu.core.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;
import org.tsunagu.core.load.Binder;
import org.tsunagu.core.load.Bound;
import org.tsunagu.core.load.SourceFile;
import org.tsunagu.core.load.Slugs;
import org.tsunagu.core.load.WebUrl;
import org.tsunagu.core.load.YamlReader;
import org.tsunagu.events.EventChecks;
import org.tsunagu.grants.GrantChecks;
import org.tsunagu.groups.GroupChecks;
import org.tsunagu.opendata.LocalGovernmentCode;
import org.tsunagu.opportunities.OpportunityChecks;
import org.tsunagu.newsletters.NewsletterChecks;
import org.tsunagu.pages.DocumentChecks;
import org.tsunagu.pages.References;
import org.tsunagu.search.DictionaryFile;
import org.tsunagu.search.Readings;
import org.tsunagu.site.Area;
import org.tsunagu.site.AreasFile;
import org.tsunagu.site.CategoriesFile;
import org.tsunagu.site.Category;
import org.tsunagu.site.SiteConfig;
import org.tsunagu.site.Taxonomy;

/**
 * Stage 2, Check: binds every file to its typed record and checks it, collecting all problems.
 * Gives nothing only when the site settings themselves cannot be read; otherwise the records
 * that passed, so a lenient build can go on without the broken ones.
 */
public final class Checker {

    static final String DEFAULT_CATEGORIES = "/org/tsunagu/default-categories.yaml";

    private Checker() {
    }

    public static Optional<Content> check(Sources sources, BuildOptions options, Diagnostics diagnostics) {
        return check(sources, options, diagnostics, Memo.NONE);
    }

    /** Checks with the preview's memo, binding again only the files that changed. */
    public static Optional<Content> check(Sources sources, BuildOptions options, Diagnostics diagnostics, Memo memo) {
        Optional<SiteConfig> site = sources.site().flatMap(y ->
                Binder.bind(SiteConfig.class, y.root(), y.file().relativePath(), diagnostics).map(b -> {
                    if (!b.value().language().equals("ja") && !b.value().language().equals("en")) {
                        diagnostics.error(b.sources().at("language"), "site.badLanguage", b.value().language());
                    }
                    LocalGovernmentCode.check(b.value().localGovernmentCode(),
                            b.sources().at("local_government_code"), diagnostics);
                    if (b.value().confirmationMonths() != null && b.value().confirmationMonths() < 1) {
                        diagnostics.error(b.sources().at("confirmation_months"), "site.badConfirmationMonths",
                                b.value().confirmationMonths());
                    }
                    return b.value();
                }));
        if (site.isPresent() && options.baseUrl() != null) {
            WebUrl u = WebUrl.parse(options.baseUrl());
            if (u == null) {
                diagnostics.error(SourcePosition.of("--base-url"), "bind.notUrl", "base_url", "base_url", options.baseUrl());
            } else {
                site = Optional.of(site.get().withBaseUrl(u));
            }
        }
        List<Category> categories = categories(sources, diagnostics);
        List<Area> areas = areas(sources, diagnostics);
        Taxonomy taxonomy = new Taxonomy(categories, areas);
        var groups = GroupChecks.check(sources.groups(), taxonomy, options.siteDir().resolve("content"),
                sources.contentFiles(), diagnostics, memo);
        var events = EventChecks.check(sources.events(), groups, taxonomy,
                site.map(SiteConfig::name).orElse(""), diagnostics, memo);
        var opportunities = OpportunityChecks.check(sources.opportunities(), groups, taxonomy,
                site.map(SiteConfig::name).orElse(""), diagnostics, memo);
        var grants = GrantChecks.check(sources.grants(), groups, taxonomy, options.siteDir().resolve("content"),
                sources.contentFiles(), diagnostics, memo);
        String base = site.map(s -> Pipeline.basePath(s.root())).orElse("");
        References references = References.of(base, groups, events, grants, opportunities);
        var pages = DocumentChecks.check("page", sources.pages(), references, diagnostics);
        var news = DocumentChecks.check("news", sources.news(), references, diagnostics);
        var newsletters = NewsletterChecks.check(sources.newsletters(), references,
                options.siteDir().resolve("content"), sources.contentFiles(), diagnostics);
        return site.map(s -> new Content(s, taxonomy, groups, events, opportunities, grants, pages, news, newsletters,
                sources.contentFiles(),
                readings(sources, diagnostics)));
    }

    private static List<Category> categories(Sources sources, Diagnostics diagnostics) {
        Optional<Sources.Yaml> file = sources.categories();
        if (file.isEmpty()) {
            SourceFile bundled = Loader.bundled(DEFAULT_CATEGORIES, "(default categories)",
                    diagnostics).orElseThrow();
            file = YamlReader.read(bundled, diagnostics).map(root -> new Sources.Yaml(bundled, root));
        }
        return file.flatMap(y -> Binder.bind(CategoriesFile.class, y.root(), y.file().relativePath(), diagnostics)
                .map(b -> unique(b, b.value().categories(), Category::slug, Category::name, "categories", diagnostics)))
                .orElse(List.of());
    }

    private static Readings readings(Sources sources, Diagnostics diagnostics) {
        return sources.dictionary()
                .flatMap(y -> Binder.bind(DictionaryFile.class, y.root(), y.file().relativePath(), diagnostics))
                .map(b -> Readings.of(Readings.check(b, diagnostics)))
                .orElseGet(Readings::standard);
    }

    private static List<Area> areas(Sources sources, Diagnostics diagnostics) {
        if (sources.areas().isEmpty()) {
            return List.of();
        }
        Sources.Yaml y = sources.areas().get();
        return Binder.bind(AreasFile.class, y.root(), y.file().relativePath(), diagnostics)
                .map(b -> unique(b, b.value().areas(), Area::slug, Area::name, "areas", diagnostics))
                .orElse(List.of());
    }

    /** Keeps the entries whose slug is valid and whose slug and name are not taken by an earlier entry. */
    private static <T> List<T> unique(Bound<?> bound, List<T> items, java.util.function.Function<T, String> slug,
                                      java.util.function.Function<T, String> name, String path,
                                      Diagnostics diagnostics) {
        List<T> out = new ArrayList<>();
        Map<String, Integer> slugs = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String at = path + "[" + i + "]";
            if (!Slugs.isValid(slug.apply(item))) {
                diagnostics.error(bound.sources().at(at + ".slug"), "taxonomy.badSlug", slug.apply(item),
                        Slugs.suggest(slug.apply(item)));
            } else if (slugs.containsKey(slug.apply(item))) {
                diagnostics.error(bound.sources().at(at + ".slug"), "taxonomy.duplicate", slug.apply(item),
                        bound.sources().at(path + "[" + slugs.get(slug.apply(item)) + "].slug").line());
            } else if (names.containsKey(name.apply(item))) {
                diagnostics.error(bound.sources().at(at + ".name"), "taxonomy.duplicate", name.apply(item),
                        bound.sources().at(path + "[" + names.get(name.apply(item)) + "].name").line());
            } else {
                slugs.put(slug.apply(item), i);
                names.put(name.apply(item), i);
                out.add(item);
            }
        }
        return List.copyOf(out);
    }
}
