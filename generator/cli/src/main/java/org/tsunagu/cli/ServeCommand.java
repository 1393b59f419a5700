package org.tsunagu.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.check.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://localhost:8080/ and rebuilds when a file changes. Build errors are shown in the browser.")
final class ServeCommand implements Callable<Integer> {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("ics", "text/calendar; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"), Map.entry("pdf", "application/pdf"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("woff2", "font/woff2"));

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
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> serve(exchange, options.outDir()));
        server.start();
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
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            return 0;
        } finally {
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

    private void serve(HttpExchange exchange, Path root) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String page = errorPage;
            if (page != null && (path.endsWith("/") || path.endsWith(".html"))) {
                send(exchange, 500, TYPES.get("html"), page.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file)) {
                String name = file.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1);
                send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
            } else {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "404".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), body);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
