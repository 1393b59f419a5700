package org.tsunagu.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Makes the open pages of a preview load again when the site has been built anew: each page
 * served gets a small script (from the site's own address, so the content security policy lets
 * it run) that listens to server-sent events; every build, good or failed, sends one. Nothing of
 * this is in the built files: it is added only as the preview serves a page.
 */
public final class LiveReload {

    /** The address of the events. */
    public static final String EVENTS = "/_tsunagu/live";
    /** The address of the script. */
    public static final String SCRIPT = "/_tsunagu/live.js";
    /** What is put before {@code </head>} of every page served. */
    public static final String TAG = "<script src=\"" + SCRIPT + "\" defer></script>";

    private static final byte[] SCRIPT_TEXT = """
            // Loads the page again when the preview has built the site anew.
            const seen = { first: null };
            const events = new EventSource('%s');
            events.onmessage = (e) => {
              if (seen.first === null) {
                seen.first = e.data;
              } else if (e.data !== seen.first) {
                events.close();
                location.reload();
              }
            };
            """.formatted(EVENTS).getBytes(StandardCharsets.UTF_8);

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private volatile long build;

    /** Adds the events and the script to a server. */
    public void install(HttpServer server) {
        server.createContext(EVENTS, this::listen);
        server.createContext(SCRIPT, exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, SCRIPT_TEXT.length);
                exchange.getResponseBody().write(SCRIPT_TEXT);
            }
        });
    }

    /** Tells every open page that a build has finished. */
    public synchronized void built() {
        build++;
        for (HttpExchange e : listeners) {
            if (!send(e, build)) {
                listeners.remove(e);
                e.close();
            }
        }
    }

    /** Closes every open connection. */
    public void close() {
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }

    private synchronized void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        if (send(exchange, build)) {
            listeners.add(exchange);
        } else {
            exchange.close();
        }
    }

    private static boolean send(HttpExchange exchange, long build) {
        try {
            OutputStream out = exchange.getResponseBody();
            out.write(("retry: 1000\ndata: " + build + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A page with the script added before its {@code </head>} (or at its start, if it has none). */
    static byte[] inject(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.indexOf("</head>");
        return (at < 0 ? TAG + text : text.substring(0, at) + TAG + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }
}
