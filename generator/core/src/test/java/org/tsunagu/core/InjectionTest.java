package org.tsunagu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.testing.TestSite;

/**
 * Hostile text in every text field of every record: the demo site, with each payload written
 * into every text value of every group, event, call, grant, newsletter, page, news item, list
 * of categories and areas and the site settings (and at the end of every Markdown body). Fields
 * that only take a certain form (dates, addresses, readings, references) refuse it with a
 * diagnostic, which is an outcome as good as showing it; the rest must build, show the payload
 * as the text it is, and leave nothing executable in any page, feed, calendar, search index,
 * open-data file or structured data.
 */
class InjectionTest {

    /** Each payload, with where it comes from: script, handlers, URLs, CSS, template syntax. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>漢字",
            "\"><svg onload=alert(1)>",
            "'><iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">link</a>",
            "javascript:alert(1)",
            "[click](javascript:alert(1)) ![pic](javascript:alert(2))",
            "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[vb](vbscript:msgbox(1)) <a href=\"vbscript:msgbox(1)\">vb</a>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<p style=\"width:expression(alert(1))\">css</p><div style=\"background:url(javascript:alert(1))\">",
            "<style>@import 'https://evil.example/x.css';</style>",
            "</script><script>alert(1)</script>",
            "<!-- ]]> --><script>alert(1)</script>",
            "${7*7} <#assign x = 1> [#assign y = 2] #{7*7} <@x/>",
            "{{constructor.constructor('alert(1)')()}}",
            "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>送信</button></form>",
            "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;",
            "=HYPERLINK(\"https://evil.example/\",\"x\")",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "srcset",
            "poster", "data", "xlink:href", "background", "cite", "longdesc", "ping");
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "svg", "math", "style", "template", "portal");
    private static final Pattern OWN_SCRIPT = Pattern.compile("/assets/js/[a-z-]+\\.js");

    private static Path work;
    private static int fieldsTried;
    private static int fieldsRefused;
    private static int filesChecked;

    @BeforeAll
    static void workFolder() throws IOException {
        work = Files.createTempDirectory("tsunagu-injection");
    }

    @AfterAll
    static void report() throws IOException {
        System.out.printf("injection: %d payloads, %d field values tried, %d refused with a diagnostic,"
                + " %d output files checked%n", PAYLOADS.size(), fieldsTried, fieldsRefused, filesChecked);
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Stream<String> payloads() {
        return PAYLOADS.stream();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void aPayloadInEveryTextFieldLeavesNothingExecutable(String payload) throws IOException {
        Path site = work.resolve("site-" + PAYLOADS.indexOf(payload));
        TestSite.copyDemo(site);
        List<SourceText> files = sources(site);
        // Write the payload everywhere; take it back from the values a check refuses.
        for (SourceText f : files) {
            f.inject(payload);
            f.write();
        }
        BuildOptions options = BuildOptions.of(site, site.resolve("out")).withBuildDate(TestSite.BUILD_DATE)
                .withLocale(Locale.JAPANESE);
        for (int round = 0; round < 12; round++) {
            List<Diagnostic> errors = Pipeline.check(options).diagnostics().stream().filter(Diagnostic::isError).toList();
            if (errors.isEmpty()) {
                break;
            }
            boolean unresolved = false;
            for (Diagnostic d : errors) {
                SourceText f = files.stream().filter(x -> x.relative.equals(d.file())).findFirst().orElse(null);
                unresolved |= f == null || !f.refuse(d.line());
            }
            if (unresolved) {
                // A value other records refer to (a category's name, an area's): the lists take
                // their own values back.
                files.stream().filter(f -> f.relative.matches("data/[a-z]+\\.yaml") && !f.relative.equals("data/site.yaml"))
                        .forEach(SourceText::restore);
            }
            for (SourceText f : files) {
                f.write();
            }
        }
        int tried = files.stream().mapToInt(f -> f.injected.size()).sum();
        int refused = files.stream().mapToInt(f -> f.refused).sum();
        BuildResult r = Pipeline.build(options);
        assertTrue(r.written(), () -> "the site builds with the payload in " + tried + " fields: " + r.diagnostics());
        synchronized (InjectionTest.class) {
            fieldsTried += tried + refused;
            fieldsRefused += refused;
        }
        assertTrue(tried > 300, "the payload reached " + tried + " text values");
        for (String kind : List.of("data/groups/", "data/events/", "data/opportunities/", "data/grants/",
                "content/pages/", "content/news/", "content/newsletters/", "data/site.yaml")) {
            assertTrue(files.stream().anyMatch(f -> f.relative.startsWith(kind) && !f.injected.isEmpty()),
                    "no text field of " + kind + " took the payload");
        }

        Map<String, byte[]> out = outputs(site.resolve("out"));
        int shownAsText = 0;
        for (Map.Entry<String, byte[]> e : out.entrySet()) {
            String path = e.getKey();
            byte[] bytes = e.getValue();
            if (path.endsWith(".bin")) {
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                }
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (path.endsWith(".html")) {
                Document page = Jsoup.parse(text);
                assertInert(page, path);
                page.select("rt").remove(); // ふりがな: the readings above the kanji
                if (page.text().contains(payload)) {
                    shownAsText++;
                }
            } else if (path.endsWith("qr.svg")) {
                Document svg = Jsoup.parse(text, "", Parser.xmlParser());
                assertTrue(svg.select("script, foreignObject, foreignobject, a, image, iframe").isEmpty(), path);
                svg.getAllElements().forEach(el -> el.attributes().forEach(a ->
                        assertFalse(a.getKey().startsWith("on") || a.getKey().contains("href"), path)));
            } else if (path.endsWith(".xml")) {
                assertFeed(text, path);
            } else if (path.endsWith(".json") || path.endsWith(".bin") && (text.startsWith("{") || text.startsWith("["))) {
                JSON.readTree(text); // well-formed: the search page reads it as data, never as code
            } else if (path.endsWith(".ics")) {
                assertCalendar(text, path);
            } else if (path.endsWith(".csv")) {
                assertSpreadsheetSafe(text, path);
            }
        }
        synchronized (InjectionTest.class) {
            filesChecked += out.size();
        }
        // The payload is shown, as written, on many pages: it was not dropped, nor run as a template.
        assertTrue(shownAsText > 50, "the payload is shown as text on " + shownAsText + " pages");
    }

    @Test
    void markupInAKeyIsNamedAsTextInTheMessage() throws IOException {
        Path site = work.resolve("key");
        TestSite t = new TestSite(site).group("a", "あおい会", "あおいかい",
                "\"<img src=x onerror=alert(1)>\": 1\n");
        BuildResult r = t.build();
        assertFalse(r.written());
        Diagnostic d = t.errors(r).get(0);
        assertEquals("data/groups/a.yaml", d.file());
        String message = d.message(Locale.JAPANESE);
        assertTrue(message.contains("<img src=x onerror=alert(1)>"), message);
    }

    @Test
    void theSiteScriptsNeverWriteMarkupFromData() throws IOException {
        // Search results, ふりがな and e-mail links are built with DOM calls and textContent: data
        // from the search index or a page never becomes markup.
        Path js = Path.of(System.getProperty("tsunagu.demo", "../..")).resolve("templates/assets/js");
        try (Stream<Path> files = Files.list(js)) {
            List<Path> scripts = files.filter(p -> p.toString().endsWith(".js")).toList();
            assertTrue(scripts.size() >= 5);
            for (Path p : scripts) {
                String code = Files.readString(p);
                for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                        "eval(", "new Function", "setTimeout('", "setTimeout(\"")) {
                    assertFalse(code.contains(sink), sink + " in " + p.getFileName());
                }
            }
        }
    }

    // ------------------------------------------------------------------ output checks

    /** Nothing in the page can run: no script of its own, no handler, no dangerous address. */
    static void assertInert(Document page, String where) {
        for (Element e : page.getAllElements()) {
            String tag = e.normalName();
            assertFalse(FORBIDDEN.contains(tag), () -> "<" + tag + "> in " + where + ": " + e.outerHtml());
            if (tag.equals("script")) {
                if (e.hasAttr("src")) {
                    assertTrue(OWN_SCRIPT.matcher(e.attr("src")).find() && e.attr("src").startsWith("/"),
                            () -> e + " in " + where);
                    assertTrue(e.data().isBlank(), where);
                } else {
                    assertEquals("application/ld+json", e.attr("type"), () -> e + " in " + where);
                    String data = e.data();
                    assertFalse(data.contains("</") || data.contains("<!--"), "structured data could close its element: " + where);
                    try {
                        JSON.readTree(data);
                    } catch (IOException x) {
                        fail("structured data is not JSON in " + where + ": " + x.getMessage());
                    }
                }
            }
            if (tag.equals("meta")) {
                assertFalse(e.attr("http-equiv").equalsIgnoreCase("refresh"), where);
            }
            if (tag.equals("form")) {
                assertTrue(!e.hasAttr("action") || e.attr("action").startsWith("/"), () -> e + " in " + where);
            }
            if (tag.equals("link")) {
                assertTrue(e.attr("href").startsWith("/") || e.attr("href").startsWith("https://"), where);
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), () -> "handler " + a + " in " + where);
                assertFalse(key.equals("style"), () -> "inline style " + a + " in " + where);
                if (URL_ATTRIBUTES.contains(key)) {
                    assertSafeUrl(a.getValue(), tag, a + " in " + where);
                }
            }
        }
    }

    static void assertSafeUrl(String value, String tag, String where) {
        String v = value.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        if (v.startsWith("data:")) {
            assertTrue(tag.equals("img") && v.startsWith("data:image/"), where);
            return;
        }
        assertTrue(v.isEmpty() || v.matches("(https?:|mailto:|tel:|webcal:|/|#|\\?).*")
                || !v.contains(":") || v.indexOf(':') > v.indexOf('/') && v.indexOf('/') >= 0, where);
    }

    /** An Atom feed or a sitemap: well-formed XML; the HTML inside a feed entry is inert too. */
    static void assertFeed(String xml, String where) {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
            org.w3c.dom.NodeList all = doc.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                org.w3c.dom.Element el = (org.w3c.dom.Element) all.item(i);
                if ("html".equals(el.getAttribute("type"))) {
                    assertInert(Jsoup.parseBodyFragment(el.getTextContent()), where + " <" + el.getLocalName() + ">");
                }
                if (el.hasAttribute("href")) {
                    assertSafeUrl(el.getAttribute("href"), "a", where);
                }
            }
        } catch (Exception e) {
            fail("not well-formed XML: " + where + ": " + e.getMessage());
        }
    }

    static void assertCalendar(String ics, String where) {
        try {
            new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            fail("calendar does not parse: " + where + ": " + e.getMessage());
        }
        for (String line : ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
            if (line.startsWith("URL") || line.startsWith("ORGANIZER") || line.startsWith("ATTACH")) {
                int colon = 0;
                for (boolean quoted = false; colon < line.length(); colon++) {
                    char c = line.charAt(colon);
                    quoted ^= c == '"';
                    if (c == ':' && !quoted) {
                        break;
                    }
                }
                String value = line.substring(colon + 1).toLowerCase(Locale.ROOT);
                assertTrue(value.startsWith("https:") || value.startsWith("http:"), line + " in " + where);
            }
        }
    }

    /** A spreadsheet opening the file runs no formula: text starting with = + - @ is guarded. */
    static void assertSpreadsheetSafe(String csv, String where) throws IOException {
        String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        for (CSVRecord row : CSVFormat.RFC4180.parse(new StringReader(body))) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0,
                        () -> "formula " + cell + " in " + where);
                assertFalse(cell.startsWith("-") && !cell.matches("-[0-9.]+"), () -> cell + " in " + where);
            }
        }
    }

    // ------------------------------------------------------------------ the sources


    private static List<SourceText> sources(Path site) throws IOException {
        List<SourceText> out = new ArrayList<>();
        for (String dir : List.of("data", "content")) {
            try (Stream<Path> files = Files.walk(site.resolve(dir))) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".yaml") && !name.equals("dictionary.yaml") || name.endsWith(".md")) {
                        out.add(new SourceText(site, p));
                    }
                }
            }
        }
        return out;
    }

    /**
     * One source file, its YAML (or front matter) rewritten as JSON, which is YAML too, with one
     * value per line, so that a diagnostic's line names the value it is about.
     */
    static final class SourceText {
        final Path file;
        final String relative;
        final boolean markdown;
        final JsonNode original;
        final String body;
        JsonNode current;
        final Map<Integer, JsonPointer> injected = new HashMap<>();
        int refused;
        String payload;

        SourceText(Path site, Path file) throws IOException {
            this.file = file;
            this.relative = site.relativize(file).toString().replace('\\', '/');
            this.markdown = relative.endsWith(".md");
            String text = Files.readString(file);
            if (markdown) {
                int end = text.indexOf("\n---", 4);
                original = YAML.readTree(text.substring(4, end + 1));
                body = text.substring(text.indexOf('\n', end + 1) + 1);
            } else {
                original = YAML.readTree(text);
                body = null;
            }
            current = original.deepCopy();
        }

        void inject(String payload) {
            this.payload = payload;
            replaceText(current);
        }

        private void replaceText(JsonNode node) {
            if (node instanceof ObjectNode o) {
                for (Map.Entry<String, JsonNode> f : o.properties()) {
                    if (f.getValue().isTextual() && free(f.getValue().asText())) {
                        f.setValue(TextNode.valueOf(payload));
                    } else {
                        replaceText(f.getValue());
                    }
                }
            } else if (node instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i).isTextual() && free(a.get(i).asText())) {
                        a.set(i, TextNode.valueOf(payload));
                    } else {
                        replaceText(a.get(i));
                    }
                }
            }
        }

        /** Values written as dates, times or numbers are left as they are; all others take the payload. */
        private static boolean free(String value) {
            return !value.matches("\\d{4}-\\d{2}(-\\d{2})?|\\d{1,2}:\\d{2}|[0-9.,]+");
        }

        /** Gives back the original value on a line a check refused; false when no value of it is there. */
        boolean refuse(int line) {
            JsonPointer at = injected.get(line);
            if (at == null) {
                return false;
            }
            JsonNode parent = current.at(at.head());
            JsonNode value = original.at(at);
            if (parent instanceof ObjectNode o) {
                o.set(at.last().getMatchingProperty(), value);
            } else if (parent instanceof ArrayNode a) {
                a.set(at.last().getMatchingIndex(), value);
            }
            injected.remove(line);
            refused++;
            return true;
        }

        /** The file as it was. */
        void restore() {
            refused += injected.size();
            injected.clear();
            current = original.deepCopy();
        }

        void write() {
            try {
                DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
                String json = JSON.writer(printer).writeValueAsString(current);
                int firstLine = markdown ? 2 : 1;
                injected.clear();
                try (JsonParser p = JSON.createParser(json)) {
                    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                        if (t == JsonToken.VALUE_STRING && payload != null && payload.equals(p.getText())) {
                            injected.put(p.currentTokenLocation().getLineNr() - 1 + firstLine,
                                    p.getParsingContext().pathAsPointer());
                        }
                    }
                }
                String text = markdown
                        ? "---\n" + json + "\n---\n" + body + (payload == null ? "" : "\n\n## " + payload + "\n\n" + payload + "\n")
                        : json + "\n";
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Map<String, byte[]> outputs(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
