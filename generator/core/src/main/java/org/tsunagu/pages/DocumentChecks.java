package org.tsunagu.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tsunagu.core.build.Sources;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;
import org.tsunagu.core.load.Binder;
import org.tsunagu.core.load.Bound;
import org.tsunagu.core.load.Slugs;
import org.tsunagu.core.render.Markdown;

/** Binds and checks {@code content/pages/*.md} and {@code content/news/*.md}; drafts are left out. */
public final class DocumentChecks {

    /** Top-level addresses the generator uses itself; a page may not take them. */
    public static final Set<String> RESERVED = Set.of("groups", "categories", "areas", "types", "news", "assets",
            "images", "events", "calendar", "grants", "opportunities", "search", "opendata", "schema", "feeds",
            "newsletters", "digest", "files", "en", "404", "sitemap", "robots", "index");

    private DocumentChecks() {
    }

    /** The file's name as its address, or empty (after an error) when it cannot be one. */
    public static Optional<String> slug(Sources.Markdown md, Diagnostics diagnostics) {
        String slug = md.file().baseName();
        if (!Slugs.isValid(slug)) {
            diagnostics.error(SourcePosition.of(md.file().relativePath()), "document.badSlug", slug,
                    Slugs.suggest(slug));
            return Optional.empty();
        }
        return Optional.of(slug);
    }

    public static List<Document> check(String kind, List<Sources.Markdown> files, References references,
                                       Diagnostics diagnostics) {
        List<Document> out = new ArrayList<>();
        for (Sources.Markdown md : files) {
            String rel = md.file().relativePath();
            Optional<String> valid = slug(md, diagnostics);
            if (valid.isEmpty()) {
                continue;
            }
            String slug = valid.get();
            if (kind.equals("page") && RESERVED.contains(slug)) {
                diagnostics.error(SourcePosition.of(rel), "document.reservedSlug", slug);
                continue;
            }
            Optional<Bound<DocumentHeader>> bound = Binder.bind(DocumentHeader.class, md.document().header(), rel,
                    diagnostics);
            if (bound.isEmpty()) {
                continue;
            }
            DocumentHeader h = bound.get().value();
            if (kind.equals("news") && h.date() == null) {
                diagnostics.error(bound.get().sources().at(""), "document.newsWithoutDate");
                continue;
            }
            if (h.status() == DocumentHeader.Status.DRAFT) {
                continue;
            }
            String url = kind.equals("page") ? "/" + slug + "/" : "/news/" + slug + "/";
            String body = references.expand(md.document().body(), rel, md.document().bodyLine(), diagnostics);
            String html = Markdown.toSafeHtml(body, 2);
            String text = org.jsoup.Jsoup.parse(html).text();
            out.add(new Document(kind, slug, url, rel, h, html, text));
        }
        return List.copyOf(out);
    }
}
