package org.tsunagu.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium as the distribution installs it ({@code chromium} and {@code chromium-driver}),
 * started with both paths given so that nothing is looked up or downloaded.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    // The tests use WebDriver only, not the DevTools protocol, whose versions Selenium looks for
    // and warns about when the browser is newer than the ones it knows.
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS.setLevel(Level.SEVERE);
    }

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /**
     * Aborts the test when the browser or its driver is missing, or fails it when the environment
     * asks for every test to run ({@code TSUNAGU_REQUIRE_BROWSER=1}, as in CI).
     */
    static void requireOrSkip() {
        if (installed()) {
            return;
        }
        String message = "The browser tests need " + BROWSER + " and " + DRIVER
                + ": install chromium and chromium-driver";
        if ("1".equals(System.getenv("TSUNAGU_REQUIRE_BROWSER"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
    }

    /** A new headless browser in Japanese, with JavaScript on or off. */
    static ChromeDriver start(boolean javascript) {
        requireOrSkip();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=ja",
                "--window-size=1280,900", "--disable-gpu", "--no-first-run", "--disable-extensions");
        Map<String, Object> prefs = new LinkedHashMap<>();
        prefs.put("intl.accept_languages", "ja");
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("LANGUAGE", "ja"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }
}
