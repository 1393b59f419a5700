package org.tsunagu.grants;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tsunagu.core.build.Memo;
import org.tsunagu.core.build.Sources;
import org.tsunagu.core.check.Attachments;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;
import org.tsunagu.core.load.Bound;
import org.tsunagu.core.load.Slugs;
import org.tsunagu.core.load.SourceMap;
import org.tsunagu.groups.CheckedGroup;
import org.tsunagu.groups.GroupLookup;
import org.tsunagu.groups.Kana;
import org.tsunagu.site.Category;
import org.tsunagu.site.Taxonomy;

/**
 * Binds and checks {@code data/grants/*.yaml}: rounds that close after they open, amounts and
 * rates that can be read, documents that are PDF files of the site, and groups in the results
 * that exist.
 */
public final class GrantChecks {

    /** The largest document offered for download: a scanned form is rarely larger. */

    private GrantChecks() {
    }

    public static List<CheckedGrant> check(List<Sources.Yaml> files, List<CheckedGroup> groups, Taxonomy taxonomy,
                                           Path contentDir, Set<String> contentFiles, Diagnostics diagnostics, Memo memo) {
        GroupLookup bySlug = new GroupLookup(groups, "");
        List<CheckedGrant> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Sources.Yaml file : files) {
            String rel = file.file().relativePath();
            String slug = file.file().baseName();
            boolean ok = Slugs.claim(slug, rel, seen, "grant", diagnostics);
            Optional<Bound<Grant>> bound = memo.bind(Grant.class, file, diagnostics);
            if (bound.isPresent() && ok) {
                checkOne(slug, bound.get(), bySlug, taxonomy, contentDir, contentFiles, diagnostics).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static Optional<CheckedGrant> checkOne(String slug, Bound<Grant> bound, GroupLookup groups,
                                                   Taxonomy taxonomy, Path contentDir, Set<String> contentFiles,
                                                   Diagnostics diagnostics) {
        Grant g = bound.value();
        SourceMap src = bound.sources();
        int errors = diagnostics.errorCount();
        Kana.Reading reading = Kana.check(g.kana(), g.name(), src, "grant", diagnostics);

        List<Category> categories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < g.categories().size(); i++) {
            Optional<Category> c = taxonomy.category(g.categories().get(i));
            if (c.isEmpty()) {
                diagnostics.error(src.at("categories[" + i + "]"), "grant.unknownCategory", g.categories().get(i),
                        taxonomy.categoryNames());
            } else if (seen.add(c.get().slug())) {
                categories.add(c.get());
            }
        }

        Grant.Amount a = g.amount();
        Rate rate = rate(a.rate(), src.at("amount.rate"), diagnostics);
        if (a.limit() != null && a.minimum() != null && a.minimum().value() > a.limit().value()) {
            diagnostics.error(src.at("amount.minimum"), "grant.minimumAboveLimit", a.minimum(), a.limit());
        }
        List<Rate> variantRates = new ArrayList<>();
        for (int i = 0; i < a.variants().size(); i++) {
            variantRates.add(rate(a.variants().get(i).rate(), src.at("amount.variants[" + i + "].rate"), diagnostics));
        }

        checkRounds(g, src, diagnostics);
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i < g.documents().size(); i++) {
            sizes.add(document(g.documents().get(i), "documents[" + i + "].file", src, contentDir, contentFiles,
                    diagnostics));
        }
        for (int i = 0; i < g.results().size(); i++) {
            Grant.Result r = g.results().get(i);
            if (r.year() < 1989 || r.year() > 2100) {
                diagnostics.error(src.at("results[" + i + "].year"), "grant.badYear", r.year());
            }
            projects(r.awarded(), "results[" + i + "].awarded", src, groups, diagnostics);
            projects(r.best(), "results[" + i + "].best", src, groups, diagnostics);
        }
        if (diagnostics.errorCount() > errors || reading == null) {
            return Optional.empty();
        }
        return Optional.of(new CheckedGrant(slug, g, src, reading.kana(), List.copyOf(categories), rate,
                java.util.Collections.unmodifiableList(variantRates), java.util.Collections.unmodifiableList(sizes)));
    }

    private static Rate rate(String written, SourcePosition at, Diagnostics diagnostics) {
        if (written == null) {
            return null;
        }
        Rate r = Rate.parse(written);
        if (r == null) {
            diagnostics.error(at, "grant.badRate", written);
        }
        return r;
    }

    private static void checkRounds(Grant g, SourceMap src, Diagnostics diagnostics) {
        if (g.rounds().isEmpty()) {
            diagnostics.error(src.at("rounds"), "grant.noRounds");
        }
        for (int i = 0; i < g.rounds().size(); i++) {
            Grant.Round r = g.rounds().get(i);
            String at = "rounds[" + i + "]";
            if (r.closes().isBefore(r.opens())) {
                diagnostics.error(src.at(at + ".closes"), "grant.closesBeforeOpens", r.closes(), r.opens());
            }
            if (r.consultationFrom() != null && r.consultationUntil() != null
                    && r.consultationUntil().isBefore(r.consultationFrom())) {
                diagnostics.error(src.at(at + ".consultation_until"), "grant.consultationBackwards",
                        r.consultationUntil(), r.consultationFrom());
            } else if (r.consultationUntil() != null && r.consultationUntil().isAfter(r.closes())) {
                diagnostics.warning(src.at(at + ".consultation_until"), "grant.consultationAfterClose",
                        r.consultationUntil(), r.closes());
            }
            if (i > 0 && !r.opens().isAfter(g.rounds().get(i - 1).closes())) {
                diagnostics.warning(src.at(at + ".opens"), "grant.roundsOverlap", r.opens(),
                        g.rounds().get(i - 1).closes());
            }
        }
    }

    /** Checks a document's file and gives its size, or null when there is no file or it is unusable. */
    private static Long document(Grant.Document d, String path, SourceMap src, Path contentDir,
                                 Set<String> contentFiles, Diagnostics diagnostics) {
        return d.file() == null ? null
                : Attachments.pdf(d.file(), src.at(path), contentDir, contentFiles, diagnostics);
    }

    private static void projects(List<Grant.Project> projects, String path, SourceMap src,
                                 GroupLookup groups, Diagnostics diagnostics) {
        for (int j = 0; j < projects.size(); j++) {
            String group = projects.get(j).group();
            if (group != null && Slugs.isValid(group) && !groups.hasSlug(group)) {
                diagnostics.error(src.at(path + "[" + j + "].group"), "grant.unknownGroup", group,
                        groups.nearest(group));
            }
        }
    }
}
