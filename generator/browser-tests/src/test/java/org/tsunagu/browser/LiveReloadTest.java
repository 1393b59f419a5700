package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.serve.LiveReload;
import org.tsunagu.serve.StaticSite;

/**
 * The preview of {@code tsunagu serve} in a real browser: after a build the open page loads
 * again by itself and shows the new text, under the site's content security policy; a failed
 * build's problems replace it, and the fixed page comes back. The built files never hold the
 * preview's script.
 */
class LiveReloadTest {

    @TempDir
    Path dir;

    private static final String PAGE = """
            <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self'">
            <title>t</title></head><body><h1>%s</h1></body></html>""";

    /** Whether the page's script has heard from the preview, so that it knows the build it shows. */
    private static boolean listening(ChromeDriver browser) {
        return Boolean.TRUE.equals(browser.executeScript("return typeof seen !== 'undefined' && seen.first !== null"));
    }

    @Test
    void anOpenPageLoadsAgainAfterEachBuild() throws Exception {
        Chromium.requireOrSkip();
        Path site = dir.resolve("public");
        Files.createDirectories(site.resolve("groups/kawazukuri-kiyose"));
        Path page = site.resolve("groups/kawazukuri-kiyose/index.html");
        Files.writeString(page, PAGE.formatted("川づくり・清瀬の会"));
        AtomicReference<String> errorPage = new AtomicReference<>();
        LiveReload live = new LiveReload();
        HttpServer server = StaticSite.start(site, new InetSocketAddress("127.0.0.1", 0), errorPage::get, live);
        ChromeDriver browser = Chromium.start(true);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/groups/kawazukuri-kiyose/";
            HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(served.body().contains(LiveReload.TAG + "</head>"), served.body());
            assertFalse(Files.readString(page).contains(LiveReload.SCRIPT), "the file on disk is left alone");

            browser.get(url);
            WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(10));
            wait.until(d -> listening(browser));
            assertEquals("川づくり・清瀬の会", browser.findElement(By.tagName("h1")).getText());

            // A good build: the page shows the new text without anyone touching it.
            Files.writeString(page, PAGE.formatted("川づくり・清瀬の会（更新）"));
            live.built();
            wait.until(d -> browser.findElement(By.tagName("h1")).getText().equals("川づくり・清瀬の会（更新）"));

            // A failed build: its problems instead of the page; then fixed, the page again.
            errorPage.set(PAGE.formatted("data/groups/kawazukuri-kiyose.yaml:3:7: エラー"));
            wait.until(d -> listening(browser));
            live.built();
            wait.until(d -> browser.findElement(By.tagName("h1")).getText().startsWith("data/groups/kawazukuri-kiyose.yaml:3:7"));
            errorPage.set(null);
            wait.until(d -> listening(browser));
            live.built();
            wait.until(d -> browser.findElement(By.tagName("h1")).getText().equals("川づくり・清瀬の会（更新）"));
        } finally {
            browser.quit();
            live.close();
            server.stop(0);
        }
    }
}
