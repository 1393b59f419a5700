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
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.check.DiagnosticPrinter;
import org.tsunagu.serve.LiveReload;
import org.tsunagu.serve.StaticSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://localhost:8080/ and rebuilds when a file changes. Build errors are shown in the browser.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", description = "The port to serve on. Default: 8080.", defaultValue = "8080")
    int port;

    @Option(names = "--out", description = "The output folder. Default: public/ in the site folder.")
    Path out;

    @Spec
    CommandSpec spec;

    private volatile String errorPage;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (site.reportNotASite(err)) {
            return Main.USAGE_OR_IO;
        }
        if (site.baseUrl == null) {
            site.baseUrl = "http://localhost:" + port + "/";
        }
        BuildOptions options = site.options(out, true);
        rebuild(options);
        // Open pages load again after every build, good or failed (a failed one shows its problems).
        LiveReload live = new LiveReload();
        HttpServer server = StaticSite.start(options.outDir(), new InetSocketAddress("127.0.0.1", port),
                () -> errorPage, live);
        spec.commandLine().getOut().println(site.messages().format("cli.serving", port));
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (String dir : new String[] {"data", "content", "templates"}) {
                register(watcher, options.siteDir().resolve(dir));
            }
            while (true) {
                WatchKey key = watcher.take();
                // Debounce: editors write several events for one save.
                Thread.sleep(150);
                do {
                    key.pollEvents();
                    key.reset();
                } while ((key = watcher.poll(50, TimeUnit.MILLISECONDS)) != null);
                spec.commandLine().getOut().println(site.messages().format("cli.rebuilding"));
                for (String dir : new String[] {"data", "content", "templates"}) {
                    register(watcher, options.siteDir().resolve(dir));
                }
                rebuild(options);
                live.built();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            return 0;
        } finally {
            live.close();
            server.stop(0);
        }
    }

    private void rebuild(BuildOptions options) {
        long start = System.nanoTime();
        BuildResult r = Pipeline.build(options);
        Reporting.diagnostics(r, options, spec.commandLine().getErr());
        if (r.written()) {
            errorPage = null;
            spec.commandLine().getOut().println(site.messages().format("cli.built", r.pages(), r.files(),
                    r.bytes() / 1024, options.outDir(), (System.nanoTime() - start) / 1_000_000));
        } else {
            String text = new DiagnosticPrinter(options.siteDir(), options.locale()).format(r.diagnostics());
            errorPage = "<!DOCTYPE html><html lang=\"" + options.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<title>Tsunagu: build errors</title></head><body><main><h1>"
                    + escape(site.messages().format("cli.notWritten", options.outDir())) + "</h1><pre>"
                    + escape(text) + "</pre></main></body></html>";
        }
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
