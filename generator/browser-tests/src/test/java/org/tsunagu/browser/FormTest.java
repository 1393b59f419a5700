package org.tsunagu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.DiagnosticPrinter;
import org.tsunagu.core.check.Severity;

/**
 * The forms, as a group's member uses them: the keyboard alone, Japanese typed through an input
 * method, errors beside the fields and in a summary, then a YAML file that the generator's own
 * checks accept when it is put into the site. And a group page's 「この情報の修正を依頼する」,
 * which opens the form with the group's published information.
 */
class FormTest extends DemoSiteBrowserTest {

    @TempDir
    Path temp;

    @Test
    void aNewGroupIsEnteredByKeyboardCorrectedAndBecomesAFileTheChecksAccept() throws IOException {
        load(browser, "/forms/group/");
        assertEquals("団体情報の登録・更新", browser.findElement(By.tagName("h1")).getText());

        // First try: the name left out, kanji in the reading, a summary that is too long, a file
        // name that another group has.
        type(tabTo(id("f-slug"), 60), "kawazukuri-kiyose");
        type(tabTo(id("f-kana"), 5), "ほたるの里");
        type(tabTo(id("f-summary"), 40), "あ".repeat(201));
        press(tabTo(e -> "submit".equals(e.getDomAttribute("type")), 200), Keys.ENTER);

        WebElement summary = waitFor(By.id("form-errors"));
        assertEquals("form-errors", browser.switchTo().activeElement().getDomAttribute("id"),
                "the focus moves to the summary of errors");
        List<String> listed = summary.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList();
        assertEquals(List.of(
                "ファイル名「kawazukuri-kiyose」はほかの団体が使っています。別の名前にしてください（例：kawazukuri-kiyose-2）。",
                "団体名を入力してください。",
                "よみがな（ひらがな）はひらがなで書いてください（「里」は使えません）。",
                "団体の種類を選んでください。",
                "活動分野を選んでください。",
                "活動地区を選んでください。",
                "ひとことで紹介は 200 文字までです（いま 201 文字）。短くしてください。"), listed);
        assertEquals("入力内容を確かめてください（7 件）", summary.findElement(By.tagName("h2")).getText());
        WebElement name = browser.findElement(By.id("f-name"));
        assertEquals("true", name.getDomAttribute("aria-invalid"));
        assertEquals("f-name-error f-name-hint", name.getDomAttribute("aria-describedby"));
        assertEquals("団体名を入力してください。", text("f-name-error"));
        assertFalse(browser.findElement(By.id("form-result")).isDisplayed());

        // The summary's link leads to the field; the name is typed through an input method: while
        // it is being composed nothing is checked, so the error stays as it was.
        tabTo(e -> e.getText().startsWith("団体名を"), 5);
        press(browser.switchTo().activeElement(), Keys.ENTER);
        assertEquals("f-name", browser.switchTo().activeElement().getDomAttribute("id"));
        browser.executeCdpCommand("Input.imeSetComposition", Map.of("text", "ほたるのさと", "selectionStart", 6, "selectionEnd", 6));
        assertEquals("団体名を入力してください。", text("f-name-error"), "no check while composing");
        browser.executeCdpCommand("Input.insertText", Map.of("text", "清瀬ホタルの里づくりの会"));
        assertEquals("清瀬ホタルの里づくりの会", name.getDomProperty("value"));

        WebElement slug = browser.findElement(By.id("f-slug"));
        slug.clear();
        type(slug, "kiyose-hotaru");
        WebElement kana = browser.findElement(By.id("f-kana"));
        kana.clear();
        type(kana, "きよせほたるのさとづくりのかい");
        new org.openqa.selenium.support.ui.Select(tabTo(id("f-type"), 5)).selectByVisibleText("任意団体");
        space(tabTo(e -> "環境の保全".equals(e.getDomAttribute("value")), 20));
        press(tabTo(id("f-area"), 40), Keys.ARROW_DOWN);
        WebElement shortSummary = tabTo(id("f-summary"), 5);
        shortSummary.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        type(shortSummary, "柳瀬川のほとりでホタルが育つ水辺を、地域のみなさんと守っています。");
        WebElement description = tabTo(id("f-description"), 5);
        type(description, "## 主な活動");
        description.sendKeys(Keys.ENTER, Keys.ENTER);
        type(description, "- ホタルの幼虫の放流: 毎年3月");
        description.sendKeys(Keys.ENTER);
        type(description, "- 水辺の草刈り #清掃");
        type(tabTo(id("f-activity-days"), 5), "毎月第2土曜");
        type(tabTo(id("f-activity-time"), 3), "9:00〜12:00");
        type(tabTo(id("f-members-count"), 10), "１２");
        space(tabTo(id("f-recruiting-open"), 10));
        type(tabTo(id("f-contact-person"), 10), "事務局 山田");
        type(tabTo(id("f-contact-phone"), 3), "０４２－４９５－５５００");
        type(tabTo(id("f-contact-email"), 3), "hotaru@example.jp");
        space(tabTo(e -> "person".equals(e.getDomAttribute("value")), 5));
        space(tabTo(e -> "email".equals(e.getDomAttribute("value")), 5));
        type(tabTo(id("f-founded"), 20), "2019");
        press(tabTo(e -> "submit".equals(e.getDomAttribute("type")), 30), Keys.ENTER);

        waitForFile();
        assertEquals("form-result-title", browser.switchTo().activeElement().getDomAttribute("id"));
        assertFalse(browser.findElement(By.id("form-errors")).isDisplayed());
        assertEquals("data/groups/kiyose-hotaru.yaml", text("form-file"));
        String yaml = browser.findElement(By.id("form-yaml")).getDomProperty("value");
        assertTrue(yaml.startsWith("# yaml-language-server: $schema=" + site.url("/schema/group.json") + "\n"), yaml);
        assertTrue(yaml.contains("\nname: 清瀬ホタルの里づくりの会\n"), yaml);
        assertTrue(yaml.contains("\ndescription: |-\n  ## 主な活動\n\n  - ホタルの幼虫の放流: 毎年3月\n  - 水辺の草刈り #清掃\n"), yaml);
        assertTrue(yaml.contains("\nactivity:\n  days: 毎月第2土曜\n  time: 9:00〜12:00\n"), yaml);
        assertTrue(yaml.contains("\nmembers:\n  count: 12\n"), yaml);
        assertTrue(yaml.contains("\n  phone: \"042-495-5500\"\n"), yaml);
        assertTrue(yaml.contains("\nfounded: 2019\n"), yaml);

        // Handed over by e-mail: the centre's address, the file in the body.
        String mail = browser.findElement(By.id("form-mail")).getDomAttribute("href");
        assertTrue(mail.startsWith("mailto:center@example.jp?subject="), mail);
        assertEquals(yaml, URLDecoder.decode(mail.substring(mail.indexOf("&body=") + 6), StandardCharsets.UTF_8));
        // Or proposed on GitHub: the new file in the web editor, filled in.
        String github = browser.findElement(By.id("form-github")).getDomAttribute("href");
        assertTrue(github.startsWith("https://github.com/tsunagu-kiyose/site/new/main?filename=data%2Fgroups%2Fkiyose-hotaru.yaml&value="), github);
        assertEquals(yaml, URLDecoder.decode(github.substring(github.indexOf("&value=") + 7), StandardCharsets.UTF_8));

        List<String> problems = checkInSite("data/groups/kiyose-hotaru.yaml", yaml);
        assertEquals(List.of(), problems, "the file passes tsunagu check");
    }

