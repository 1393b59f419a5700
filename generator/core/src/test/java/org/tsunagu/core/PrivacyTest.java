package org.tsunagu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.testing.TestSite;

/**
 * What a group did not mark public never leaves the repository, and the addresses it did mark
 * public are never written out whole, in any file of the site: pages in both languages, feeds,
 * calendars, the search index, open data, structured data, the sitemap, QR codes.
 */
class PrivacyTest {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+");
    private static final Pattern CONTACT = Pattern.compile("(?m)^contact:\\n(  .*\\n)*");

    @TempDir
    Path dir;

    @Test
    void contactDetailsNotMarkedPublicAppearInNoFile() throws IOException {
        TestSite.copyDemo(dir);
        List<String> secrets = new ArrayList<>();
        int n = 0;
        try (Stream<Path> groups = Files.list(dir.resolve("data/groups"))) {
            for (Path g : groups.sorted().toList()) {
                n++;
                String person = "秘密の担当者" + n + "号";
                String phone = String.format("03-9%03d-%04d", n, 7000 + n);
                String email = "hidden" + n + "@private.example.org";
                String address = "清瀬市秘密町" + n + "丁目" + n + "番";
                secrets.addAll(List.of(person, phone, phone.replace("-", ""), "+81" + phone.replace("-", "").substring(1),
                        email, address));
                String yaml = Files.readString(g);
                String contact = "contact:\n  person: " + person + "\n  phone: " + phone + "\n  email: " + email
                        + "\n  address: " + address + "\n  public: []\n";
                Matcher m = CONTACT.matcher(yaml);
                yaml = m.find() ? m.replaceFirst(Matcher.quoteReplacement(contact)) : yaml + contact;
                Files.writeString(g, yaml);
            }
        }
        BuildResult r = Pipeline.build(options(dir));
        assertTrue(r.written(), r.diagnostics()::toString);
        Map<String, String> out = readable(dir.resolve("out"));
        assertTrue(out.keySet().containsAll(Set.of("sitemap.xml", "feed.xml", "opendata/groups.csv",
                "opendata/groups.json", "events/events.ics", "en/groups/kawazukuri-kiyose/index.html",
                "groups/kawazukuri-kiyose/card/index.html")), out.keySet()::toString);
        assertTrue(out.keySet().containsAll(Set.of("search/index.bin", "search/d/0.bin", "search/r/0.bin")));
        int checks = 0;
        for (Map.Entry<String, String> f : out.entrySet()) {
            for (String secret : secrets) {
                checks++;
                assertTrue(!f.getValue().contains(secret), () -> secret + " in " + f.getKey());
            }
        }
        assertEquals(n * 6L * out.size(), checks);
        assertTrue(n >= 20, n + " groups");
    }

    @Test
    void publishedEmailAddressesAreNeverWrittenOutWhole() throws IOException {
        TestSite.copyDemo(dir);
        BuildResult r = Pipeline.build(options(dir));
        assertTrue(r.written(), r.diagnostics()::toString);
        Map<String, String> out = readable(dir.resolve("out"));
        Set<String> found = new TreeSet<>();
        for (Map.Entry<String, String> f : out.entrySet()) {
            if (f.getKey().startsWith("files/")) {
                continue; // documents the centre attaches (a printed edition's PDF) go out as they are
            }
            // A calendar entry's UID is written like an address (slug@host), as RFC 5545 advises;
            // it is no one's mailbox.
            String text = f.getKey().endsWith(".ics") ? f.getValue().replaceAll("(?m)^UID:.*$", "") : f.getValue();
            Matcher m = EMAIL.matcher(text);
            while (m.find()) {
                found.add(m.group() + " in " + f.getKey() + ": "
                        + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 20)));
            }
        }
        assertEquals(Set.of(), found);

        // They are published all the same: each page holds them in the coded form its script reads.
        Set<String> shown = new TreeSet<>();
        for (Map.Entry<String, String> f : out.entrySet()) {
            if (f.getKey().endsWith(".html")) {
                for (Element e : Jsoup.parse(f.getValue()).select(".email[data-mail]")) {
                    shown.add(TestSite.email(e));
                }
            }
        }
        assertTrue(shown.containsAll(Set.of("center@example.jp", "kawazukuri@example.jp")), shown::toString);
        Document group = Jsoup.parse(out.get("groups/kawazukuri-kiyose/index.html"));
        assertEquals("kawazukuri（アットマーク）example.jp", group.selectFirst("#contact ~ dl .email").text());
        Document english = Jsoup.parse(out.get("en/groups/kawazukuri-kiyose/index.html"));
        assertEquals("kawazukuri (at) example.jp", english.selectFirst("#contact ~ dl .email").text());
    }

    private static BuildOptions options(Path site) {
        return BuildOptions.of(site, site.resolve("out")).withBuildDate(TestSite.BUILD_DATE)
                .withLocale(java.util.Locale.JAPANESE);
    }

    /**
     * Every output file as a harvesting program could read it: the text, with character
     * references resolved, JSON strings read, percent-encoding decoded and full-width letters
     * made ordinary (NFKC), each form added to the others.
     */
    private static Map<String, String> readable(Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(p).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(p);
                if (bytes.length > 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b) {
                    // The search index: compressed; what the search page reads after unpacking it.
                    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                        bytes = in.readAllBytes();
                    }
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                StringBuilder forms = new StringBuilder(text).append('\n').append(Parser.unescapeEntities(text, false));
                if (text.startsWith("{") || text.startsWith("[")) {
                    strings(json.readTree(text), forms);
                }
                try {
                    forms.append('\n').append(URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // text with a lone % is not percent-encoded
                }
                String all2 = forms.toString();
                files.put(name, all2 + "\n" + Normalizer.normalize(all2, Normalizer.Form.NFKC));
            }
        }
        return files;
    }

    private static void strings(JsonNode node, StringBuilder into) {
        if (node.isTextual()) {
            into.append('\n').append(node.asText());
        }
        node.forEach(child -> strings(child, into));
        node.fieldNames().forEachRemaining(k -> into.append('\n').append(k));
    }

}
