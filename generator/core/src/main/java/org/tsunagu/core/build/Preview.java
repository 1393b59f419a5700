package org.tsunagu.core.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;
import org.tsunagu.core.render.Theme;

/**
 * The site as the preview of {@code tsunagu serve} shows it: loaded, checked and modelled in
 * memory, and each page made only when a browser asks for it.
 *
 * <p>After an edit, {@link #update} loads the site again, parsing only the files that changed
 * ({@link Loader.Cache}), checks and models it, and forgets the pages it had made; the theme is
 * compiled again only when a file under {@code templates/} changed. Every page and file comes
 * from the same code as in {@link Pipeline#build}, so the preview shows exactly the bytes a build
 * writes (tests compare the two after edits). The files made from the whole model at once (search
 * index, calendars, cards, open data, feeds) are made once per update, when first asked for.
 * What only the whole site can tell, its links, is checked by {@link #checkLinks}, which the
 * preview runs after the page on screen has been refreshed.
 *
 * <p>Safe to use from several threads; updates are taken one at a time.
 */
public final class Preview {

    /** A page whose template failed: the problem, for the preview to show instead of the page. */
    public static final class PageFailed extends Exception {
        private final transient Diagnostic diagnostic;

        PageFailed(Diagnostic diagnostic) {
            super(diagnostic.key(), null, false, false);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    private record Page(PageRenderer language, PageSpec spec) {
    }

    /** One version of the site: everything an update computed, never changed after. */
    private record State(SiteModel model, Map<String, Page> pages, Map<String, byte[]> themeFiles,
                         Set<String> contentFiles, Map<String, byte[]> rendered,
                         FutureTask<Map<String, byte[]>> derived) {
    }

    private final BuildOptions options;
    private final Loader.Cache cache = new Loader.Cache();
    private final Memo memo = Memo.keeping();
    private List<Object> templatesStamp;
    private Theme theme;
    private Map<String, byte[]> assets;
    private volatile State state;

    public Preview(BuildOptions options) {
        this.options = options;
    }

    /**
     * Loads, checks and models the site again. With errors the previous version stays in place
     * (the preview shows the problems instead); {@code written} in the result tells whether the
     * new version is now shown.
     */
    public synchronized BuildResult update() {
        Map<String, Long> times = new LinkedHashMap<>();
        Diagnostics diagnostics = new Diagnostics();
        long start = System.nanoTime();
        Sources sources = Loader.load(options.siteDir(), diagnostics, cache);
        times.put("load", lap(start));
        start = System.nanoTime();
        memo.next();
        Optional<Content> content = Checker.check(sources, options, diagnostics, memo);
        times.put("check", lap(start));
        Map<String, Integer> records = content.map(Pipeline::counts).orElse(Map.of());
        if (content.isEmpty() || (options.strict() && diagnostics.hasErrors())) {
            return new BuildResult(false, diagnostics.list(), 0, 0, 0, Map.copyOf(times), Map.copyOf(records));
        }
        start = System.nanoTime();
        SiteModel model = SiteModel.build(content.get(), options, memo);
        times.put("model", lap(start));
        start = System.nanoTime();
        themeFor(diagnostics);
        List<PageSpec> specs = SitePages.of(model, memo);
        Map<String, Page> pages = new HashMap<>();
        for (PageRenderer language : PageRenderer.languages(theme, model)) {
            for (PageSpec spec : specs) {
                if (language.has(spec)) {
                    pages.put(language.path(spec), new Page(language, spec));
                }
            }
        }
        Map<String, byte[]> themeFiles = new HashMap<>(assets);
        Schemas.outputs(model.site().root()).forEach(o -> themeFiles.put(o.path(), o.bytes()));
        FutureTask<Map<String, byte[]>> derived = new FutureTask<>(() -> {
            Map<String, byte[]> files = new ConcurrentHashMap<>();
            SitePages.files(model, specs, o -> files.put(o.path(), o.bytes()));
            return files;
        });
        state = new State(model, Map.copyOf(pages), Map.copyOf(themeFiles), Set.copyOf(model.contentFiles()),
                new ConcurrentHashMap<>(), derived);
        times.put("pages", lap(start));
        return new BuildResult(true, diagnostics.list(), (int) pages.keySet().stream()
                .filter(p -> p.endsWith(".html")).count(), pages.size(), 0, Map.copyOf(times), Map.copyOf(records));
    }

    private static long lap(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The theme, compiled again when a file under templates/ was added, changed or removed. */
    private void themeFor(Diagnostics diagnostics) {
        List<Object> stamp = templatesStamp();
        if (theme != null && stamp.equals(templatesStamp)) {
            return;
        }
        theme = new Theme(options.siteDir());
        templatesStamp = stamp;
        try {
            assets = Pipeline.assets(theme);
        } catch (IOException e) {
            assets = Map.of();
            diagnostics.error(SourcePosition.of("templates/assets"), "output.failed", e.getMessage());
        }
    }

    private List<Object> templatesStamp() {
        Path templates = options.siteDir().resolve("templates");
        List<Object> stamp = new ArrayList<>();
        if (!Files.isDirectory(templates, LinkOption.NOFOLLOW_LINKS)) {
            return stamp;
        }
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path p : files.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                stamp.add(List.of(p.toString(), a.lastModifiedTime(), a.size(), String.valueOf(a.fileKey())));
            }
        } catch (IOException e) {
            stamp.add(e.toString());
        }
        return stamp;
    }