    @Test
    void theCorrectionLinkOfAGroupPageFillsTheFormWithWhatIsPublished() throws IOException {
        load(browser, "/groups/kawazukuri-kiyose/");
        WebElement link = tabTo(e -> "この情報の修正を依頼する".equals(e.getText()), 200);
        press(link, Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(d -> !browser.findElement(By.id("form-editing")).getText().isEmpty());
        assertTrue(text("form-editing").startsWith("「川づくり・清瀬の会」の情報を修正します。"), text("form-editing"));
        assertEquals("kawazukuri-kiyose", value("f-slug"));
        assertEquals("true", browser.findElement(By.id("f-slug")).getDomAttribute("readonly"));
        assertEquals("川づくり・清瀬の会", value("f-name"));
        assertEquals("かわづくり・きよせのかい", value("f-kana"));
        assertEquals("任意団体", value("f-type"));
        assertEquals("下宿・旭が丘", value("f-area"));
        assertEquals(List.of("環境の保全", "子どもの健全育成"), browser.findElements(By.cssSelector("#f-categories input:checked"))
                .stream().map(e -> e.getDomAttribute("value")).toList());
        assertTrue(value("f-description").startsWith("生活排水が柳瀬川に流れ込んでいた時代がありました。"));
        // Published: the person and the e-mail address. Private: the phone and the address.
        assertEquals("kawazukuri@example.jp", value("f-contact-email"));
        assertEquals("事務局 佐藤", value("f-contact-person"));
        assertEquals("", value("f-contact-phone"));
        assertEquals("", value("f-contact-address"));

        WebElement summary = browser.findElement(By.id("f-summary"));
        summary.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        type(summary, "柳瀬川の水質調査と清掃を続けています。毎月第2土曜、どなたでも参加できます。");
        press(browser.findElement(By.cssSelector("#record-form button[type=submit]")), Keys.ENTER);
        waitForFile();
        assertEquals("data/groups/kawazukuri-kiyose.yaml", text("form-file"));
        String yaml = browser.findElement(By.id("form-yaml")).getDomProperty("value");
        assertTrue(yaml.contains("\nsummary: 柳瀬川の水質調査と清掃を続けています。毎月第2土曜、どなたでも参加できます。\n"), yaml);
        assertTrue(yaml.contains("\ncategories:\n  - 環境の保全\n  - 子どもの健全育成\n"), yaml);
        assertTrue(yaml.contains("\n  public:\n    - person\n    - email\n"), yaml);
        // The existing file is changed in GitHub's editor, with the text on the clipboard.
        assertEquals("https://github.com/tsunagu-kiyose/site/edit/main/data/groups/kawazukuri-kiyose.yaml",
                browser.findElement(By.id("form-github")).getDomAttribute("href"));

        List<String> problems = checkInSite("data/groups/kawazukuri-kiyose.yaml", yaml);
        assertEquals(List.of(), problems, "the corrected file passes tsunagu check");
    }

    @Test
    void anEventIsEnteredWithItsDateAndTimesAndTheFilePasses() throws IOException {
        load(browser, "/forms/event/");
        type(tabTo(id("f-slug"), 60), "yanasegawa-chosa-2027-01");
        type(tabTo(id("f-title"), 3), "柳瀬川の水質調査（1月）");
        type(tabTo(id("f-kana"), 3), "やなせがわのすいしつちょうさ");
        WebElement organiser = tabTo(id("f-organiser"), 5);
        new org.openqa.selenium.support.ui.Select(organiser).selectByValue("kawazukuri-kiyose");
        WebElement date = tabTo(id("f-date"), 40);
        date.sendKeys("令和９年１月９日");
        WebElement start = tabTo(id("f-start"), 12);
        start.sendKeys("９：３０");
        WebElement end = tabTo(id("f-end"), 3);
        end.sendKeys("午前11時半");
        type(tabTo(id("f-place-venue"), 40), "柳瀬川（金山緑地公園付近）");
        type(tabTo(id("f-fee"), 40), "無料");
        press(tabTo(e -> "submit".equals(e.getDomAttribute("type")), 200), Keys.ENTER);
        waitForFile();
        String yaml = browser.findElement(By.id("form-yaml")).getDomProperty("value");
        assertTrue(yaml.contains("\ndate: 2027-01-09\nstart: \"09:30\"\nend: \"11:30\"\n"), yaml);
        assertTrue(yaml.contains("\norganiser: kawazukuri-kiyose\n"), yaml);
        List<String> problems = checkInSite("data/events/yanasegawa-chosa-2027-01.yaml", yaml);
        assertEquals(List.of(), problems, "the event file passes tsunagu check");
    }

    @Test
    void theFileCanBeDownloaded() throws IOException, InterruptedException {
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", temp.toString()));
        load(browser, "/forms/group/?edit=shizen-wo-mamoru");
        new WebDriverWait(browser, WAIT).until(d -> !value("f-name").isEmpty());
        press(browser.findElement(By.cssSelector("#record-form button[type=submit]")), Keys.ENTER);
        waitForFile();
        String yaml = browser.findElement(By.id("form-yaml")).getDomProperty("value");
        press(browser.findElement(By.id("form-download")), Keys.ENTER);
        Path file = temp.resolve("shizen-wo-mamoru.yaml");
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        assertEquals(yaml, Files.readString(file));
    }

    @Test
    void theFormWithItsErrorsAndWithItsFileHasNoAccessibilityViolation() {
        load(browser, "/forms/opportunity/");
        press(browser.findElement(By.cssSelector("#record-form button[type=submit]")), Keys.ENTER);
        waitFor(By.id("form-errors"));
        assertEquals(List.of("ファイル名（半角の英小文字・数字・ハイフン）を入力してください。", "募集のタイトルを入力してください。",
                "募集する団体（団体のファイル名か centre）を選んでください。", "お願いしたいことを入力してください。"),
                browser.findElements(By.cssSelector("#form-errors li")).stream().map(WebElement::getText).toList());
        assertEquals(List.of(), violations(), "with errors shown");

        type(browser.findElement(By.id("f-slug")), "kawa-seisou-helper");
        type(browser.findElement(By.id("f-title")), "柳瀬川の清掃ボランティア");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-group"))).selectByValue("kawazukuri-kiyose");
        type(browser.findElement(By.id("f-role")), "河川敷のごみ拾いと、川の中の清掃を手伝ってください。");
        press(browser.findElement(By.cssSelector("#record-form button[type=submit]")), Keys.ENTER);
        waitForFile();
        assertEquals(List.of(), violations(), "with the file shown");
    }

    private static List<String> violations() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(AccessibilityTest.TAGS).analyze(browser);
        return results.getViolations().stream().flatMap(r -> r.getNodes().stream()
                .map(n -> r.getId() + " " + n.getTarget() + " " + n.getHtml())).toList();
    }

