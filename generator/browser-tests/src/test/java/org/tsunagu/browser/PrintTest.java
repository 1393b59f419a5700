package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The demo site on paper: each group's card prints on exactly one sheet of A4 or A5, with the
 * group's name and the address of its page and without the site's menu; printing a group or an
 * event page prints the page's address (beside its QR code) too.
 */
class PrintTest extends DemoSiteBrowserTest {

    /** Millimetres on a side of the sheet, portrait. */
    private record Paper(String name, double width, double height) {
    }

    private static final Paper A4 = new Paper("A4", 210, 297);
    private static final Paper A5 = new Paper("A5", 148, 210);
    /** The margin the card's stylesheet asks for, given to the printer as well. */
    private static final double MARGIN_MM = 15;

    private static final Path SITE = Path.of("").toAbsolutePath().resolve("../..").normalize();

    /** What a sheet says, with its page count and size. */
    private record Printout(int pages, double widthMm, double heightMm, String text) {
        /** The text without spaces and line breaks, as a long address may be wrapped. */
        String joined() {
            return text.replaceAll("\\s+", "");
        }
    }

    @Test
    void theCardOfTheGroupWithTheLongestSummaryFitsOneSheet() {
        JsonNode longest = groups().stream()
                .max(Comparator.comparingInt((JsonNode g) -> g.path("summary").asText().length()))
                .orElseThrow();
        assertCardsFit(longest.path("slug").asText(), longest.path("name").asText());
    }

    @Test
    void theCardOfKawazukuriFitsOneSheet() {
        assertCardsFit("kawazukuri-kiyose", "川づくり・清瀬の会");
    }

    @Test
    void aPrintedGroupPageShowsItsAddress() {
        String path = "/groups/kawazukuri-kiyose/";
        Printout p = print(path, A4);
        System.out.printf("printed %s on %s: %d page(s)%n", path, A4.name(), p.pages());
        assertTrue(p.pages() >= 1, path + ": " + p.pages() + " pages");
        assertTrue(p.joined().contains(site.url(path)), "the address under the QR code: " + p.text());
        assertTrue(p.joined().contains("スマートフォンのカメラで読み取ると"), p.text());
        assertFalse(p.text().contains("印刷用カード"), "the links to the cards are for the screen: " + p.text());
    }

    @Test
    void aPrintedEventPageShowsItsAddress() {
        String path = "/events/aki-no-machiaruki-2026/";
        Printout p = print(path, A4);
        System.out.printf("printed %s on %s: %d page(s)%n", path, A4.name(), p.pages());
        assertTrue(p.joined().contains(site.url(path)), "the address under the QR code: " + p.text());
    }

    @Test
    void everyMonthlyDigestFromThisYearOnPrintsOnOneA4Sheet() throws IOException {
        List<String> months;
        try (Stream<Path> dirs = Files.list(site.outputDir().resolve("digest"))) {
            months = dirs.map(d -> d.getFileName().toString())
                    .filter(m -> m.compareTo(DemoSite.BUILD_DATE.getYear() + "-01") >= 0)
                    .sorted().toList();
        }
        assertTrue(months.size() >= 12, "digests from January on: " + months);
        assertTrue(months.contains("2026-11"), months.toString());
        List<String> labels = navigationLabels();
        int mostItems = 0;
        for (String month : months) {
            String path = "/digest/" + month + "/";
            Printout p = print(path, A4);
            int items = ((Number) browser.executeScript(
                    "return document.querySelectorAll('.digest tbody tr, .digest-list li').length;")).intValue();
            mostItems = Math.max(mostItems, items);
            System.out.printf("printed %s on A4: %d page(s), %d events, calls and grants%n", path, p.pages(), items);
            assertEquals(1, p.pages(), "the digest " + path + " with " + items + " items printed on " + p.pages()
                    + " pages, not 1");
            assertEquals(A4.width(), p.widthMm(), 1, path + ": sheet width");
            String title = month.substring(0, 4) + "年" + Integer.parseInt(month.substring(5)) + "月";
            assertTrue(p.joined().contains(title), path + " names its month: " + p.text());
            assertTrue(p.joined().contains("きよせボランティア・市民活動センター"), path + " names the centre: " + p.text());
            // The digest's own headings use the same words (助成金), so a menu item is a line of its own.
            List<String> lines = p.text().lines().map(String::strip).toList();
            for (String label : labels) {
                assertFalse(lines.contains(label), path + " shows the site's menu item " + label + ": " + p.text());
            }
            assertFalse(p.joined().contains("A4の紙1枚に印刷できます"), path + ": the screen's hint about printing: " + p.text());
        }
        assertTrue(mostItems >= 10, "the busiest month printed has " + mostItems + " items");
        Printout november = print("/digest/2026-11/", A4);
        for (String expected : List.of("秋のまち歩き会", "スマホ個別相談会", "柳瀬川の水質調査のお手伝い")) {
            assertTrue(november.joined().contains(expected), "November's digest lists " + expected + ": "
                    + november.text());
        }
    }

