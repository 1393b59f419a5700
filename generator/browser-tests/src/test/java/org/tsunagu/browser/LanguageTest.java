package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * ふりがな and the English interface, as a reader meets them: the readings appear when the box
 * is checked (by keyboard, with or without JavaScript), stay on for the next page, and a screen
 * reader still hears each word once; the English pages speak English, mark Japanese text as
 * Japanese, and lead to each other and back.
 */
class LanguageTest extends DemoSiteBrowserTest {

    private static final String GROUP = "/groups/kawazukuri-kiyose/";

    @BeforeEach
    void furiganaOff() {
        load(browser, "/");
        browser.executeScript("localStorage.clear();");
    }

    @Test
    void furiganaIsShownWhenTheBoxIsCheckedAndStaysOnForTheNextPage() {
        load(browser, GROUP);
        WebElement h1 = browser.findElement(By.tagName("h1"));
        assertEquals("川づくり・清瀬の会", h1.getText(), "no readings until asked for");
        assertEquals(0, shownReadings(browser), "readings hidden");

        WebElement box = tabTo(e -> "furigana".equals(e.getDomAttribute("id")), 15);
        assertFalse(box.isSelected());
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertTrue(box.isSelected());
        assertTrue(shownReadings(browser) > 20, "readings shown: " + shownReadings(browser));
        String heading = h1.getText().replace("\n", "");
        assertTrue(heading.contains("かわ") && heading.contains("きよせ"), "かわ above 川, きよせ above 清瀬: " + heading);

        load(browser, "/groups/");
        assertTrue(browser.findElement(By.id("furigana")).isSelected(), "the choice is kept");
        assertTrue(shownReadings(browser) > 20);
        browser.executeScript("window.scrollTo(0, 0);");
        browser.findElement(By.id("furigana")).click();
        load(browser, GROUP);
        assertEquals(0, shownReadings(browser), "turned off again");
    }

    @Test
    void aScreenReaderHearsEachWordOnceWithFuriganaShown() {
        load(browser, GROUP);
        browser.findElement(By.id("furigana")).click();
        assertTrue(shownReadings(browser) > 20);
        // The accessibility tree Chromium gives to screen readers.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) browser.executeCdpCommand(
                "Accessibility.getFullAXTree", Map.of()).get("nodes");
        List<String> headings = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> n : nodes) {
            String role = value(n.get("role"));
            String name = value(n.get("name"));
            if (Boolean.TRUE.equals(n.get("ignored"))) {
                continue;
            }
            if ("heading".equals(role)) {
                headings.add(name);
            }
            if ("StaticText".equals(role) || "InlineTextBox".equals(role)) {
                texts.add(name);
            }
        }
        assertTrue(headings.contains("川づくり・清瀬の会"), "the heading is read once, without its readings: " + headings);
        for (String reading : List.of("かわ", "きよせ", "すいしつ", "ちょうさ", "やなせがわ")) {
            assertFalse(texts.contains(reading), reading + " is read aloud: " + texts);
        }
        // Chromium already leaves ruby text out of names; other browsers and screen readers read
        // it inline, so every reading is hidden from them too.
        assertEquals(0L, ((Number) browser.executeScript(
                "return document.querySelectorAll('rt:not([aria-hidden=\"true\"])').length;")).longValue());
        String all = String.join("", texts);
        assertTrue(all.contains("柳瀬川") && all.contains("水質") && all.contains("調査"), all);
    }

    @Test
    void furiganaWorksWithoutJavaScriptOnThePage() {
        ChromeDriver plain = Chromium.start(false);
        try {
            load(plain, GROUP);
            assertEquals(0, shownReadings(plain));
            plain.findElement(By.cssSelector("label[for=furigana]")).click();
            assertTrue(shownReadings(plain) > 20, "the style sheet shows them on its own");
        } finally {
            plain.quit();
        }
    }

    @Test
    void theEnglishPagesSpeakEnglishAndMarkJapaneseText() {
        load(browser, GROUP);
        WebElement english = browser.findElement(By.cssSelector("a.lang-switch"));
        assertEquals("English", english.getText());
        assertEquals("en", english.getDomAttribute("lang"));
        english.click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().endsWith("/en" + GROUP));

        assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Find a group", browser.findElement(By.cssSelector(".site-nav a[href='/en/groups/']")).getText());
        WebElement h1 = browser.findElement(By.tagName("h1"));
        assertEquals("川づくり・清瀬の会", h1.getText(), "a name with no English stays as it is");
        assertEquals("ja", lang(h1), "and is marked Japanese");
        assertEquals("Kawazukuri Kiyose River Society", browser.findElement(By.cssSelector(".name-en")).getText());
        assertEquals("en", lang(browser.findElement(By.cssSelector(".summary-en"))));
        assertEquals("ja", lang(browser.findElement(By.cssSelector(".summary"))));
        assertEquals("About the group", browser.findElement(By.id("about")).getText());
        assertEquals("en", lang(browser.findElement(By.id("about"))));

        // Every bit of text with kana or kanji is inside something marked Japanese.
        @SuppressWarnings("unchecked")
        List<String> unmarked = (List<String>) browser.executeScript("""
                const out = [];
                const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let t = walk.nextNode(); t; t = walk.nextNode()) {
                  if (/[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]/u.test(t.data)
                      && t.parentElement.closest('[lang]').getAttribute('lang') !== 'ja') {
                    out.push(t.data.trim());
                  }
                }
                return out;""");
        assertEquals(List.of(), unmarked);

        // The site's own files are shared: the style sheet applies, the links stay in English.
        assertEquals("17px", browser.executeScript("return getComputedStyle(document.body).fontSize;"));
        @SuppressWarnings("unchecked")
        List<String> pages = (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('main a[href^=\"/\"]')].map((a) => a.getAttribute('href'));");
        assertTrue(pages.stream().allMatch(h -> h.startsWith("/en/") || h.endsWith(".ics") || h.endsWith(".svg")
                || h.startsWith("/files/")), pages.toString());

        WebElement japanese = browser.findElement(By.cssSelector("a.lang-switch"));
        assertEquals("日本語", japanese.getText());
        japanese.click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().endsWith(GROUP) && !d.getCurrentUrl().contains("/en/"));
    }

    @Test
    void searchWorksFromTheEnglishPages() {
        load(browser, "/en/search/?q=%E3%81%B5%E3%81%8F%E3%81%97");
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.cssSelector("#search-results > li")).isEmpty());
        WebElement first = browser.findElement(By.cssSelector("#search-results > li a"));
        assertTrue(first.getDomAttribute("href").startsWith("/en/"), first.getDomAttribute("href"));
        assertTrue(browser.findElement(By.id("search-status")).getText().matches("(?s).*\\d+.*"));
    }

    // ----

    private static long shownReadings(ChromeDriver driver) {
        return ((Number) driver.executeScript(
                "return [...document.querySelectorAll('main rt')].filter((r) => r.getBoundingClientRect().height > 0).length;"))
                .longValue();
    }

    private static String lang(WebElement e) {
        return (String) browser.executeScript("return arguments[0].closest('[lang]').getAttribute('lang');", e);
    }

    @SuppressWarnings("unchecked")
    private static String value(Object property) {
        if (property instanceof Map<?, ?> m && m.get("value") != null) {
            return String.valueOf(((Map<String, Object>) m).get("value"));
        }
        return "";
    }
}
