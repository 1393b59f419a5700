package org.tsunagu.core.build;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code sitemap.xml} and {@code robots.txt}, from the list of pages. */
final class Sitemap {

    private Sitemap() {
    }

    static Output sitemap(String root, List<PageSpec> pages) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (PageSpec p : pages) {
            if (p.inSitemap()) {
                b.append("  <url><loc>").append(xml(root + p.url())).append("</loc></url>\n");
            }
        }
        b.append("</urlset>\n");
        return new Output("sitemap.xml", b.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Output robots(String root) {
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + root + "/sitemap.xml\n";
        return new Output("robots.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
