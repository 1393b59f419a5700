package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.serve.StaticSite;

/** The small server that previews a built site: what it sends, and what it never sends. */
class StaticSiteTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicReference<String> errorPage = new AtomicReference<>();
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Path site = dir.resolve("public");
        write(site.resolve("index.html"), "<h1>ホーム</h1>");
        write(site.resolve("search/index.html"), "<h1>検索</h1>");
        write(site.resolve("assets/js/search.js"), "export {};");
        write(site.resolve("search/t/0.bin"), "bin");
        write(site.resolve("files/a+b.pdf"), "%PDF");
        write(site.resolve("404.html"), "<h1>見つかりません</h1>");
        write(dir.resolve("secret.txt"), "secret");
        server = StaticSite.start(site, new InetSocketAddress("127.0.0.1", 0), errorPage::get);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void servesFilesWithTheirTypesAndFoldersWithTheirIndex() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("<h1>ホーム</h1>", home.body());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElseThrow());

        assertEquals("<h1>検索</h1>", get("/search/").body());
        HttpResponse<String> js = get("/assets/js/search.js");
        assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/octet-stream", get("/search/t/0.bin").headers().firstValue("Content-Type")
                .orElseThrow());
        HttpResponse<String> pdf = get("/files/a+b.pdf");
        assertEquals(200, pdf.statusCode(), "a plus sign in a path is a plus sign");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(200, get("/search/%69ndex.html").statusCode(), "escapes in the path are decoded");
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedKeepingTheQuery() throws Exception {
        HttpResponse<String> r = get("/search?q=%E3%81%B5%E3%81%8F%E3%81%97");
        assertEquals(301, r.statusCode());
        assertEquals("/search/?q=%E3%81%B5%E3%81%8F%E3%81%97", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void missingPagesGetTheSites404Page() throws Exception {
        HttpResponse<String> r = get("/no/such/page/");
        assertEquals(404, r.statusCode());
        assertEquals("<h1>見つかりません</h1>", r.body());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void nothingOutsideTheFolderIsSent() throws Exception {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/search/..%2f..%2fsecret.txt"}) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 403") || response.startsWith("HTTP/1.1 404")
                    || response.startsWith("HTTP/1.1 400"), path + ":\n" + response);
            assertFalse(response.contains("secret\n") || response.endsWith("secret"), path + ":\n" + response);
        }
    }

    @Test
    void buildErrorsReplaceThePagesButNotTheFiles() throws Exception {
        errorPage.set("<h1>ビルドエラー</h1>");
        HttpResponse<String> page = get("/search/");
        assertEquals(500, page.statusCode());
        assertEquals("<h1>ビルドエラー</h1>", page.body());
        assertEquals(200, get("/assets/js/search.js").statusCode());
        errorPage.set(null);
        assertEquals(200, get("/search/").statusCode());
    }

    @Test
    void headHasNoBodyAndOtherMethodsAreRefused() throws Exception {
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(uri("/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request sent as written, for paths an HTTP client would clean up first. */
    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.getAddress().getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
