package org.tsunagu.core.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Optional;

import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.Severity;
import org.tsunagu.core.check.SourcePosition;
import org.tsunagu.core.render.ScriptCompactor;
import org.tsunagu.core.render.Theme;

/**
 * The build, stage by stage. This is the one place that lists the stages:
 *
 * <ol>
 *   <li><b>Load</b> ({@link Loader}): read every file once, parse YAML and front matter.</li>
 *   <li><b>Check</b> ({@link Checker}): bind to typed records, validate, resolve references;
 *       collect every problem.</li>
 *   <li><b>Model</b> ({@link SiteModel}): the site as plain data, computed once.</li>
 *   <li><b>Render</b> ({@link SitePages}, {@link Theme}): every page through its template.</li>
 *   <li><b>Links</b> ({@link LinkCheck}): every internal link and anchor leads to a file of the
 *       build.</li>
 *   <li><b>Write</b> ({@link OutputWriter}): into a staging folder, then swapped in.</li>
 * </ol>
 *
 * Each stage hands an immutable result to the next. In strict mode any error stops the build
 * before Write, and the output folder is left as it was.
 */
public final class Pipeline {

    private final BuildOptions options;
    private final Diagnostics diagnostics = new Diagnostics();
    /** Milliseconds per stage; "render.pages", "render.search" and so on are parts of "render". */
    private final Map<String, Long> times = new LinkedHashMap<>();
    private final Map<String, Integer> records = new LinkedHashMap<>();
    /** For each page written, the record or page it was made from. */
    private final Map<String, String> pageSources = new HashMap<>();
    /** The content as checked, for {@link #model} and the Model stage; null when the settings could not be read. */
    private Content checkedContent;

    private Pipeline(BuildOptions options) {
        this.options = options;
    }

    /** Builds the site and writes it, unless errors stop it. */
    public static BuildResult build(BuildOptions options) {
        return new Pipeline(options).run(true);
    }

    /** Loads and checks only: the diagnostics, nothing written. */
    public static BuildResult check(BuildOptions options) {
        return new Pipeline(options).run(false);
    }

    /** A site checked and modelled, not rendered: what a report reads. */
    public record Modelled(BuildResult result, Optional<SiteModel> model) {
    }

    /** Loads, checks and models the site, writing nothing; no model when errors stop it. */
    public static Modelled model(BuildOptions options) {
        Pipeline p = new Pipeline(options);
        BuildResult checked = p.run(false);
        if (checked.hasErrors() || p.checkedContent == null) {
            return new Modelled(checked, Optional.empty());
        }
        return new Modelled(checked, Optional.of(SiteModel.build(p.checkedContent, options)));
    }

