package org.tsunagu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.check.Diagnostic;

/**
 * A small site written into a temporary folder, built, and read back: the way tests see what a
 * user would see. Starts with valid settings and two areas; tests add files as text.
 */
public final class TestSite {

    public static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 22);

    public static final String SITE_YAML = """
            name: テスト市民活動センター
            description: テスト用のセンターです。
            base_url: https://center.example.jp/
            address: 東京都清瀬市元町1-1
            phone: 042-000-0000
            email: center@example.jp
            hours:
              - 月〜土 9:00〜17:00
            """;

    public static final String AREAS_YAML = """
            areas:
              - slug: motomachi
                name: 元町
                kana: もとまち
              - slug: shimojuku
                name: 下宿
                kana: しもじゅく
            """;

    private final Path root;

    public TestSite(Path root) {
        this.root = root;
        write("data/site.yaml", SITE_YAML);
        write("data/areas.yaml", AREAS_YAML);
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("public");
    }

    public TestSite write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite write(String path, byte[] bytes) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A minimal valid group, with the given extra lines appended. */
    public TestSite group(String slug, String name, String kana, String extra) {
        return write("data/groups/" + slug + ".yaml", "name: " + name + "\n"
                + (kana == null ? "" : "kana: " + kana + "\n")
                + "type: 任意団体\ncategories: [環境の保全]\narea: 元町\nsummary: " + name + "の紹介です。\n"
                + extra);
    }

    public BuildOptions options() {
        return BuildOptions.of(root, out()).withBuildDate(BUILD_DATE).withLocale(Locale.JAPANESE);
    }

    public BuildResult build() {
        return Pipeline.build(options());
    }

    public BuildResult check() {
        return Pipeline.check(options());
    }

    /** Builds and fails the test with the diagnostics when anything is an error. */
    public BuildResult buildOk() {
        BuildResult r = build();
        if (r.hasErrors() || !r.written()) {
            throw new AssertionError("build failed:\n" + String.join("\n",
                    r.diagnostics().stream().map(d -> d.location() + " " + d.message(Locale.JAPANESE)).toList()));
        }
        return r;
    }

    public List<Diagnostic> errors(BuildResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    /** A built page, parsed, by its address ({@code /groups/x/}). */
    public Document page(String url) {
        Path file = url.endsWith("/") ? out().resolve(url.substring(1)).resolve("index.html") : out().resolve(url.substring(1));
        try {
            return Jsoup.parse(Files.readString(file), "https://center.example.jp" + url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The e-mail address a page holds in its coded form ({@code data-mail}: the address
     * reversed, in Base64, as the site's script reads it), or null when there is none.
     */
    public static String email(org.jsoup.nodes.Element holder) {
        if (holder == null || !holder.hasAttr("data-mail")) {
            return null;
        }
        String reversed = new String(java.util.Base64.getDecoder().decode(holder.attr("data-mail")),
                StandardCharsets.UTF_8);
        return new StringBuilder(reversed).reverse().toString();
    }

    /** Copies the demo site's records and content (data/ and content/) into a folder. */
    public static void copyDemo(Path site) {
        Path demo = Path.of(System.getProperty("tsunagu.demo", "../.."));
        for (String folder : List.of("data", "content")) {
            try (Stream<Path> files = Files.walk(demo.resolve(folder))) {
                for (Path p : files.toList()) {
                    Path to = site.resolve(demo.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public boolean exists(String path) {
        return Files.exists(out().resolve(path));
    }

    /** Every output file and its bytes, by path. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> m = new TreeMap<>();
        if (!Files.exists(out())) {
            return m;
        }
        try (Stream<Path> s = Files.walk(out())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(out().relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** All output text concatenated, for "never appears anywhere" assertions. */
    public String allText() {
        StringBuilder b = new StringBuilder();
        files().forEach((p, bytes) -> b.append(p).append('\n').append(new String(bytes, StandardCharsets.UTF_8)));
        return b.toString();
    }
}
