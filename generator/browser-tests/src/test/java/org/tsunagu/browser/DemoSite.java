package org.tsunagu.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import com.sun.net.httpserver.HttpServer;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.check.DiagnosticPrinter;
import org.tsunagu.serve.StaticSite;

/**
 * The repository's own demo site (the folder with {@code data/}, {@code content/} and
 * {@code templates/} two levels above this module), built for a fixed day into {@code target/}
 * and served at the root of {@code http://127.0.0.1:PORT/}.
 */
final class DemoSite implements AutoCloseable {

    static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 22);

    private final HttpServer server;
    private final String base;
    private final Path outDir;

    private DemoSite(HttpServer server, String base, Path outDir) {
        this.server = server;
        this.base = base;
        this.outDir = outDir;
    }

    private static DemoSite shared;

    /**
     * The site, built and served once for all the test classes of a run (the server stops with
     * the run); fails with the diagnostics when the build has errors.
     */
    static synchronized DemoSite shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Builds the site and starts serving it. */
    private static DemoSite start() {
        Path module = Path.of("").toAbsolutePath();
        Path siteDir = module.resolve("../..").normalize();
        for (String dir : new String[] {"data", "content", "templates"}) {
            if (!Files.isDirectory(siteDir.resolve(dir))) {
                throw new AssertionError("not the demo site (no " + dir + "/): " + siteDir);
            }
        }
        Path outDir = module.resolve("target/demo-site");
        HttpServer server;
        try {
            server = StaticSite.start(outDir, new InetSocketAddress("127.0.0.1", 0), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        BuildOptions options = BuildOptions.of(siteDir, outDir)
                .withBuildDate(BUILD_DATE)
                .withLocale(Locale.JAPANESE)
                .withBaseUrl(base + "/");
        BuildResult result = Pipeline.build(options);
        if (result.hasErrors() || !result.written()) {
            server.stop(0);
            throw new AssertionError("the demo site did not build:\n"
                    + new DiagnosticPrinter(siteDir, Locale.JAPANESE).format(result.diagnostics()));
        }
        return new DemoSite(server, base, outDir);
    }

    /** The full address of a path on the site ({@code /search/?q=...}). */
    String url(String path) {
        return base + path;
    }

    /** Every HTML file written, relative to the output folder, in order ({@code groups/x/index.html}). */
    java.util.List<Path> htmlFiles() {
        try (java.util.stream.Stream<Path> files = Files.walk(outDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")).map(outDir::relativize).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder the site was written to. */
    Path outputDir() {
        return outDir;
    }

    String base() {
        return base;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
