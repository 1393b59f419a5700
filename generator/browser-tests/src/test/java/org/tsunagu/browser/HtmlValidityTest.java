package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every HTML page of the demo site, checked by the Nu HTML checker (the engine of the W3C's
 * validator) in this process: not one error. Warnings are counted and printed, not failed. And
 * every page's frame, read with jsoup: language, one h1 and no skipped heading level, landmarks
 * and the skip link, tables with captions and header cells, pictures with a text alternative, the
 * centre's contact in the same place, and the content security policy.
 */
class HtmlValidityTest {

    private static DemoSite site;

    @BeforeAll
    static void build() {
        site = DemoSite.shared();
    }

    /** What the checker said about one page. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        int warnings;
        Path file;

        @Override
        public void warning(SAXParseException e) {
            warnings++;
            if (warnings < 5) {
                System.out.println("warning: " + file + ":" + e.getLineNumber() + ": " + e.getMessage());
            }
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void everyGeneratedPageHasNoErrors() throws Exception {
        Path out = site.outputDir();
        List<Path> pages = site.htmlFiles().stream().map(out::resolve).toList();
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        for (Path page : pages) {
            collector.file = out.relativize(page);
            // Read from the file, known by its address on the site, so that 'self' in the page's
            // content security policy means the site.
            String path = "/" + collector.file.toString().replace('\\', '/');
            try (java.io.InputStream in = Files.newInputStream(page)) {
                org.xml.sax.InputSource source = new org.xml.sax.InputSource(in);
                source.setSystemId(site.url(path));
                source.setEncoding("UTF-8");
                validator.checkHtmlInputSource(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.printf("Nu HTML checker: %d pages, %d errors, %d warnings%n", pages.size(),
                collector.errors.size(), collector.warnings);
        assertTrue(pages.size() > 300, "the demo site has more than 300 pages: " + pages.size());
        // The same mistake in the layout shows on every page: say it once, with how many pages.
        java.util.Map<String, List<String>> byMessage = new java.util.TreeMap<>();
        for (String e : collector.errors) {
            byMessage.computeIfAbsent(e.substring(e.indexOf(": ") + 2), k -> new ArrayList<>()).add(e);
        }
        StringBuilder report = new StringBuilder();
        byMessage.forEach((message, where) -> report.append(where.size()).append(" × ").append(where.get(0))
                .append('\n'));
        assertTrue(collector.errors.isEmpty(), collector.errors.size() + " errors:\n" + report);
    }

    @Test
    void everyPageHasTheSameAccessibleFrame() throws IOException {
        Path out = site.outputDir();
        List<Path> pages = site.htmlFiles().stream().map(out::resolve).toList();
        List<String> problems = new ArrayList<>();
        int headings = 0;
        int tables = 0;
        int images = 0;
        for (Path file : pages) {
            String page = out.relativize(file).toString();
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
            java.util.function.Consumer<String> problem = p -> problems.add(page + ": " + p);
            String lang = doc.selectFirst("html").attr("lang");
            if (!lang.equals("ja") && !lang.equals("en")) {
                problem.accept("html lang=\"" + lang + "\"");
            }
            if (doc.select("meta[http-equiv=Content-Security-Policy]").size() != 1
                    || !doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")
                            .contains("script-src 'self'")) {
                problem.accept("no content security policy allowing only the site's own scripts");
            }
            if (doc.select("h1").size() != 1) {
                problem.accept(doc.select("h1").size() + " h1 elements");
            }
            int previous = 0;
            for (org.jsoup.nodes.Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                headings++;
                if (level > previous + 1) {
                    problem.accept("h" + level + " after h" + previous + ": " + h.text());
                }
                previous = level;
            }
            for (org.jsoup.nodes.Element table : doc.select("table")) {
                tables++;
                if (table.selectFirst("caption") == null || table.select("th").isEmpty()) {
                    problem.accept("a table without caption or header cells: " + table.text());
                }
            }
            for (org.jsoup.nodes.Element img : doc.select("img")) {
                images++;
                if (!img.hasAttr("alt")) {
                    problem.accept("a picture without alt: " + img.attr("src"));
                }
            }
            boolean card = page.contains("/card/");
            if (card) {
                continue; // a printed card: a sheet of paper, not a page of the site (checked by PrintTest)
            }
            org.jsoup.nodes.Element skip = doc.selectFirst("body > a.skip-link");
            if (skip == null || !skip.attr("href").equals("#main") || doc.selectFirst("main#main") == null
                    || doc.body().children().first() != skip) {
                problem.accept("the skip link to #main is not the first thing on the page");
            }
            if (doc.select("body > header").size() != 1 || doc.select("nav").isEmpty()
                    || doc.select("body > main").size() != 1 || doc.select("body > footer").size() != 1) {
                problem.accept("not one header, main and footer with a nav");
            }
            org.jsoup.nodes.Element footer = doc.selectFirst("body > footer");
            if (footer == null || !footer.text().contains("042-000-0000") || footer.selectFirst("address") == null
                    || doc.body().children().last() != footer) {
                problem.accept("the centre's contact is not at the end of the page");
            }
        }
        System.out.printf("page frames: %d pages, %d headings, %d tables, %d pictures, %d problems%n", pages.size(),
                headings, tables, images, problems.size());
        assertTrue(problems.isEmpty(), String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }
}
