package org.tsunagu.browser;

import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test class that uses the demo site in headless Chromium: the site, built once for all the
 * classes, and a browser of the class's own, started before its tests and closed after them.
 * Every test is skipped (or fails, in CI) when there is no browser, and says why.
 */
abstract class DemoSiteBrowserTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    static DemoSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        if (Chromium.installed()) {
            site = DemoSite.shared();
            browser = Chromium.start(true);
        }
    }

    @BeforeEach
    void browserOrSkip() {
        Chromium.requireOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /**
     * Opens a page and waits until it has loaded with its pictures (those not left to load when
     * scrolled to) and, on the search page with a query, until the first results show.
     */
    static void load(ChromeDriver driver, String path) {
        driver.get(site.url(path));
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && [...document.images].every((i) => i.complete || i.loading === 'lazy')"
                        + " && (!document.getElementById('search-results')"
                        + "     || !new URLSearchParams(location.search).get('q')"
                        + "     || document.querySelectorAll('#search-results > li').length > 0);")));
    }

    /** Presses Tab until the focused element is the one wanted, at most {@code most} times. */
    static WebElement tabTo(Predicate<WebElement> wanted, int most) {
        for (int i = 0; i < most; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("not reached with " + most + " presses of Tab");
    }
}
