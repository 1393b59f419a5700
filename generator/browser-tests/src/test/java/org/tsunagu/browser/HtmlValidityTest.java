package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every HTML page of the demo site, checked by the Nu HTML checker (the engine of the W3C's
 * validator) in this process: not one error. Warnings are counted and printed, not failed.
 */
class HtmlValidityTest {

    private static DemoSite site;

    @BeforeAll
    static void build() {
        site = DemoSite.start();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    /** What the checker said about one page. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        int warnings;
        Path file;

        @Override
        public void warning(SAXParseException e) {
            warnings++;
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
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        for (Path page : pages) {
            collector.file = out.relativize(page);
            try {
                validator.checkHtmlFile(page.toFile(), true);
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
}
