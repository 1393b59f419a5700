package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site search on the built demo site, used in a real browser the way a visitor uses it:
 * with the keyboard, by what the page says, and by the address it shows.
 */
class SiteSearchTest extends DemoSiteBrowserTest {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    @Test
    void headerSearchFromTheHomePageWithTheKeyboard() {
        open("/");
        WebElement box = tabTo(e -> "header-q".equals(e.getDomAttribute("id")), 10);
        keys(box, "ふくし", Keys.ENTER);
        waitFor(d -> "/search/".equals(URI.create(d.getCurrentUrl()).getPath()));
        List<Result> results = awaitResults("ふくし");

        assertEquals("ふくし", param("q"), "the address holds the query");
        assertEquals("ふくし", browser.findElement(By.id("search-q")).getDomProperty("value"));
        assertEquals(10, results.size(), "one page of results");
        Set<String> first = paths(results);
        for (String p : List.of("/groups/yamabiko-fukushikai/", "/groups/komorebi-volunteer-circle/",
                "/grants/chiiki-fukushi-katsudou/")) {
            assertTrue(first.contains(p), p + " on the first page: " + first);
        }
        assertEquals("やまびこ福祉会", results.get(0).title(), "the group with 福祉 in its name comes first");

        WebElement status = browser.findElement(By.id("search-status"));
        assertEquals("status", status.getDomAttribute("role"));
        assertTrue(status.getText().contains("「ふくし」"), status.getText());
        int total = number(status.getText());
        List<Result> all = showAll();
        assertEquals(total, all.size(), "the count announced is the count of results: " + status.getText());

        // Every group whose record speaks of 福祉 (in its name, text or fields), and no other group.
        Set<String> groups = all.stream().filter(r -> r.path().startsWith("/groups/")).map(Result::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(groupsMentioning("福祉"), groups);
        assertTrue(groups.containsAll(List.of("/groups/asagao-keichou/", "/groups/sakura-shokuji-service/",
                "/groups/harmonica-doremi/")), groups.toString());
        assertFalse(groups.contains("/groups/shizen-wo-mamoru/"), groups.toString());
    }

    @Test
    void aWordTypedInHiraganaIsMarkedInTheReading() {
        open("/search/?q=" + encode("ふくし"));
        List<String> marks = awaitResults("ふくし").stream().flatMap(r -> r.marks().stream()).toList();
        assertTrue(marks.contains("ふくし"), "the reading やまびこふくしかい is marked: " + marks);
        WebElement reading = browser.findElement(By.cssSelector("#search-results > li .result-kana"));
        assertEquals("true", reading.getAttribute("aria-hidden"), "screen readers read the title, not the reading twice");
        assertTrue(reading.isDisplayed());
    }

    @Test
    void aWordTypedInKanjiIsMarked() {
        open("/search/?q=" + encode("福祉"));
        List<Result> results = awaitResults("福祉");
        assertEquals(List.of("福祉"), results.get(0).titleMarks(), results.get(0).toString());
        Result komorebi = results.stream().filter(r -> r.path().equals("/groups/komorebi-volunteer-circle/"))
                .findFirst().orElseThrow();
        assertEquals(List.of("福祉", "福祉"), komorebi.marks(), "in its name and in its summary: " + komorebi);
    }

    @Test
    void wordsAreFoundByReadingWidthAndPartOfAName() {
        open("/search/");
        awaitIdle();
        assertTrue(status().contains("探したい言葉"), "the page asks for a word: " + status());

        List<Result> kosodate = search("こそだて");
        assertEquals("/groups/kosodate-hiroba-pokapoka/", kosodate.get(0).path(), "子育てひろば comes first");
        assertTrue(paths(kosodate).containsAll(List.of("/events/papa-to-asobou/",
                "/opportunities/pokapoka-christmas-otetsudai/", "/groups/chiiki-bousai-noshio/")),
                paths(kosodate).toString());
        assertEquals("こそだて", param("q"));

        // Half-width katakana, as some phones and older systems type it.
        List<Result> volunteer = search("ﾎﾞﾗﾝﾃｨｱ");
        assertTrue(number(status()) > 10, status());
        assertTrue(paths(volunteer).containsAll(List.of("/groups/asagao-keichou/", "/groups/roudoku-kodama/",
                "/volunteer/")), paths(volunteer).toString());
        for (Result r : volunteer) {
            assertTrue(r.titleMarks().contains("ボランティア"),
                    "the first page has ボランティア in every title, marked: " + r);
        }

        // The middle of a long name, in kanji and in katakana.
        List<Result> shokuji = search("食事サービス");
        assertEquals("/groups/sakura-shokuji-service/", shokuji.get(0).path());
        assertEquals(List.of("食事サービス"), shokuji.get(0).titleMarks());
        List<Result> foods = search("フーズ");
        assertEquals("/groups/midorino-foods-volunteer/", foods.get(0).path());
        assertEquals(List.of("フーズ"), foods.get(0).titleMarks());

        // Full-width Latin letters find the Zoom workshop, its news and both of its days.
        List<Result> zoom = search("ｚｏｏｍ");
        assertTrue(paths(zoom).containsAll(List.of("/news/2026-10-01-zoom-benkyokai/",
                "/events/zoom-benkyoukai-2026-10-24/", "/events/zoom-benkyoukai-2026-10-28/")),
                paths(zoom).toString());
        assertTrue(zoom.get(0).titleMarks().contains("Zoom"), zoom.get(0).toString());

        List<Result> none = search("ぬゑゐぽ");
        assertEquals(List.of(), none);
        assertTrue(status().contains("「ぬゑゐぽ」に合うものは見つかりませんでした"), status());
        assertFalse(browser.findElement(By.id("search-more")).isDisplayed());
        for (String count : kindCounts().values()) {
            assertEquals("", count, "no counts are left from the search before");
        }
    }

    @Test
    void filtersWithTheKeyboardAndBack() {
        open("/search/?q=" + encode("ふくし"));
        awaitResults("ふくし");
        List<Result> all = showAll();
        int total = all.size();
        Map<String, String> labels = kindLabels();
        Map<String, Integer> counts = numbers(kindCounts());
        assertEquals(total, counts.get(""), "すべて counts every result");
        int sum = 0;
        for (Map.Entry<String, String> kind : labels.entrySet()) {
            long found = all.stream().filter(r -> r.kind().equals(kind.getValue())).count();
            assertEquals(found, (long) counts.get(kind.getKey()), "the count beside " + kind.getValue());
            sum += counts.get(kind.getKey());
        }
        assertEquals(total, sum, "each result is of one kind");
        int groups = counts.get("group");
        assertTrue(groups > 0 && groups < total, counts.toString());

        // Tab to the kinds, then the arrow key moves from すべて to 団体.
        WebElement radio = tabTo(e -> "kind".equals(e.getDomAttribute("name")), 40);
        assertEquals("", radio.getDomAttribute("value"), "すべて is chosen");
        keys(radio, Keys.ARROW_RIGHT);
        waitFor(d -> "group".equals(param("kind")));
        awaitIdle();
        WebElement chosen = browser.switchTo().activeElement();
        assertEquals("group", chosen.getDomAttribute("value"));
        assertTrue(chosen.isSelected());
        assertEquals("ふくし", param("q"));
        List<Result> onlyGroups = showAll();
        assertEquals(groups, onlyGroups.size());
        assertEquals(groups, number(status()), status());
        for (Result r : onlyGroups) {
            assertEquals("団体", r.kind(), r.toString());
            assertTrue(r.path().startsWith("/groups/"), r.toString());
        }
        assertEquals(counts, numbers(kindCounts()), "the counts beside the kinds do not depend on the kind chosen");

        // On to the area: the first area after すべて.
        WebElement area = tabTo(e -> "search-area".equals(e.getDomAttribute("id")), 5);
        keys(area, Keys.ARROW_DOWN);
        waitFor(d -> param("area") != null);
        awaitIdle();
        String areaName = browser.findElement(By.cssSelector("#search-area option:checked")).getDomAttribute("data-label");
        String areaText = browser.findElement(By.cssSelector("#search-area option:checked")).getText();
        List<Result> inArea = showAll();
        assertFalse(inArea.isEmpty(), areaName);
        assertTrue(inArea.size() < groups, areaName + ": " + inArea);
        assertEquals(inArea.size(), number(areaText), "the count beside the area: " + areaText);
        for (Result r : inArea) {
            assertEquals("団体", r.kind(), r.toString());
            assertTrue(r.meta().contains(areaName), areaName + ": " + r);
        }

        // Back: the address, the choices and the results are those before the area was chosen.
        browser.navigate().back();
        waitFor(d -> param("area") == null && "group".equals(param("kind"))
                && "".equals(d.findElement(By.id("search-area")).getDomProperty("value")));
        awaitIdle();
        assertEquals(groups, number(status()), status());
        assertEquals("", browser.findElement(By.id("search-area")).getDomProperty("value"));
        assertTrue(browser.findElement(By.cssSelector("input[name=kind][value=group]")).isSelected());

        browser.navigate().back();
        waitFor(d -> param("kind") == null && d.findElement(By.cssSelector("input[name=kind][value='']")).isSelected());
        awaitIdle();
        assertEquals("ふくし", param("q"));
        assertEquals(total, number(status()), status());
        assertTrue(browser.findElement(By.cssSelector("input[name=kind][value='']")).isSelected());
        assertTrue(results().stream().anyMatch(r -> !r.kind().equals("団体")), "other kinds are back");
    }

    @Test
    void moreShowsTheNextTenAndMovesTheFocus() {
        open("/search/?q=" + encode("ふくし"));
        List<Result> page = awaitResults("ふくし");
        int total = number(status());
        assertTrue(total > 20, "the demo site has more than two pages of ふくし: " + total);
        assertEquals(10, page.size());
        WebElement more = browser.findElement(By.id("search-more"));
        assertTrue(more.isDisplayed());
        assertEquals(total - 10, number(more.getText()), "the button tells how many are left: " + more.getText());

        more.sendKeys(Keys.ENTER);
        waitFor(d -> results().size() > 10);
        List<WebElement> items = browser.findElements(By.cssSelector("#search-results > li"));
        assertEquals(20, items.size());
        assertEquals(items.get(10).findElement(By.cssSelector("h2 a")), browser.switchTo().activeElement(),
                "the focus is on the first result just shown");
        assertEquals(total, number(status()), "the count is still the total");
        assertEquals(20, paths(results()).size(), "no result is shown twice");

        more.sendKeys(Keys.ENTER);
        waitFor(d -> results().size() > 20);
        items = browser.findElements(By.cssSelector("#search-results > li"));
        assertEquals(total, items.size());
        assertEquals(items.get(20).findElement(By.cssSelector("h2 a")), browser.switchTo().activeElement());
        assertFalse(more.isDisplayed(), "nothing more to show");
    }

    @Test
    void withoutJavaScriptThePageLinksToTheLists() {
        ChromeDriver plain = Chromium.start(false);
        try {
            plain.get(site.url("/"));
            WebElement box = plain.findElement(By.id("header-q"));
            box.sendKeys("ふくし", Keys.ENTER);
            new WebDriverWait(plain, WAIT).until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/search/"));
            WebElement main = plain.findElement(By.tagName("main"));
            assertTrue(main.getText().contains("JavaScript を有効にしてください"), main.getText());
            WebElement groups = main.findElement(By.cssSelector("a[href='/groups/']"));
            assertTrue(groups.isDisplayed());
            assertEquals("団体一覧", groups.getText());
            assertFalse(plain.findElement(By.id("search-form")).isDisplayed(), "no form that cannot work");
            assertEquals("", plain.findElement(By.id("search-status")).getText());
            groups.sendKeys(Keys.ENTER);
            new WebDriverWait(plain, WAIT).until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/groups/"));
            assertEquals("団体一覧", plain.findElement(By.tagName("h1")).getText());
        } finally {
            plain.quit();
        }
    }

    // ---- what the visitor does

    private static void open(String path) {
        browser.get(site.url(path));
    }

    /** Types into the focused element. */
    private static void keys(WebElement focused, CharSequence... keys) {
        assertEquals(focused, browser.switchTo().activeElement(), "typing where the focus is");
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Types the words into the search page's box, replacing what is there, and presses Enter. */
    private static List<Result> search(String words) {
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        box.sendKeys(words, Keys.ENTER);
        waitFor(d -> words.equals(param("q")));
        return awaitResults(words);
    }

    /** Presses the "more" button until every result is shown. */
    private static List<Result> showAll() {
        WebElement more = browser.findElement(By.id("search-more"));
        while (more.isDisplayed()) {
            int before = results().size();
            more.sendKeys(Keys.ENTER);
            waitFor(d -> results().size() > before);
        }
        return results();
    }

    // ---- what the page shows

    record Result(String title, String path, String kind, String meta, List<String> titleMarks,
                  List<String> marks) {
    }

    private static final String READ_RESULTS = """
            return [...document.querySelectorAll('#search-results > li')].map((li) => {
              const a = li.querySelector('h2 a');
              return [a.textContent, new URL(a.href).pathname, li.querySelector('.badge').textContent,
                li.querySelector('.result-meta').textContent, [...a.querySelectorAll('mark')].map((m) => m.textContent),
                [...li.querySelectorAll('mark')].map((m) => m.textContent)];
            });""";

    @SuppressWarnings("unchecked")
    private static List<Result> results() {
        List<Result> out = new ArrayList<>();
        for (Object o : (List<Object>) browser.executeScript(READ_RESULTS)) {
            List<Object> r = (List<Object>) o;
            out.add(new Result((String) r.get(0), (String) r.get(1), (String) r.get(2), (String) r.get(3),
                    (List<String>) r.get(4), (List<String>) r.get(5)));
        }
        return out;
    }

    /** Waits until the search of these words is shown and announced, and returns the results. */
    private static List<Result> awaitResults(String words) {
        waitFor(d -> status().contains("「" + words + "」"));
        awaitIdle();
        return results();
    }

    /** Waits until the results are no longer being updated. */
    private static void awaitIdle() {
        waitFor(d -> !status().isEmpty()
                && browser.findElement(By.id("search-results")).getDomAttribute("aria-busy") == null);
    }

    private static String status() {
        return browser.findElement(By.id("search-status")).getText();
    }

    /** Kind value ("" for すべて) to the count shown beside it. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> kindCounts() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Object o : (List<Object>) browser.executeScript("return [...document.querySelectorAll("
                + "'label[data-filter=kind]')].map((l) => [l.dataset.value, l.querySelector('.count').textContent]);")) {
            List<String> pair = (List<String>) o;
            m.put(pair.get(0), pair.get(1));
        }
        return m;
    }

    /** Kind value to the name shown on a result's badge, without すべて. */
    private static Map<String, String> kindLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        for (WebElement radio : browser.findElements(By.cssSelector("input[name=kind]"))) {
            String value = radio.getDomAttribute("value");
            if (!value.isEmpty()) {
                m.put(value, radio.getDomAttribute("data-label"));
            }
        }
        return m;
    }

    private static Map<String, Integer> numbers(Map<String, String> texts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        texts.forEach((k, v) -> m.put(k, number(v)));
        return m;
    }

    private static int number(String text) {
        Matcher m = NUMBER.matcher(text);
        assertTrue(m.find(), "a number in: " + text);
        return Integer.parseInt(m.group(1));
    }

    private static Set<String> paths(List<Result> results) {
        return results.stream().map(Result::path).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A parameter of the address the browser shows, or null. */
    private static String param(String name) {
        String query = URI.create(browser.getCurrentUrl()).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, WAIT)
                .withMessage(() -> "the page is at " + browser.getCurrentUrl() + " and says: " + status())
                .until(condition::apply);
    }

    /** The group pages of every record in data/groups/ whose lines (comments aside) hold the word. */
    private static Set<String> groupsMentioning(String word) {
        Path dir = Path.of("").toAbsolutePath().resolve("../../data/groups").normalize();
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                boolean mentions = Files.readAllLines(f).stream()
                        .anyMatch(line -> !line.strip().startsWith("#") && line.contains(word));
                if (mentions) {
                    String name = f.getFileName().toString();
                    out.add("/groups/" + name.substring(0, name.length() - ".yaml".length()) + "/");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
