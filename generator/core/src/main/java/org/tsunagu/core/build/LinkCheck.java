package org.tsunagu.core.build;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * Stage between Render and Write: every internal link and picture of every page must lead to a
 * file of the build, and every {@code #anchor} to an element with that id. The pages come from
 * our own templates and from sanitised Markdown, so their attributes are always quoted and a
 * scan of the HTML text finds them all, much faster than building each page's tree.
 */
public final class LinkCheck {

    /** A start tag, its attributes (quoted values may hold {@code >}) in group 1. */
    private static final Pattern TAG = Pattern.compile(
            "<[a-zA-Z][^\\s>/]*((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(href|src|action|srcset)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    /** A link that leads nowhere, on a page, with the record or page the page was made from. */
    public record Broken(String page, String source, String link, boolean anchor) {
    }

    /** What was checked and what was found. */
    public record Result(int links, int anchors, List<Broken> broken) {
    }

    private LinkCheck() {
    }

    /**
     * What the check needs of a page: every link it has (as written, entities resolved, a
     * {@code srcset} cut into its addresses) and the ids of its elements. Taken from a page as
     * soon as it is rendered, so the page itself need not be kept.
     */
    public record PageLinks(List<String> links, Set<String> ids) {

        /** The links and ids of a page's HTML. */
        public static PageLinks of(String html) {
            List<String> links = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Matcher tags = TAG.matcher(html);
            // One matcher each for the whole page, pointed at one tag's attributes after another.
            Matcher m = ATTRIBUTE.matcher(html);
            Matcher id = ID.matcher(html);
            while (tags.find()) {
                int start = tags.start(1);
                int end = tags.end(1);
                if (start == end) {
                    continue;
                }
                m.region(start, end);
                while (m.find()) {
                    for (String written : m.group(1).equals("srcset") ? srcset(m.group(2)) : List.of(m.group(2))) {
                        // The same links (the menu, the footer) come back on every page: kept once.
                        links.add(unescape(written).strip().intern());
                    }
                }
                id.region(start, end);
                if (id.find()) {
                    ids.add(unescape(id.group(1)).intern());
                }
            }
            return new PageLinks(List.copyOf(links), Set.copyOf(ids));
        }
    }

    /**
     * Checks the links of every page against the files of the site and the ids of its pages.
     *
     * @param pages each HTML file's links and ids, by its path
     * @param files the path of every file the build writes
     * @param sources for each HTML output's path, the file it was made from
     * @param root the site's address without a trailing slash ({@code https://example.jp/kiyose})
     */
    public static Result check(Map<String, PageLinks> pages, Set<String> files, Map<String, String> sources,
                               String root) {
        URI site = URI.create(root + "/");
        String basePath = site.getPath();
        AtomicInteger links = new AtomicInteger();
        AtomicInteger anchors = new AtomicInteger();
        List<Broken> broken = java.util.Collections.synchronizedList(new ArrayList<>());
        pages.entrySet().parallelStream().forEach(e -> {
            String path = e.getKey();
            URI page = site.resolve(pageAddress(path));
            for (String link : e.getValue().links()) {
                String target = internalTarget(page, site, basePath, link);
                if (target == null) {
                    continue;
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String fragment = hash < 0 ? "" : target.substring(hash + 1);
                links.incrementAndGet();
                String found = file.isEmpty() ? path : resolveFile(file, files);
                if (found == null) {
                    broken.add(new Broken("/" + pageAddress(path), sources.getOrDefault(path, path), link, false));
                } else if (!fragment.isEmpty() && found.endsWith(".html")) {
                    anchors.incrementAndGet();
                    PageLinks target2 = pages.get(found);
                    if (target2 == null || !target2.ids().contains(decode(fragment))) {
                        broken.add(new Broken("/" + pageAddress(path), sources.getOrDefault(path, path), link, true));
                    }
                }
            }
        });
        List<Broken> sorted = new ArrayList<>(broken);
        sorted.sort(java.util.Comparator.comparing(Broken::source).thenComparing(Broken::page).thenComparing(Broken::link));
        return new Result(links.get(), anchors.get(), List.copyOf(sorted));
    }

    /**
     * The links of a page that lead to other sites over http or https (as written, entities
     * resolved), for the separate check of external links.
     */
    public static List<String> externalLinks(String html, String root) {
        URI site = URI.create(root + "/");
        List<String> out = new ArrayList<>();
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            Matcher m = ATTRIBUTE.matcher(tags.group(1));
            while (m.find()) {
                String link = unescape(m.group(2)).strip();
                String lower = link.toLowerCase(java.util.Locale.ROOT);
                if ((lower.startsWith("http://") || lower.startsWith("https://"))
                        && internalTarget(site, site, site.getPath(), link) == null) {
                    out.add(link);
                }
            }
        }
        return out;
    }

    /** The page's address below the site root: {@code groups/x/} for {@code groups/x/index.html}. */
    private static String pageAddress(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    /**
     * The file (and fragment) a link leads to, below the site root, or null when it leads outside
     * the site (another host, mail, telephone) and is not this check's business.
     */
    static String internalTarget(URI page, URI site, String basePath, String link) {
        if (link.isEmpty()) {
            return null;
        }
        String lower = link.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:")) {
            return null;
        }
        URI to;
        try {
            to = page.resolve(new URI(encoded(lower.startsWith("webcal:") ? site.getScheme() + ":" + link.substring(7)
                    : link)));
        } catch (URISyntaxException e) {
            // Not an address at all: broken when it would be one of the site's, else not ours.
            boolean ours = !link.matches("(?s)[a-zA-Z][a-zA-Z0-9+.-]*:.*") || link.startsWith(site.toString());
            return ours ? "\u0000" + link : null;
        }
        if (to.getScheme() == null || !to.getScheme().equalsIgnoreCase(site.getScheme())) {
            return null;
        }
        if (to.getHost() != null && !(to.getHost().equalsIgnoreCase(site.getHost()) && to.getPort() == site.getPort())) {
            return null;
        }
        String path = to.getRawPath() == null ? "" : to.getRawPath();
        if (!path.startsWith(basePath)) {
            return null; // another site on the same host
        }
        String below = path.substring(basePath.length());
        String fragment = to.getRawFragment();
        return below + (fragment == null ? "" : "#" + fragment);
    }

    /** Letters outside ASCII and spaces percent-encoded, as a browser sends them. */
    private static String encoded(String link) {
        StringBuilder sb = new StringBuilder();
        for (byte b : link.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                sb.append('%').append(String.format("%02X", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static String resolveFile(String rawPath, Set<String> files) {
        String file = decode(rawPath);
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + "index.html";
        }
        if (files.contains(file)) {
            return file;
        }
        return files.contains(file + "/index.html") ? file + "/index.html" : null;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static List<String> srcset(String value) {
        List<String> out = new ArrayList<>();
        for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!url.isEmpty()) {
                out.add(url);
            }
        }
        return out;
    }

    /**
     * An attribute value with its character references resolved. Most values have none, and
     * need not go through the HTML parser at all.
     */
    static String unescape(String value) {
        return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
    }

    /** Where a source file mentions a link, to point the reader at the line: line and column, 1-based. */
    public static int[] position(String text, String link) {
        int at = text.indexOf(link);
        if (at < 0) {
            return new int[] {0, 0};
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }
}
