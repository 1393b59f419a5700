package org.tsunagu.newsletters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tsunagu.core.build.Sources;
import org.tsunagu.core.check.Attachments;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.load.Binder;
import org.tsunagu.core.load.Bound;
import org.tsunagu.core.render.Markdown;
import org.tsunagu.pages.DocumentChecks;
import org.tsunagu.pages.DocumentHeader;
import org.tsunagu.pages.References;

/** Binds and checks {@code content/newsletters/*.md}; drafts are left out. */
public final class NewsletterChecks {

    /** Where the issues are listed, and each one's address below it. */
    public static final String URL = "/newsletters/";

    private NewsletterChecks() {
    }

    public static List<Newsletter> check(List<Sources.Markdown> files, References references, Path contentDir,
                                         Set<String> contentFiles, Diagnostics diagnostics) {
        List<Newsletter> out = new ArrayList<>();
        Map<String, String> numbers = new HashMap<>();
        for (Sources.Markdown md : files) {
            String rel = md.file().relativePath();
            Optional<String> valid = DocumentChecks.slug(md, diagnostics);
            if (valid.isEmpty()) {
                continue;
            }
            String slug = valid.get();
            Optional<Bound<NewsletterHeader>> bound = Binder.bind(NewsletterHeader.class, md.document().header(), rel,
                    diagnostics);
            if (bound.isEmpty()) {
                continue;
            }
            NewsletterHeader h = bound.get().value();
            var src = bound.get().sources();
            if (h.status() == DocumentHeader.Status.DRAFT) {
                continue;
            }
            String key = (h.volume() == null ? "" : h.volume() + "-") + h.number();
            String same = numbers.putIfAbsent(key, rel);
            if (same != null) {
                diagnostics.error(src.at("number"), "newsletter.duplicateNumber", h.number(), same);
            }
            Newsletter.Cover cover = null;
            if (h.cover() != null && Attachments.image(h.cover().file(), src.at("cover.file"), contentDir, contentFiles,
                    diagnostics)) {
                cover = new Newsletter.Cover("/" + h.cover().file().replace('\\', '/'), h.cover().alt());
            }
            Newsletter.Pdf pdf = null;
            if (h.pdf() != null) {
                Long size = Attachments.pdf(h.pdf(), src.at("pdf"), contentDir, contentFiles, diagnostics);
                if (size != null) {
                    pdf = new Newsletter.Pdf("/" + h.pdf().replace('\\', '/'), size);
                }
            }
            String body = references.expand(md.document().body(), rel, md.document().bodyLine(), diagnostics);
            Document html = Jsoup.parseBodyFragment(Markdown.toSafeHtml(body, 2));
            html.outputSettings().prettyPrint(false);
            List<Newsletter.Section> sections = new ArrayList<>();
            // The sections are the body's top headings: # (h2), or ## when the text has no #.
            List<Element> headings = html.select("h2").isEmpty() ? html.select("h3") : html.select("h2");
            for (Element heading : headings) {
                String id = "section-" + (sections.size() + 1);
                heading.attr("id", id);
                sections.add(new Newsletter.Section(id, heading.text()));
            }
            out.add(new Newsletter(slug, URL + slug + "/", rel, h, html.body().html(), html.text(),
                    List.copyOf(sections), cover, pdf));
        }
        return List.copyOf(out);
    }
}
