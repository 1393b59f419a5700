package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.serve.StaticSite;

/**
 * In the browser: e-mail addresses become ordinary links when the page opens, and hostile text in
 * records runs nothing even with the content security policy taken out of every page, so that
 * the escaping alone is what is tried.
 */
class SafetyTest extends DemoSiteBrowserTest {

    /** Every payload marks the page when it runs; none may. */
    private static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=\"document.documentElement.dataset.ran='img'\">",
            "<svg onload=\"document.documentElement.dataset.ran='svg'\"></svg>",
            "<script>document.documentElement.dataset.ran='script'</script>",
            "\"><iframe srcdoc=\"<script>parent.document.documentElement.dataset.ran='frame'</script>\"></iframe>",
            "</script><script>document.documentElement.dataset.ran='json-ld'</script>",
            "<a href=\"javascript:document.documentElement.dataset.ran='link'\" id=\"hostile-link\">link</a>",
            "[md](javascript:document.documentElement.dataset.ran='markdown')",
            "<form><button formaction=\"javascript:alert(1)\">送信</button></form>");

    /** Shorter ones for names and titles, which have a length limit: they set the window's name. */
    private static final List<String> SHORT = List.of("<img src=x onerror=name=1>", "<svg onload=name=2>",
            "<script>name=3</script>");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEmailAddressIsAnOrdinaryLinkOnceThePageIsOpen() {
        load(browser, "/groups/kawazukuri-kiyose/");
        WebElement link = browser.findElement(By.cssSelector("#contact ~ dl .email a"));
        assertEquals("mailto:kawazukuri@example.jp", link.getDomAttribute("href"));
        assertEquals("kawazukuri@example.jp", link.getText());
        WebElement focused = tabTo(e -> "mailto:kawazukuri@example.jp".equals(e.getDomAttribute("href")), 80);
        assertEquals("kawazukuri@example.jp", focused.getText());
        WebElement centre = browser.findElement(By.cssSelector(".site-footer .email a"));
        assertEquals("mailto:center@example.jp", centre.getDomAttribute("href"));

        load(browser, "/en/groups/kawazukuri-kiyose/");
        assertEquals("mailto:kawazukuri@example.jp",
                browser.findElement(By.cssSelector("#contact ~ dl .email a")).getDomAttribute("href"));
    }

    @Test
    void hostileTextRunsNothingEvenWithoutTheContentSecurityPolicy() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        Path demo = module.resolve("../..").normalize();
        Path site = module.resolve("target/hostile-site");
        Path out = module.resolve("target/hostile-site-out");
        deleteTree(site);
        for (String folder : List.of("data", "content")) {
            copy(demo.resolve(folder), site.resolve(folder));
        }
        int injected = poison(site);
        HttpServer server = StaticSite.start(out, new InetSocketAddress("127.0.0.1", 0), null);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            BuildResult r = Pipeline.build(BuildOptions.of(site, out).withBuildDate(DemoSite.BUILD_DATE)
                    .withLocale(Locale.JAPANESE).withBaseUrl(base + "/"));
            assertTrue(r.written(), r.diagnostics()::toString);
            int policies = 0;
            List<String> pages = new ArrayList<>();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    String html = Files.readString(p);
                    String open = html.replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
                    policies += open.equals(html) ? 0 : 1;
                    Files.writeString(p, open);
                    if (html.contains("dataset.ran") || html.contains("name=1") || html.contains("name=2")) {
                        pages.add("/" + out.relativize(p).toString().replace('\\', '/').replace("index.html", ""));
                    }
                }
            }
            assertTrue(policies > 600, policies + " pages had their policy taken out");
            // Search results show the names and summaries from the index, payloads and all.
            pages.add("/search/?q=" + java.net.URLEncoder.encode("清瀬", java.nio.charset.StandardCharsets.UTF_8));
            pages.add("/search/?q=" + java.net.URLEncoder.encode("会", java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(pages.size() > 100, pages.size() + " pages show the payloads");
            for (String page : pages) {
                browser.executeScript("window.name = '';");
                browser.get(base + page);
                new org.openqa.selenium.support.ui.WebDriverWait(browser, WAIT).until(d -> "complete".equals(
                        browser.executeScript("return document.readyState")));
                if (page.startsWith("/search/?q=")) {
                    new org.openqa.selenium.support.ui.WebDriverWait(browser, WAIT).until(d -> !browser
                            .findElements(By.cssSelector("#search-results > li")).isEmpty());
                    assertTrue(browser.findElement(By.id("search-results")).getText().contains("onerror"), page);
                }
                assertNull(browser.executeScript("return document.documentElement.dataset.ran || null"), page);
                assertEquals("", browser.executeScript("return window.name"), page);
                assertFalse(alertOpen(), "a dialog opened on " + page);
                // A link written in hostile text is never a javascript: link.
                for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
                    String href = String.valueOf(a.getDomAttribute("href")).strip().toLowerCase(Locale.ROOT);
                    assertFalse(href.startsWith("javascript:"), href + " on " + page);
                }
                assertTrue(browser.findElements(By.cssSelector("iframe, object, embed, main svg:not([role=img])"))
                        .isEmpty(), page);
            }
            System.out.printf("hostile text in the browser: %d values, %d pages opened without the policy,"
                    + " nothing ran%n", injected, pages.size());
        } finally {
            server.stop(0);
        }
    }

    private static boolean alertOpen() {
        try {
            browser.switchTo().alert().dismiss();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /**
     * Writes the payloads into the names, titles and summaries of every record and page (kept
     * unique by the original text after them) and at the start of every description and body.
     */
    private static int poison(Path site) throws IOException {
        Pattern line = Pattern.compile("(?m)^(name|title|summary|venue|wanted|purpose|role): (.+)$");
        Pattern block = Pattern.compile("(?m)^description: \\|\\n");
        int count = 0;
        int i = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                boolean yaml = name.endsWith(".yaml") && p.getParent().getFileName().toString().matches(
                        "groups|grants|opportunities|\\d{4}");
                boolean markdown = name.endsWith(".md");
                if (!yaml && !markdown) {
                    continue;
                }
                String text = Files.readString(p);
                StringBuilder sb = new StringBuilder();
                Matcher m = line.matcher(text);
                while (m.find()) {
                    boolean named = m.group(1).equals("name") || m.group(1).equals("title");
                    String payload = named ? SHORT.get(i++ % SHORT.size()) : PAYLOADS.get(i++ % PAYLOADS.size());
                    String original = m.group(2).startsWith("\"") ? JSON.readValue(m.group(2), String.class) : m.group(2);
                    m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + ": "
                            + JSON.writeValueAsString(payload + original)));
                    count++;
                }
                m.appendTail(sb);
                text = sb.toString();
                String payload = PAYLOADS.get(i++ % PAYLOADS.size());
                if (block.matcher(text).find()) {
                    text = block.matcher(text).replaceFirst(Matcher.quoteReplacement("description: |\n  " + payload + "\n\n"));
                    count++;
                }
                if (markdown) {
                    text = text + "\n\n" + payload + "\n";
                    count++;
                }
                Files.writeString(p, text);
            }
        }
        return count;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
