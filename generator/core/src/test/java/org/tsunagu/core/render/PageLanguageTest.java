package org.tsunagu.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tsunagu.search.Readings;

class PageLanguageTest {

    private static final Readings READINGS = Readings.of(java.util.Map.of("柳瀬川", "やなせがわ"));

    private static String body(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    @Test
    void kanaWrittenInAWordStandOutsideItsReading() {
        String out = body(PageLanguage.addFurigana("<p>お手伝いを探す</p>", READINGS));
        assertEquals("<p>お<ruby>手伝<rt aria-hidden=\"true\">てつだ</rt></ruby>いを"
                + "<ruby>探<rt aria-hidden=\"true\">さが</rt></ruby>す</p>", out);
    }

    @Test
    void theSiteDictionaryGivesLocalNamesTheirReading() {
        String out = body(PageLanguage.addFurigana("<p>柳瀬川の清掃</p>", READINGS));
        assertEquals("<p><ruby>柳瀬川<rt aria-hidden=\"true\">やなせがわ</rt></ruby>の"
                + "<ruby>清掃<rt aria-hidden=\"true\">せいそう</rt></ruby></p>", out);
    }

    @Test
    void codeReadingsHiddenTextAndOtherLanguagesAreLeftAlone() {
        String html = "<p><code>漢字</code><span class=\"kana\">かんじ</span><span class=\"visually-hidden\">読み</span>"
                + "<span lang=\"en\">Kanji 漢字</span><ruby>川<rt>かわ</rt></ruby></p>";
        assertEquals(body(html), body(PageLanguage.addFurigana(html, READINGS)));
    }

    @Test
    void englishPagesMarkJapaneseTextWhereItStands() {
        String out = body(PageLanguage.markJapanese(
                "<h1>川づくり・清瀬の会</h1><p>Area: <a href=\"/x/\">下宿</a></p><p>Reading: かわ</p><p>Open</p>"));
        assertEquals("<h1 lang=\"ja\">川づくり・清瀬の会</h1><p>Area: <a href=\"/x/\" lang=\"ja\">下宿</a></p>"
                + "<p>Reading: <span lang=\"ja\">かわ</span></p><p>Open</p>", out);
    }
}
