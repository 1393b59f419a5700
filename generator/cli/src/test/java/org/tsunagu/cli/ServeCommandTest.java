package org.tsunagu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.sample.SampleSite;
import org.tsunagu.serve.LiveReload;

/**
 * {@code tsunagu serve} as a person uses it: the site is shown, and each save of a file shows
 * on the next request, with nothing written into the site folder; a mistake shows its problem
 * instead of the page, and the fix brings the page back.
 */
class ServeCommandTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Thread serving;
    private int port;

    @BeforeEach
    void serve() throws Exception {
        SampleSite.write(dir, 12, 30, 5);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        serving = new Thread(() -> Run.of("serve", "--site", dir.toString(), "--port", Integer.toString(port),
                "--date", "2026-11-22"), "serve-under-test");
        serving.setDaemon(true);
        serving.start();
        until("/groups/", r -> r.statusCode() == 200);
    }

    @AfterEach
    void stop() throws InterruptedException {
        serving.interrupt();
        serving.join(10_000);
    }

    @Test
    void editsShowOnTheNextRequestAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("data/groups/group-00001.yaml");
        String text = Files.readString(file);
        String name = text.lines().filter(l -> l.startsWith("name:")).findFirst().orElseThrow();
        HttpResponse<String> page = get("/groups/group-00001/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(LiveReload.TAG), "the page reloads itself after an edit");
        HttpResponse<String> folder = get("/groups");
        assertEquals(301, folder.statusCode());
        assertEquals("/groups/", folder.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> style = get("/assets/css/site.css");
        assertEquals(200, style.statusCode());
        assertEquals("text/css; charset=utf-8", style.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(404, get("/groups/no-such-group/").statusCode());

        Files.writeString(file, text.replace(name, "name: 清瀬おもちゃ病院"));
        until("/groups/group-00001/", r -> r.body().contains("清瀬おもちゃ病院"));
        until("/groups/", r -> r.body().contains("清瀬おもちゃ病院"));

        Path added = dir.resolve("data/groups/kiyose-hanabi.yaml");
        Files.writeString(added, """
                name: 清瀬花火を見る会
                kana: きよせはなびをみるかい
                type: 任意団体
                categories: [まちづくり]
                area: 西野
                summary: 夏の花火を地域で楽しみます。
                """);
        until("/groups/kiyose-hanabi/", r -> r.statusCode() == 200 && r.body().contains("清瀬花火を見る会"));
        Files.delete(added);
        until("/groups/kiyose-hanabi/", r -> r.statusCode() == 404);
        until("/groups/", r -> !r.body().contains("清瀬花火を見る会"));

        Files.writeString(file, text + "categories: [[\n");
        HttpResponse<String> broken = until("/groups/", r -> r.statusCode() == 500);
        assertTrue(broken.body().contains("data/groups/group-00001.yaml"), broken.body());
        Files.writeString(file, text);
        until("/groups/group-00001/", r -> r.statusCode() == 200 && r.body().contains(name.substring(7, 12)));

        assertFalse(Files.exists(dir.resolve("public")), "the preview writes nothing");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks for the page until it is as expected (the watcher sees a save a moment later), for up to a minute. */
    private HttpResponse<String> until(String path, Predicate<HttpResponse<String>> ok) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < end) {
            try {
                last = get(path);
                if (ok.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
        fail(path + " never became as expected; last answer: "
                + (last == null ? "none" : last.statusCode() + " " + last.body().substring(0, Math.min(300, last.body().length()))));
        return last;
    }
}
