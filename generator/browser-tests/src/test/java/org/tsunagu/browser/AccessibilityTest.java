package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 rules (levels A and AA, which include JIS X 8341-3:2016 AA) on
 * one page of every type of the demo site, at a desktop width and at 320 CSS pixels, and every
 * page's requests kept to the site's own address.
 */
class AccessibilityTest extends DemoSiteBrowserTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** One page of every type: the address, and what to wait for before the scan. */
    static final List<String> PAGES = List.of(
            "/",
            "/groups/",
            "/categories/children/",
            "/areas/kiyoto/",
            "/groups/kawazukuri-kiyose/",
            "/groups/kawazukuri-kiyose/card/",
            "/events/",
            "/events/aki-no-machiaruki-2026/",
            "/calendar/",
            "/calendar/2026/11/",
            "/digest/2026-11/",
            "/grants/",
            "/grants/chiiki-fukushi-katsudou/",
            "/opportunities/",
            "/opportunities/kurashi-kouenkai-uketsuke/",
            "/newsletters/",
            "/newsletters/2026-11/",
            "/news/",
            "/about/",
            "/opendata/",
            "/forms/",
            "/forms/group/?edit=kawazukuri-kiyose",
            "/forms/event/",
            "/forms/opportunity/",
            "/search/?q=%E3%81%B5%E3%81%8F%E3%81%97",
            "/no-such-page/",
            "/en/",
            "/en/groups/",
            "/en/groups/kawazukuri-kiyose/",
            "/en/events/aki-no-machiaruki-2026/",
            "/en/calendar/2026/11/",
            "/en/grants/chiiki-fukushi-katsudou/",
            "/en/opportunities/kurashi-kouenkai-uketsuke/",
            "/en/newsletters/2026-11/",
            "/en/forms/group/",
            "/en/search/?q=%E3%81%B5%E3%81%8F%E3%81%97");

    @Test
    void everyPageTypeHasNoViolationsAtDesktopWidth() {
        scanAll(new Dimension(1280, 900), "1280 px");
    }

    @Test
    void everyPageTypeHasNoViolationsWithFuriganaShown() {
        load(browser, "/");
        browser.executeScript("localStorage.setItem('furigana', 'on');");
        try {
            scanAll(new Dimension(1280, 900), "1280 px with furigana");
        } finally {
            browser.executeScript("localStorage.removeItem('furigana');");
        }
    }

    @Test
    void everyPageTypeHasNoViolationsAt320Pixels() {
        scanAll(new Dimension(320, 800), "320 px");
    }

    /**
     * Reflow (1.4.10) and text spacing (1.4.12): at 320 CSS pixels, also with the spacing that
     * criterion names forced on every element, nothing needs a horizontal scroll; and the body
     * text is at least 16 px with a line height of about 1.7.
     */
    @Test
    void everyPageTypeReflowsAt320PixelsWithWideTextSpacing() {
        browser.manage().window().setSize(new Dimension(320, 800));
        List<String> problems = new ArrayList<>();
        for (String page : PAGES) {
            load(browser, page);
            Number font = (Number) browser.executeScript(
                    "return parseFloat(getComputedStyle(document.body).fontSize);");
            Number line = (Number) browser.executeScript(
                    "const s = getComputedStyle(document.body); return parseFloat(s.lineHeight) / parseFloat(s.fontSize);");
            if (font.doubleValue() < 16 || line.doubleValue() < 1.6 || line.doubleValue() > 1.8) {
                problems.add(page + ": body text " + font + " px, line height " + line);
            }
            for (boolean spaced : new boolean[] {false, true}) {
                if (spaced) {
                    browser.executeScript("""
                            const s = document.createElement('style');
                            s.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
                              + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
                            document.head.append(s);""");
                }
                Number width = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth;");
                Number view = (Number) browser.executeScript("return document.documentElement.clientWidth;");
                if (width.intValue() > view.intValue()) {
                    @SuppressWarnings("unchecked")
                    List<String> wide = (List<String>) browser.executeScript("""
                            const w = document.documentElement.clientWidth;
                            return [...document.querySelectorAll('body *')]
                              .filter((e) => e.getBoundingClientRect().right > w + 1)
                              .slice(0, 5).map((e) => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 30));""");
                    problems.add(page + (spaced ? " with wide text spacing" : "") + ": " + width + " px wide in "
                            + view + ": " + wide);
                }
            }
        }
        System.out.printf("reflow at 320 px: %d pages, %d problems%n", PAGES.size(), problems.size());
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void noPageAsksAnotherSiteForAnything() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 900));
        List<String> pages = site.htmlFiles().stream()
                .map(p -> "/" + p.toString().replace('\\', '/'))
                .map(p -> p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                .toList();
        String origin = site.url("");
        List<String> foreign = new ArrayList<>();
        int requests = 0;
        for (String page : pages) {
            load(browser, page);
            @SuppressWarnings("unchecked")
            List<String> urls = (List<String>) browser.executeScript(
                    "return performance.getEntriesByType('resource').map((e) => e.name);");
            requests += urls.size() + 1;
            for (String url : urls) {
                if (!url.startsWith(origin + "/")) {
                    foreign.add(page + " → " + url);
                }
            }
        }
        System.out.printf("%d pages loaded, %d requests, %d to another address%n", pages.size(), requests,
                foreign.size());
        assertTrue(pages.size() > 300, "every page: " + pages.size());
        assertEquals(List.of(), foreign);
    }

    // ---- scanning

    static void scanAll(Dimension size, String label) {
        browser.manage().window().setSize(size);
        List<String> problems = new ArrayList<>();
        int rules = 0;
        for (String page : PAGES) {
            load(browser, page);
            if (label.contains("furigana") && !page.startsWith("/en/")) {
                assertTrue(Boolean.TRUE.equals(browser.executeScript(
                        "const rt = document.querySelector('main rt');"
                                + " return !rt || rt.getBoundingClientRect().height > 0;")), page + ": readings shown");
            }
            Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
            assertTrue(results.getErrorMessage() == null, page + ": " + results.getErrorMessage());
            rules = Math.max(rules, results.getPasses().size() + results.getViolations().size()
                    + results.getIncomplete().size() + results.getInapplicable().size());
            for (Rule rule : results.getViolations()) {
                for (CheckedNode node : rule.getNodes()) {
                    problems.add(page + " [" + rule.getId() + "] " + rule.getHelp() + ": " + node.getTarget() + " "
                            + abbreviate(node.getHtml()));
                }
            }
        }
        System.out.printf("axe-core at %s: %d pages, %d rules, %d violations%n", label, PAGES.size(), rules,
                problems.size());
        assertEquals("", String.join("\n", problems), "axe-core at " + label);
    }


    private static String abbreviate(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