    // ---- helpers -------------------------------------------------------------------------

    private static java.util.function.Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getDomAttribute("id"));
    }

    private static void type(WebElement e, String text) {
        e.sendKeys(text);
    }

    /** Presses a key on an element, which has the focus then. */
    private static void press(WebElement e, CharSequence key) {
        e.sendKeys(key);
    }

    private static void space(WebElement e) {
        e.sendKeys(Keys.SPACE);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    /** Waits for the file to be shown; fails with the errors listed instead, if any. */
    private static void waitForFile() {
        try {
            new WebDriverWait(browser, WAIT).until(d -> browser.findElement(By.id("form-result")).isDisplayed()
                    || browser.findElement(By.id("form-errors")).isDisplayed());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("neither the file nor an error is shown", e);
        }
        WebElement errors = browser.findElement(By.id("form-errors"));
        if (errors.isDisplayed()) {
            throw new AssertionError("the form found errors:\n" + errors.getText());
        }
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, WAIT).until(d -> {
            WebElement e = browser.findElement(by);
            return e.isDisplayed() ? e : null;
        });
    }

    /**
     * Puts the file into a copy of the demo site and checks the site as {@code tsunagu check}
     * does: the problems found in that file, printed as the command prints them.
     */
    private List<String> checkInSite(String path, String yaml) throws IOException {
        Path siteDir = Path.of("").toAbsolutePath().resolve("../..").normalize();
        Path copy = temp.resolve("site");
        for (String dir : List.of("data", "content", "templates")) {
            copyTree(siteDir.resolve(dir), copy.resolve(dir));
        }
        Files.writeString(copy.resolve(path), yaml);
        BuildResult result = Pipeline.check(BuildOptions.of(copy, temp.resolve("out"))
                .withBuildDate(DemoSite.BUILD_DATE).withLocale(Locale.JAPANESE));
        List<Diagnostic> mine = result.diagnostics().stream()
                .filter(d -> d.file().equals(path) || d.severity() == Severity.ERROR).toList();
        String printed = new DiagnosticPrinter(copy, Locale.JAPANESE).format(mine);
        return mine.isEmpty() ? List.of() : List.of(printed);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
