package org.tsunagu.cards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.testing.TestSite;

/**
 * The printed cards of the groups and the QR codes of group and event pages, read back as a
 * person (and a phone camera) would: what the sheet says, what it must never say, and where
 * its QR code leads.
 */
class GroupCardsTest {

    private static final String BASE = "https://center.example.jp";

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir)
                .group("kawazukuri", "川づくり・清瀬の会", "かわづくり・きよせのかい", """
                        activity:
                          days: 毎月第2土曜
                          time: 9:00〜12:00
                          place: 柳瀬川（金山緑地公園付近）
                        recruiting:
                          open: true
                          wanted: 川が好きな方ならどなたでも。
                        contact:
                          person: 事務局 佐藤
                          phone: 042-111-2233
                          email: kawa@example.jp
                          address: 清瀬市下宿9-9-9
                          public: [person, email]
                        """)
                .group("shizuka", "しずかの会", "しずかのかい", """
                        recruiting:
                          open: false
                        contact:
                          phone: 042-999-8877
                        """)
                .write("data/events/kawa-seisou.yaml", """
                        title: 川の清掃
                        kana: かわのせいそう
                        organiser: kawazukuri
                        date: 2026-12-12
                        start: "9:00"
                        end: "12:00"
                        """);
    }

    @Test
    void theCardShowsTheGroupAndOnlyItsPublicContact() {
        TestSite s = site();
        s.buildOk();
        for (String url : List.of("/groups/kawazukuri/card/", "/groups/kawazukuri/card/a5/")) {
            Document card = s.page(url);
            assertEquals("ja", card.selectFirst("html").attr("lang"));
            assertEquals("川づくり・清瀬の会", card.selectFirst("h1").text(), url);
            assertTrue(card.selectFirst(".card-kana").text().contains("かわづくり・きよせのかい"));
            assertEquals("川づくり・清瀬の会の紹介です。", card.selectFirst(".card-summary").text());
            assertTrue(card.text().contains("毎月第2土曜") && card.text().contains("9:00〜12:00")
                    && card.text().contains("柳瀬川（金山緑地公園付近）"), card.text());
            assertEquals("会員募集中", card.selectFirst(".card-status").text());
            assertTrue(card.selectFirst(".card-wanted").text().contains("川が好きな方ならどなたでも。"));
            assertTrue(card.text().contains("事務局 佐藤"));
            assertEquals("kawa@example.jp", TestSite.email(card.selectFirst(".card-email .email")));
            // The phone number and the postal address were not marked public: nowhere in the file.
            String html = new String(s.files().get(url.substring(1) + "index.html"), StandardCharsets.UTF_8);
            assertFalse(html.contains("042-111-2233") || html.contains("0421112233"), url);
            assertFalse(html.contains("清瀬市下宿9-9-9"), url);

            assertEquals(BASE + "/groups/kawazukuri/", card.selectFirst(".card-url").text());
            Element qr = card.selectFirst(".card-qr img");
            assertEquals("/groups/kawazukuri/qr.svg", qr.attr("src"));
            assertEquals("川づくり・清瀬の会のページのQRコード", qr.attr("alt"));
            // The centre closes the sheet; the site's header, menu and footer are not there.
            assertTrue(card.selectFirst(".card-footer").text().contains("テスト市民活動センター"));
            assertTrue(card.selectFirst(".card-footer").text().contains("042-000-0000"));
            assertTrue(card.select(".site-header, .site-nav, .site-footer, nav").isEmpty(), url);
            assertEquals("/assets/css/card.css", card.selectFirst("link[rel=stylesheet]").attr("href"));
            assertEquals("/groups/kawazukuri/", card.selectFirst(".card-tools a").attr("href"));
        }
        assertTrue(s.page("/groups/kawazukuri/card/").body().hasClass("paper-a4"));
        assertTrue(s.page("/groups/kawazukuri/card/a5/").body().hasClass("paper-a5"));
        assertTrue(s.exists("assets/css/card.css"));
    }

    @Test
    void aGroupWithNothingPublicIsReachedThroughTheCentre() {
        TestSite s = site();
        s.buildOk();
        Document card = s.page("/groups/shizuka/card/");
        assertEquals("いまは募集していません", card.selectFirst(".card-status").text());
        assertNull(card.selectFirst(".card-wanted"));
        assertTrue(card.selectFirst("#card-contact").parent().text().contains("テスト市民活動センターがおつなぎします"));
        assertFalse(s.allText().contains("042-999-8877"), "a private phone is nowhere on the site");
    }

    @Test
    void groupAndEventPagesLinkTheCardsAndPrintTheirQrCode() {
        TestSite s = site();
        s.buildOk();
        Document group = s.page("/groups/kawazukuri/");
        assertEquals("/groups/kawazukuri/card/", group.selectFirst("a:contains(印刷用カード（A4）)").attr("href"));
        assertEquals("/groups/kawazukuri/card/a5/", group.selectFirst("a:contains(（A5）)").attr("href"));
        assertEquals("/groups/kawazukuri/qr.svg", group.selectFirst(".print-qr img").attr("src"));
        assertEquals(BASE + "/groups/kawazukuri/", group.selectFirst(".print-qr-url").text());

        Document event = s.page("/events/kawa-seisou/");
        assertEquals("/events/kawa-seisou/qr.svg", event.selectFirst(".print-qr img").attr("src"));
        assertEquals(BASE + "/events/kawa-seisou/", event.selectFirst(".print-qr-url").text());
    }

    @Test
    void theCardsAreNotInTheSitemap() {
        TestSite s = site();
        s.buildOk();
        String sitemap = new String(s.files().get("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains(BASE + "/groups/kawazukuri/</loc>"), sitemap);
        assertFalse(sitemap.contains("/card/"), sitemap);
        assertEquals("noindex", s.page("/groups/kawazukuri/card/").selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void theQrCodesLeadToTheirPages() {
        TestSite s = site();
        s.buildOk();
        Map<String, byte[]> files = s.files();
        assertEquals(BASE + "/groups/kawazukuri/", decode(files.get("groups/kawazukuri/qr.svg")));
        assertEquals(BASE + "/groups/shizuka/", decode(files.get("groups/shizuka/qr.svg")));
        assertEquals(BASE + "/events/kawa-seisou/", decode(files.get("events/kawa-seisou/qr.svg")));

        Document svg = Jsoup.parse(new String(files.get("groups/kawazukuri/qr.svg"), StandardCharsets.UTF_8), "",
                Parser.xmlParser());
        Element root = svg.selectFirst("svg");
        assertEquals("img", root.attr("role"));
        assertEquals("crispEdges", root.attr("shape-rendering"));
        int side = side(svg);
        assertEquals("0 0 " + side + " " + side, root.attr("viewBox"));
        assertEquals(0, (side - 2 * QrCode.QUIET_ZONE - 17) % 4, "a QR code of 17 + 4n modules and the quiet zone");
        assertEquals(1, svg.select("path").size());
        assertEquals("川づくり・清瀬の会のページのQRコード（" + BASE + "/groups/kawazukuri/）",
                svg.selectFirst("title").text());
    }

    @Test
    void theQrCodeIsTheSameOnEveryBuild() {
        TestSite s = site();
        s.buildOk();
        Map<String, byte[]> first = s.files();
        s.buildOk();
        Map<String, byte[]> second = s.files();
        for (String path : List.of("groups/kawazukuri/qr.svg", "groups/shizuka/qr.svg", "events/kawa-seisou/qr.svg")) {
            assertNotNull(first.get(path), path);
            assertArrayEquals(first.get(path), second.get(path), path);
        }
        assertEquals(QrCode.of(BASE + "/x/").svg("t"), QrCode.of(BASE + "/x/").svg("t"));
    }

    @Test
    void markupInANameIsTextInTheSvg() {
        String svg = QrCode.of("https://example.jp/").svg("<script>&\"'");
        assertTrue(svg.contains("<title>&lt;script&gt;&amp;&quot;&#39;</title>"), svg);
        assertEquals("https://example.jp/", decode(svg.getBytes(StandardCharsets.UTF_8)));
        String japanese = "https://例え.jp/団体/";
        assertEquals(japanese, decode(QrCode.of(japanese).svgBytes("t")));
    }

    /** Modules on a side of the SVG's square view box, quiet zone included. */
    private static int side(Document svg) {
        String[] box = svg.selectFirst("svg").attr("viewBox").split(" ");
        assertEquals(4, box.length);
        assertEquals("0", box[0]);
        assertEquals("0", box[1]);
        assertEquals(box[2], box[3], "square");
        return Integer.parseInt(box[2]);
    }

    // ---- reading a QR code back from its SVG, as a camera would

    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int SCALE = 4;

    /**
     * Draws the SVG's module runs into an image, 4 pixels a module, the quiet zone included as
     * the view box has it, and decodes it with ZXing.
     */
    private static String decode(byte[] svgBytes) {
        Document svg = Jsoup.parse(new String(svgBytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
        int side = side(svg);
        String d = svg.selectFirst("path").attr("d");
        BufferedImage image = new BufferedImage(side * SCALE, side * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        Matcher m = RUN.matcher(d);
        int end = 0;
        int squares = 0;
        while (m.find()) {
            assertEquals(end, m.start(), "the path is nothing but module runs: " + d.substring(end, m.start()));
            assertEquals(m.group(3), m.group(4), "a run goes back as far as it went");
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            int run = Integer.parseInt(m.group(3));
            assertTrue(x >= QrCode.QUIET_ZONE && y >= QrCode.QUIET_ZONE
                    && x + run <= side - QrCode.QUIET_ZONE && y < side - QrCode.QUIET_ZONE, "inside the quiet zone");
            g.fillRect(x * SCALE, y * SCALE, run * SCALE, SCALE);
            squares += run;
            end = m.end();
        }
        g.dispose();
        assertEquals(d.length(), end, "the path ends with a run");
        assertTrue(squares > 0);
        try {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            Result result = new MultiFormatReader().decode(bitmap,
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
            assertEquals("M", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL),
                    "error correction level M");
            return result.getText();
        } catch (com.google.zxing.NotFoundException e) {
            throw new AssertionError("no QR code found in the image", e);
        }
    }
}
