package org.tsunagu.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Preview;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.DiagnosticPrinter;
import org.tsunagu.serve.LiveReload;
import org.tsunagu.serve.StaticSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Shows the site on http://localhost:8080/ as it will be built, and shows every edit at once: only the files that changed are read again, and each page is made when it is opened. Problems are shown in the browser. Nothing is written; tsunagu build writes the site.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", description = "The port to serve on. Default: 8080.", defaultValue = "8080")
    int port;

    @Spec
    CommandSpec spec;

    private volatile String errorPage;
    /** Counts the updates, so that a link check of an older version stops and says nothing. */
    private final AtomicLong version = new AtomicLong();

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (site.reportNotASite(err)) {
            return Main.USAGE_OR_IO;
        }
        if (site.baseUrl == null) {
            site.baseUrl = "http://localhost:" + port + "/";
        }
        BuildOptions options = site.options(null, true);
        Preview preview = new Preview(options);
        // Open pages load again after every update, good or failed (a failed one shows its problems).
        LiveReload live = new LiveReload();
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tsunagu-links");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        update(preview, options, live, background);
        HttpServer server = StaticSite.start(files(preview, options), new InetSocketAddress("127.0.0.1", port),
                () -> errorPage, live);
        spec.commandLine().getOut().println(site.messages().format("cli.serving", port));
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (String dir : new String[] {"data", "content", "templates"}) {
                register(watcher, options.siteDir().resolve(dir));
            }
            while (true) {
                WatchKey key = watcher.take();
                // Editors write several events for one save: take them all, waiting a moment for more.
                do {
                    key.pollEvents();
                    key.reset();
                } while ((key = watcher.poll(30, TimeUnit.MILLISECONDS)) != null);
                for (String dir : new String[] {"data", "content", "templates"}) {
                    register(watcher, options.siteDir().resolve(dir));
                }
                update(preview, options, live, background);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            return 0;
        } finally {
            background.shutdownNow();
            live.close();
            server.stop(0);
        }
    }

    /**
     * Updates the preview and reloads the open pages; then checks every page's links in the
     * background, and shows the problems if it finds any (a newer edit stops it).
     */
    private void update(Preview preview, BuildOptions options, LiveReload live, ExecutorService background) {
        long start = System.nanoTime();
        long mine = version.incrementAndGet();
        BuildResult r = preview.update();
        Reporting.diagnostics(r, options, spec.commandLine().getErr());
        var out = spec.commandLine().getOut();
        if (r.written()) {
            errorPage = null;
            String stages = Stream.of("load", "check", "model", "pages").filter(r.stageMillis()::containsKey)
                    .map(k -> k + " " + r.stageMillis().get(k) + " ms").collect(Collectors.joining(", "));
            out.println(site.messages().format("cli.previewReady", r.pages(), (System.nanoTime() - start) / 1_000_000,
                    stages));
        } else {
            errorPage = errorPage(r.diagnostics(), options);
            out.println(site.messages().format("cli.previewNotShown"));
        }
        live.built();
        if (!r.written()) {
            return;
        }
        background.submit(() -> {
            // A moment's wait: the next save of a quick series of edits makes this check stale.
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
            if (version.get() != mine) {
                return;
            }
            long began = System.nanoTime();
            preview.prepare();
            List<Diagnostic> problems = preview.checkLinks(() -> version.get() != mine);
            if (version.get() != mine) {
                return;
            }
            BuildResult checked = new BuildResult(false, problems, 0, 0, 0, Map.of(), Map.of());
            Reporting.diagnostics(checked, options, spec.commandLine().getErr());
            out.println(site.messages().format("cli.previewLinks", problems.size(),
                    (System.nanoTime() - began) / 1_000_000));
            if (checked.hasErrors()) {
                errorPage = errorPage(problems, options);
                live.built();
            }
        });
    }

    /** The preview's files, a page that fails shown as its problem. */
    private StaticSite.SiteFiles files(Preview preview, BuildOptions options) {
        return new StaticSite.SiteFiles() {
            @Override
            public byte[] read(String path) throws IOException {
                try {
                    return preview.file(path);
                } catch (Preview.PageFailed f) {
                    throw new StaticSite.Failed(errorPage(List.of(f.diagnostic()), options));
                }
            }

            @Override
            public boolean isFolder(String path) {
                return preview.isFolder(path);
            }
        };
    }

    private String errorPage(List<Diagnostic> diagnostics, BuildOptions options) {
        String text = new DiagnosticPrinter(options.siteDir(), options.locale()).format(diagnostics);
        return "<!DOCTYPE html><html lang=\"" + options.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<title>Tsunagu: build errors</title></head><body><main><h1>"
                + escape(site.messages().format("cli.previewNotShown")) + "</h1><pre>"
                + escape(text) + "</pre></main></body></html>";
    }

    private static void register(WatchService watcher, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
