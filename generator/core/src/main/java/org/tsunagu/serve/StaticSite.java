package org.tsunagu.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site from its folder the way a static host does: a folder's address answers
 * with its {@code index.html}, a folder asked for without the closing slash is redirected to it,
 * anything missing gets the site's {@code 404.html}, and nothing outside the folder is ever
 * read. Used by {@code tsunagu serve} to preview a site.
 */
public final class StaticSite {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", HTML), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", TEXT),
            Map.entry("ics", "text/calendar; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"), Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("woff2", "font/woff2"));

    private StaticSite() {
    }

    /** Where the files served come from: a built folder, or the preview made in memory. */
    public interface SiteFiles {
        /** The file at a path below the site's root ({@code groups/index.html}), or null when there is none. */
        byte[] read(String path) throws IOException;

        /** Whether the path names a folder, answered by its {@code index.html}. */
        boolean isFolder(String path);
    }

    /** A page that could not be made: served with status 500 and this page instead. */
    public static final class Failed extends IOException {
        private final String page;

        public Failed(String page) {
            super("page failed");
            this.page = page;
        }
    }

    /** The files of a built folder; nothing outside it is ever read. */
    public static SiteFiles folder(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return new SiteFiles() {
            @Override
            public byte[] read(String path) throws IOException {
                Path file = base.resolve(path).normalize();
                return file.startsWith(base) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            }

            @Override
            public boolean isFolder(String path) {
                Path file = base.resolve(path).normalize();
                return file.startsWith(base) && Files.isDirectory(file);
            }
        };
    }

    /**
     * Starts serving the folder.
     *
     * @param root the built site
     * @param address where to listen; port 0 picks a free port ({@code server.getAddress()} tells which)
     * @param errorPage a whole HTML page shown instead of every page while it returns non-null
     *     (the last build failed), or null for none
     * @return the running server; {@code stop(0)} ends it
     */
    public static HttpServer start(Path root, InetSocketAddress address, Supplier<String> errorPage)
            throws IOException {
        return start(folder(root), address, errorPage, null);
    }

    /**
     * Starts serving the folder, each page with the script of a live reload when one is given.
     */
    public static HttpServer start(Path root, InetSocketAddress address, Supplier<String> errorPage,
                                   LiveReload live) throws IOException {
        return start(folder(root), address, errorPage, live);
    }

    /**
     * Starts serving a site's files, each page with the script of a live reload when one is
     * given (the preview of {@code tsunagu serve}).
     */
    public static HttpServer start(SiteFiles files, InetSocketAddress address, Supplier<String> errorPage,
                                   LiveReload live) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/", handler(files, errorPage, live != null));
        if (live != null) {
            live.install(server);
        }
        // Pages listening for the next build hold their connection open: one thread each.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tsunagu-serve");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return server;
    }

    /** The handler that answers every request below {@code /} from the folder. */
    public static HttpHandler handler(Path root, Supplier<String> errorPage) {
        return handler(folder(root), errorPage, false);
    }

    private static HttpHandler handler(SiteFiles files, Supplier<String> errorPage, boolean live) {
        Supplier<String> error = errorPage == null ? () -> null : errorPage;
        return exchange -> {
            try (exchange) {
                serve(exchange, files, error.get(), live);
            }
        };
    }

    /** The content type sent for a file name, by its extension. */
    public static String contentType(String fileName) {
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** The path below the root, or null when it would leave the root or cannot be a file's name. */
    private static String relative(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return null;
        }
        String rel = path.substring(1);
        for (String segment : rel.split("/", -1)) {
            if (segment.equals("..")) {
                return null;
            }
        }
        try {
            Path.of(rel.isEmpty() ? "." : rel);
        } catch (InvalidPathException e) {
            return null;
        }
        return rel;
    }

    private static void serve(HttpExchange exchange, SiteFiles files, String errorPage, boolean live)
            throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, TEXT, bytes("method not allowed"), false);
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String rel = relative(path);
        if (rel == null) {
            send(exchange, 403, TEXT, bytes("forbidden"), head);
            return;
        }
        if (errorPage != null && (path.endsWith("/") || path.endsWith(".html"))) {
            byte[] page = bytes(errorPage);
            send(exchange, 500, HTML, live ? LiveReload.inject(page) : page, head);
            return;
        }
        try {
            // The file first: whether a name is a folder is asked only of names that are no file.
            String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
            byte[] body = files.read(file);
            if (body != null) {
                String type = contentType(file.substring(file.lastIndexOf('/') + 1));
                send(exchange, 200, type, live && type.equals(HTML) ? LiveReload.inject(body) : body, head);
                return;
            }
            if (!rel.isEmpty() && !rel.endsWith("/") && files.isFolder(rel)) {
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location",
                        exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
                send(exchange, 301, TEXT, new byte[0], head);
                return;
            }
            byte[] notFound = files.read("404.html");
            body = notFound != null ? notFound : bytes("404");
            send(exchange, 404, HTML, live ? LiveReload.inject(body) : body, head);
        } catch (Failed f) {
            byte[] page = bytes(f.page);
            send(exchange, 500, HTML, live ? LiveReload.inject(page) : page, head);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (head || body.length == 0) {
            if (head && body.length > 0) {
                exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            }
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
