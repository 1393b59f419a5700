package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The Tab key alone, from the top of the page: it reaches every link and control in the order
 * they stand on the page, each shows a visible focus ring, and none is hidden when focused.
 */
class KeyboardTest extends DemoSiteBrowserTest {

    /**
     * Every element that can take the focus from the keyboard, visible, in document order. A group
     * of radio buttons is one stop (the arrow keys move inside it): its checked button.
     */
    private static final String FOCUSABLE = """
            const all = [...document.querySelectorAll(
              'a[href], button, input, select, textarea, summary, [tabindex]')];
            return all.filter((e) => !e.disabled && e.tabIndex >= 0
                && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
                || e.classList.contains('skip-link'))
              .filter((e) => e.type !== 'radio' || e.checked || ![...document.getElementsByName(e.name)]
                .some((r) => r.checked) && document.getElementsByName(e.name)[0] === e)
              .map((e) => describe(e));
            function describe(e) {
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "'
                + (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().slice(0, 30) + '"'
                + (e.getAttribute('href') ? ' ' + e.getAttribute('href') : '');
            }
            """;

    /** The focused element, how its focus shows, and whether it can be seen whole. */
    private static final String FOCUSED = """
            const e = document.activeElement;
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
            const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
            const top = document.elementFromPoint(x, y);
            return {
              what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "'
                + (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().slice(0, 30) + '"'
                + (e.getAttribute('href') ? ' ' + e.getAttribute('href') : ''),
              ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)
                || (s.boxShadow && s.boxShadow !== 'none'),
              inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
              uncovered: top !== null && (top === e || e.contains(top) || top.contains(e)),
            };
            """;

    @BeforeEach
    void desktopWidth() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theHomePage() {
        tabThrough("/", 25);
    }

    @Test
    void theMonthCalendar() {
        tabThrough("/calendar/2026/11/", 25);
    }

    @Test
    void theSearchPageWithResults() {
        tabThrough("/search/?q=%E5%B7%9D", 15);
    }

    @Test
    void theHomePageOnAPhone() {
        browser.manage().window().setSize(new Dimension(360, 800));
        tabThrough("/", 25);
    }

    /** Presses Tab until the focus has passed every element, and checks each stop. */
    private static void tabThrough(String path, int atLeast) {
        load(browser, path);
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) browser.executeScript(FOCUSABLE);
        assertTrue(expected.size() >= atLeast, path + " has " + expected.size() + " stops: " + expected);

        List<String> reached = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) browser.executeScript(FOCUSED);
            String what = (String) f.get("what");
            reached.add(what);
            if (!Boolean.TRUE.equals(f.get("ring"))) {
                problems.add("no visible focus on " + what);
            }
            if (!Boolean.TRUE.equals(f.get("inView")) || !Boolean.TRUE.equals(f.get("uncovered"))) {
                problems.add("focused but hidden: " + what);
            }
        }
        System.out.printf("Tab on %s (%d px wide): %d stops, %d problems%n", path,
                browser.manage().window().getSize().getWidth(), reached.size(), problems.size());
        assertEquals(expected, reached, path + ": the Tab order is the order of the page");
        assertEquals(List.of(), problems, path);
    }
}
