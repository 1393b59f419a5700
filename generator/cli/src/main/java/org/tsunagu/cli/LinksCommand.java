package org.tsunagu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.LinkCheck;
import org.tsunagu.core.build.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks the links to other sites: builds the site into a temporary folder, collects every
 * http(s) link that leads elsewhere with the pages and files that have it, asks each address once
 * and reports the ones that fail or have moved. Internal links need no command: every build
 * checks them.
 */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = "Checks every link to another site (each address once) and reports the broken and the moved."
                + " Exit code 0: all reachable, 1: some broken, 2: usage or I/O.")
final class LinksCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--timeout", description = "Seconds to wait for each address (default 10).", defaultValue = "10")
    int timeout;

    @Option(names = "--parallel", description = "Addresses asked at the same time (default 4).", defaultValue = "4")
    int parallel;

    @Spec
    CommandSpec spec;

    /** What one address answered. */
    record Answer(String url, int status, String movedTo, String problem) {
        boolean broken() {
            return problem != null || status >= 400;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (site.reportNotASite(err)) {
            return Main.USAGE_OR_IO;
        }
        Path folder = Files.createTempDirectory("tsunagu-links");
        Path built = folder.resolve("site");
        try {
            BuildOptions options = site.options(built, false);
            BuildResult r = Pipeline.build(options);
            if (!r.written()) {
                Reporting.diagnostics(r, options, err);
                return Main.CONTENT_ERRORS;
            }
            Map<String, List<String>> pages = new TreeMap<>();
            String root = BuildRoot.of(built);
            try (Stream<Path> files = Files.walk(built)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    String page = "/" + built.relativize(p).toString().replace('\\', '/').replace("index.html", "");
                    for (String link : LinkCheck.externalLinks(Files.readString(p), root)) {
                        List<String> on = pages.computeIfAbsent(link, k -> new ArrayList<>());
                        if (!on.contains(page)) {
                            on.add(page);
                        }
                    }
                }
            }
            out.println(site.messages().format("cli.links.checking", pages.size()));
            List<Answer> answers = ask(new ArrayList<>(pages.keySet()));
            Map<String, String> sources = sourceTexts(site.siteDir());
            int broken = 0;
            int moved = 0;
            for (Answer a : answers) {
                if (a.broken()) {
                    broken++;
                    String why = a.problem() != null ? a.problem() : "HTTP " + a.status();
                    err.println(site.messages().format("cli.links.broken", a.url(), why));
                } else if (a.movedTo() != null) {
                    moved++;
                    err.println(site.messages().format("cli.links.moved", a.url(), a.movedTo()));
                } else {
                    continue;
                }
                for (String where : where(a.url(), sources)) {
                    err.println("  " + where);
                }
                List<String> on = pages.get(a.url());
                err.println("  " + (on.size() == 1 ? site.messages().format("cli.links.pages", on.get(0))
                        : site.messages().format("cli.links.pagesMore", on.get(0), on.size() - 1)));
            }
            if (broken > 0) {
                err.println(site.messages().format("cli.links.hint"));
            }
            out.println(site.messages().format("cli.links.summary", answers.size(), broken, moved));
            return broken > 0 ? Main.CONTENT_ERRORS : 0;
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<Answer> ask(List<String> urls) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeout))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (String url : urls) {
                futures.add(pool.submit(() -> ask(client, url)));
            }
            List<Answer> out = new ArrayList<>();
            for (Future<Answer> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** HEAD first, GET when the server refuses HEAD; redirects followed (five at most) and said. */
    private Answer ask(HttpClient client, String url) {
        URI at;
        try {
            at = URI.create(url.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return new Answer(url, 0, null, site.messages().format("cli.links.notAnAddress"));
        }
        String movedTo = null;
        try {
            for (int hop = 0; hop <= 5; hop++) {
                Reply reply = reply(client, at, "HEAD");
                if (reply.status() == 405 || reply.status() == 501 || reply.status() == 403) {
                    reply = reply(client, at, "GET");
                }
                if (reply.status() >= 300 && reply.status() < 400 && reply.location() != null) {
                    at = at.resolve(reply.location());
                    movedTo = at.toString();
                    continue;
                }
                return new Answer(url, reply.status(), movedTo, null);
            }
            return new Answer(url, 0, movedTo, site.messages().format("cli.links.tooManyRedirects"));
        } catch (HttpTimeoutException e) {
            return new Answer(url, 0, null, site.messages().format("cli.links.timeout", timeout));
        } catch (IOException e) {
            return new Answer(url, 0, null, site.messages().format("cli.links.unreachable",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(url, 0, null, "interrupted");
        }
    }

    /** A status and, for a redirect, where to. */
    private record Reply(int status, String location) {
    }

    private Reply reply(HttpClient client, URI at, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(at).timeout(Duration.ofSeconds(timeout))
                .header("User-Agent", "Tsunagu link check")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        return new Reply(response.statusCode(), response.headers().firstValue("Location").orElse(null));
    }

    /** The text of every source file, to say where a link is written. */
    private static Map<String, String> sourceTexts(Path siteDir) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (String folder : List.of("data", "content", "templates")) {
            Path dir = siteDir.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(f -> f.toString().matches(".*\\.(ya?ml|md|ftlh|ftl)$")).sorted().toList()) {
                    texts.put(siteDir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
                }
            }
        }
        return texts;
    }

    private static List<String> where(String url, Map<String, String> sources) {
        List<String> out = new ArrayList<>();
        sources.forEach((file, text) -> {
            if (text.contains(url)) {
                int[] at = LinkCheck.position(text, url);
                out.add(file + ":" + at[0] + ":" + at[1]);
            }
        });
        return out;
    }

    /** The site's own scheme and host, read back from the sitemap the build wrote: links there are not external. */
    private static final class BuildRoot {
        static String of(Path built) throws IOException {
            String sitemap = Files.readString(built.resolve("sitemap.xml"));
            int loc = sitemap.indexOf("<loc>");
            String first = sitemap.substring(loc + 5, sitemap.indexOf("</loc>", loc));
            URI u = URI.create(first);
            return u.getScheme() + "://" + u.getRawAuthority();
        }
    }
}