    /**
     * The file at a path of the site ({@code groups/index.html}, {@code assets/css/site.css}), or
     * null when the site has none. A page is made on the first request after an update.
     */
    public byte[] file(String path) throws PageFailed, IOException {
        State s = state;
        if (s == null) {
            return null;
        }
        Page page = s.pages().get(path);
        if (page != null) {
            byte[] made = s.rendered().get(path);
            if (made == null) {
                try {
                    made = page.language().render(page.spec()).getBytes(StandardCharsets.UTF_8);
                } catch (PageRenderer.Failure f) {
                    throw new PageFailed(f.diagnostic());
                }
                s.rendered().put(path, made);
            }
            return made;
        }
        byte[] fixed = s.themeFiles().get(path);
        if (fixed != null) {
            return fixed;
        }
        if (s.contentFiles().contains(path)) {
            return Files.readAllBytes(options.siteDir().resolve("content").resolve(path));
        }
        return derived(s).get(path);
    }

    /** Whether the path is a folder of the site, a page at {@code path/index.html} or files below it. */
    public boolean isFolder(String path) {
        State s = state;
        if (s == null) {
            return false;
        }
        String folder = path.endsWith("/") ? path : path + "/";
        if (s.pages().containsKey(folder + "index.html")) {
            return true;
        }
        if (Stream.of(s.pages().keySet(), s.themeFiles().keySet(), s.contentFiles()).flatMap(Set::stream)
                .anyMatch(p -> p.startsWith(folder))) {
            return true;
        }
        // Only a name that is neither a page nor a fixed file waits for the files made from the whole site.
        return derived(s).keySet().stream().anyMatch(p -> p.startsWith(folder));
    }

    /** Every file of the current version, pages first made if they have not been: what a build would write. */
    public Set<String> paths() {
        State s = state;
        Set<String> all = new TreeSet<>();
        if (s != null) {
            all.addAll(s.pages().keySet());
            all.addAll(s.themeFiles().keySet());
            all.addAll(s.contentFiles());
            all.addAll(derived(s).keySet());
        }
        return all;
    }

    /** Makes the files computed from the whole model, if they have not been made yet. */
    public void prepare() {
        State s = state;
        if (s != null) {
            derived(s);
        }
    }

    private static Map<String, byte[]> derived(State s) {
        s.derived().run();
        try {
            return s.derived().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * What a build finds beyond the checks of {@link #update}: every page is made (not kept) and
     * every link and anchor in it followed. Stops early, giving no problems, when {@code stale}
     * becomes true (a newer edit arrived). Runs on the calling thread alone, leaving the other
     * cores to the pages a browser asks for meanwhile.
     */
    public List<Diagnostic> checkLinks(BooleanSupplier stale) {
        State s = state;
        Diagnostics diagnostics = new Diagnostics();
        if (s == null) {
            return diagnostics.list();
        }
        Map<String, LinkCheck.PageLinks> links = new ConcurrentHashMap<>();
        Map<String, String> sources = new ConcurrentHashMap<>();
        Map<String, Diagnostic> failures = new ConcurrentHashMap<>();
        s.pages().entrySet().forEach(e -> {
            if (stale.getAsBoolean()) {
                return;
            }
            try {
                byte[] bytes = s.rendered().get(e.getKey());
                String html = bytes != null ? new String(bytes, StandardCharsets.UTF_8)
                        : e.getValue().language().render(e.getValue().spec());
                if (e.getKey().endsWith(".html")) {
                    links.put(e.getKey(), LinkCheck.PageLinks.of(html));
                }
                sources.put(e.getKey(), e.getValue().spec().source());
            } catch (PageRenderer.Failure f) {
                failures.put(e.getKey(), f.diagnostic());
            }
        });
        if (stale.getAsBoolean()) {
            return List.of();
        }
        new TreeSet<>(failures.keySet()).forEach(k -> diagnostics.add(failures.get(k)));
        if (failures.isEmpty()) {
            LinkCheck.Result checked = LinkCheck.check(links, paths(), sources, s.model().site().root());
            Pipeline.report(checked, options.siteDir(), diagnostics);
        }
        return diagnostics.list();
    }
}