    // ---- the cards

    private static void assertCardsFit(String slug, String name) {
        for (Paper paper : List.of(A4, A5)) {
            String path = "/groups/" + slug + "/card/" + (paper == A4 ? "" : "a5/");
            Printout p = print(path, paper);
            System.out.printf("printed %s on %s: %d page(s), %.0f × %.0f mm%n", path, paper.name(), p.pages(),
                    p.widthMm(), p.heightMm());
            assertEquals(1, p.pages(), "the card " + path + " on " + paper.name() + " printed on " + p.pages()
                    + " pages, not 1");
            assertEquals(paper.width(), p.widthMm(), 1, path + ": sheet width");
            assertEquals(paper.height(), p.heightMm(), 1, path + ": sheet height");
            assertTrue(p.joined().contains(name.replaceAll("\\s+", "")), path + " names the group: " + p.text());
            assertTrue(p.joined().contains(site.url("/groups/" + slug + "/")), path + " shows the address: " + p.text());
            assertTrue(p.joined().contains("お問い合わせ・ご相談"), path + ": the centre's footer: " + p.text());
            for (String label : navigationLabels()) {
                assertFalse(p.text().contains(label), path + " shows the site's menu item " + label + ": " + p.text());
            }
            assertFalse(p.text().contains("印刷する") || p.text().contains("団体のページへ戻る"),
                    path + ": the screen's print button and back link are not printed: " + p.text());
        }
    }

    // ---- printing

    /** Opens the page, waits for its pictures, and prints it on the paper with backgrounds. */
    private static Printout print(String path, Paper paper) {
        load(browser, path);
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(paper.height() / 10, paper.width() / 10));
        double margin = MARGIN_MM / 10;
        options.setPageMargin(new PageMargin(margin, margin, margin, margin));
        options.setBackground(true);
        options.setShrinkToFit(false);
        byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            return new Printout(doc.getNumberOfPages(), box.getWidth() * 25.4 / 72, box.getHeight() * 25.4 / 72,
                    new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the demo site's data

    /** The labels of the site's main menu and header search, from the theme's messages. */
    private static List<String> navigationLabels() {
        Properties ui = new Properties();
        try (Reader r = Files.newBufferedReader(SITE.resolve("templates/i18n/ui.properties"), StandardCharsets.UTF_8)) {
            ui.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> labels = new ArrayList<>();
        for (String key : ui.stringPropertyNames()) {
            if (key.startsWith("nav.") && !key.equals("nav.breadcrumb")) {
                labels.add(ui.getProperty(key));
            }
        }
        labels.add(ui.getProperty("search.header"));
        labels.add(ui.getProperty("footer.opendata"));
        assertTrue(labels.size() > 5, labels.toString());
        return labels;
    }

    /** Every group of the demo site, with its slug (the file name). */
    private static List<JsonNode> groups() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SITE.resolve("data/groups"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String file = f.getFileName().toString();
                JsonNode g = yaml.readTree(f.toFile());
                ((com.fasterxml.jackson.databind.node.ObjectNode) g).put("slug",
                        file.substring(0, file.length() - ".yaml".length()));
                out.add(g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(out.isEmpty());
        return out;
    }
}