    private BuildResult run(boolean write) {
        if (write) {
            try {
                // A build killed while swapping the folders left the published one aside.
                OutputWriter.recover(options.outDir());
            } catch (IOException e) {
                diagnostics.error(SourcePosition.of(options.outDir().toString()), "output.failed", e.getMessage());
                return result(false, 0, 0, 0);
            }
        }
        loadAndCheck();
        if (!write || checkedContent == null || (options.strict() && diagnostics.hasErrors())) {
            return result(false, 0, 0, 0);
        }
        SiteModel model = timed("model", () -> SiteModel.build(checkedContent, options));
        // From here on only the model is needed: the checked records (with their positions) can go.
        checkedContent = null;
        OutputWriter.Staging staging;
        try {
            staging = OutputWriter.stage(options.outDir());
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(options.outDir().toString()), "output.failed", e.getMessage());
            return result(false, 0, 0, 0);
        }
        boolean published = false;
        try {
            // Each page goes to the staging folder as soon as it is made; only its links are kept.
            Map<String, LinkCheck.PageLinks> links = new ConcurrentHashMap<>();
            int pages = timed("render", () -> render(model, staging, links));
            if (hasRenderErrors()) {
                return result(false, 0, 0, 0);
            }
            LinkCheck.Result checked = timed("links", () -> LinkCheck.check(links, staging.paths(), pageSources,
                    model.site().root()));
            records.put("links", checked.links());
            records.put("anchors", checked.anchors());
            report(checked, options.siteDir(), diagnostics);
            if (options.strict() && diagnostics.hasErrors()) {
                return result(false, 0, 0, 0);
            }
            long start = System.nanoTime();
            staging.publish();
            published = true;
            times.put("write", (System.nanoTime() - start) / 1_000_000);
            records.put("unchanged", staging.unchanged());
            return result(true, pages, staging.paths().size(), staging.bytes());
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(SourcePosition.of(options.outDir().toString()), "output.failed",
                    e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage());
            return result(false, 0, 0, 0);
        } finally {
            if (!published) {
                staging.discard();
            }
        }
    }

    /** Load and Check; the parsed files are let go as soon as the records are checked. */
    private void loadAndCheck() {
        Sources sources = timed("load", () -> Loader.load(options.siteDir(), diagnostics));
        Optional<Content> content = timed("check", () -> Checker.check(sources, options, diagnostics));
        content.ifPresent(c -> {
            checkedContent = c;
            records.putAll(counts(c));
        });
    }

    /** How many records of each kind passed the checks, for the report. */
    static Map<String, Integer> counts(Content c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("groups", c.groups().size());
        counts.put("events", c.events().size());
        counts.put("opportunities", c.opportunities().size());
        counts.put("grants", c.grants().size());
        counts.put("pages", c.pages().size());
        counts.put("news", c.news().size());
        return counts;
    }

    private boolean hasRenderErrors() {
        return diagnostics.list().stream().anyMatch(d -> d.isError() && d.key().startsWith("template."));
    }

    private BuildResult result(boolean written, int pages, int files, long bytes) {
        return new BuildResult(written, diagnostics.list(), pages, files, bytes, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(times)), Map.copyOf(records));
    }

    private int render(SiteModel model, OutputWriter.Staging staging, Map<String, LinkCheck.PageLinks> links) {
        Theme theme = new Theme(options.siteDir());
        List<PageSpec> specs = SitePages.of(model);
        int pages = 0;
        long start = System.nanoTime();
        for (PageRenderer language : PageRenderer.languages(theme, model)) {
            int made = render(language, specs, staging, links);
            if (made < 0) {
                return pages;
            }
            pages += made;
        }
        times.put("render.pages", (System.nanoTime() - start) / 1_000_000);
        // Every other file: sitemap, feeds, data files, the schemas, the theme's assets and the
        // files under content/ copied as they are; each written as soon as it is made.
        SitePages.files(model, specs, o -> put(staging, o.path(), o.bytes()),
                (kind, millis) -> times.put("render." + kind, millis));
        Schemas.outputs(model.site().root()).forEach(o -> put(staging, o.path(), o.bytes()));
        try {
            assets(theme).forEach((path, bytes) -> put(staging, path, bytes));
            for (String f : model.contentFiles()) {
                put(staging, f, Files.readAllBytes(options.siteDir().resolve("content").resolve(f)));
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of("templates/assets"), "output.failed", e.getMessage());
        }
        return pages;
    }

    /** The theme's assets as published: scripts compacted, everything else as it is. */
    static Map<String, byte[]> assets(Theme theme) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        theme.assets().forEach((path, bytes) -> out.put(path,
                path.endsWith(".js") ? ScriptCompactor.compact(bytes) : bytes));
        return out;
    }

    private static void put(OutputWriter.Staging staging, String path, byte[] bytes) {
        try {
            staging.put(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What became of one page: its path, or the problem that stopped it. */
    private record Rendered(String path, PageSpec spec, PageRenderer.Failure failure) {
    }

    /**
     * Renders every page in one language on every core, each page written to the staging folder
     * as soon as it is made. Returns the number of pages, or -1 when a template cannot be read at
     * all. Problems are reported in the order of the pages, as one after the other would find them.
     */
    private int render(PageRenderer language, List<PageSpec> specs, OutputWriter.Staging staging,
                       Map<String, LinkCheck.PageLinks> links) {
        List<PageSpec> todo = specs.stream().filter(language::has).toList();
        List<Rendered> done = todo.parallelStream().map(spec -> {
            String path = language.path(spec);
            try {
                String html = language.render(spec);
                if (path.endsWith(".html")) {
                    links.put(path, LinkCheck.PageLinks.of(html));
                }
                put(staging, path, html.getBytes(StandardCharsets.UTF_8));
                return new Rendered(path, spec, null);
            } catch (PageRenderer.Failure f) {
                return new Rendered(null, spec, f);
            }
        }).toList();
        int pages = 0;
        for (Rendered r : done) {
            if (r.failure() != null) {
                diagnostics.add(r.failure().diagnostic());
                if (r.failure().fatal()) {
                    return -1;
                }
                continue;
            }
            pageSources.put(r.path(), r.spec().source());
            pages++;
        }
        return pages;
    }

    /**
     * One message for each broken link of a source file, at the line that has it; a link the
     * file does not have comes from the theme and is named once, with how many pages have it.
     */
    static void report(LinkCheck.Result links, java.nio.file.Path siteDir, Diagnostics diagnostics) {
        Map<String, List<LinkCheck.Broken>> groups = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (LinkCheck.Broken b : links.broken()) {
            String text = texts.computeIfAbsent(b.source(), s -> {
                try {
                    return Files.readString(siteDir.resolve(s));
                } catch (IOException | RuntimeException e) {
                    return "";
                }
            });
            String key = text.contains(b.link()) ? b.source() + "\u0000" + b.link() : "\u0000" + b.link();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
        }
        for (List<LinkCheck.Broken> group : groups.values()) {
            LinkCheck.Broken first = group.get(0);
            int[] at = LinkCheck.position(texts.get(first.source()), first.link());
            diagnostics.add(new Diagnostic(Severity.ERROR, first.source(), at[0], at[1],
                    (first.anchor() ? "link.anchor" : "link.broken") + (group.size() > 1 ? "Many" : ""),
                    List.of(first.link(), first.page(), group.size() - 1)));
        }
    }

    private <T> T timed(String stage, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.put(stage, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The path part of the base URL, without a trailing slash: "" at a domain's root, "/repo" below it. */
    static String basePath(String root) {
        String path = java.net.URI.create(root + "/").getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
