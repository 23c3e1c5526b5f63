package io.github.venues.site;

import io.github.venues.cli.SiteBuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site in a real browser: headless Chromium through chromedriver, both from Debian's packages
 * (nothing is downloaded), against a real build served over HTTP. One browser for the class.
 * Expected orders and filter results come from {@link VenueData}, not from the page's script.
 */
class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);

    @TempDir
    static Path tmp;
    static VenueData data;
    static StaticServer server;
    static ChromeDriver driver;
    static WebDriverWait wait;
    /** Why the browser tests cannot run here, or {@code null}. */
    static String missing;

    @BeforeAll
    static void start() throws IOException {
        missing = Chromium.missing("BrowserTest");
        if (missing != null) return;
        Path site = tmp.resolve("site");
        SiteBuild.buildProject(site, tmp);
        data = VenueData.read(site.resolve("venues.json"));
        server = new StaticServer(site);
        driver = Chromium.start(tmp, DESKTOP);
        wait = new WebDriverWait(driver, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (server != null) server.close();
        }
    }

    @BeforeEach
    void desktopWindow() {
        Assumptions.assumeTrue(missing == null, missing);
        if (!driver.manage().window().getSize().equals(DESKTOP)) driver.manage().window().setSize(DESKTOP);
    }

    // ---- helpers --------------------------------------------------------------------------

    /** Opens a page of the site, e.g. {@code ""}, {@code "zh/"} or {@code "?ccf=B"}, and waits for it to load. */
    static void open(String pathAndQuery) {
        driver.get(server.url() + pathAndQuery);
        wait.until(d -> "complete".equals(js("return document.readyState")));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    static List<String> rowIds(String table) {
        return (List<String>) js("return Array.from(document.querySelectorAll('#' + arguments[0] + ' > tbody > tr'), r => r.id)", table);
    }

    /** Rows the reader can see: rendered with a box, not only without the hidden attribute. */
    @SuppressWarnings("unchecked")
    static List<String> visibleRowIds(String table) {
        return (List<String>) js("return Array.from(document.querySelectorAll('#' + arguments[0] + ' > tbody > tr'))"
                + ".filter(r => r.getClientRects().length > 0).map(r => r.id)", table);
    }

    /** One attribute of every row, in order. */
    @SuppressWarnings("unchecked")
    static List<String> rowAttribute(String table, String attribute) {
        return (List<String>) js("return Array.from(document.querySelectorAll('#' + arguments[0] + ' > tbody > tr'),"
                + " r => r.getAttribute(arguments[1]))", table, attribute);
    }

    /** Column key → aria-sort, for the headers that have one. */
    @SuppressWarnings("unchecked")
    static Map<String, String> ariaSort(String table) {
        return new LinkedHashMap<>((Map<String, String>) js("const m = {}; document.querySelectorAll('#' + arguments[0]"
                + " + ' thead th[aria-sort]').forEach(th => m[th.dataset.key] = th.getAttribute('aria-sort')); return m;", table));
    }

    static WebElement sortButton(String table, String key) {
        return driver.findElement(By.cssSelector("#" + table + " thead th[data-key='" + key + "'] button"));
    }

    static void await(String what, Object expected, Function<WebDriver, Object> actual) {
        try {
            wait.until(d -> expected.equals(actual.apply(d)));
        } catch (TimeoutException e) {
            assertEquals(expected, actual.apply(driver), what);
        }
    }

    static void awaitOrder(String table, List<String> expected) {
        await(table + " row order", expected, d -> rowIds(table));
    }

    static void awaitVisible(String table, List<String> expected) {
        await(table + " visible rows", expected, d -> visibleRowIds(table));
    }

    static void awaitAriaSort(String table, String key, String direction) {
        await(table + " aria-sort", Map.of(key, direction), d -> ariaSort(table));
    }

    static void awaitCount(String table, String text) {
        By count = By.id(table + "-count");
        try {
            wait.until(ExpectedConditions.textToBe(count, text));
        } catch (TimeoutException e) {
            assertEquals(text, driver.findElement(count).getText(), table + " count");
        }
    }

    static void awaitQuery(Map<String, String> expected) {
        await("query string", expected, d -> query(d.getCurrentUrl()));
    }

    static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw == null || raw.isEmpty()) return params;
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    static void type(String text) {
        driver.findElement(By.id("q")).sendKeys(text);
    }

    /**
     * Picks an option the way a keyboard user does: focus the drop-down, press the arrow keys.
     * (Selenium's {@code Select} fires only {@code change}; a browser also fires {@code input}.)
     */
    static void choose(String select, String value) {
        WebElement field = driver.findElement(By.id(select));
        List<String> values = new Select(field).getOptions().stream().map(o -> o.getDomAttribute("value")).toList();
        int target = values.indexOf(value);
        assertTrue(target >= 0, select + " has no option " + value + ": " + values);
        int now = values.indexOf(field.getDomProperty("value"));
        js("arguments[0].focus()", field);
        Keys key = target > now ? Keys.ARROW_DOWN : Keys.ARROW_UP;
        Actions keys = new Actions(driver);
        for (int i = 0; i < Math.abs(target - now); i++) keys.sendKeys(key);
        keys.perform();
        await(select + " value", value, d -> value(select));
    }

    static String value(String field) {
        return driver.findElement(By.id(field)).getDomProperty("value");
    }

    static List<VenueData.Venue> journals() {
        return VenueData.inDefaultOrder(data.journals);
    }

    static List<VenueData.Venue> conferences() {
        return VenueData.inDefaultOrder(data.conferences);
    }

    static List<String> visibleJournals(Predicate<VenueData.Venue> which) {
        return VenueData.ids(journals(), which);
    }

    // ---- default view ---------------------------------------------------------------------

    @Test
    void defaultOrderIsH5IndexDescending() {
        open("");
        awaitOrder("journals", VenueData.defaultOrder(data.journals));
        awaitOrder("conferences", VenueData.defaultOrder(data.conferences));
        WebElement first = driver.findElement(By.cssSelector("#journals > tbody > tr"));
        assertEquals("v-gastroenterology", first.getDomAttribute("id"));
        assertEquals("Gastroenterology", first.findElement(By.tagName("th")).getText());
        assertEquals("148", first.findElement(By.cssSelector("td:nth-of-type(3)")).getText());
        assertEquals(Map.of("h5", "descending"), ariaSort("journals"));
        assertEquals(Map.of("h5", "descending"), ariaSort("conferences"));
        awaitCount("journals", "23 of 23 journals");
        awaitCount("conferences", "14 of 14 conferences");
        assertEquals(23, visibleRowIds("journals").size());
        assertEquals(Map.of(), query(driver.getCurrentUrl()), "the default view has no query");
        assertTrue(driver.findElement(By.id("other-language")).isDisplayed());
    }

    // ---- sorting --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource({"journals, name", "journals, if", "journals, cas", "journals, h5", "journals, ccf",
            "conferences, name", "conferences, h5", "conferences, ccf"})
    void eachColumnSortsAscendingThenDescendingWithUnknownsLast(String table, String key) {
        open("");
        List<VenueData.Venue> venues = VenueData.inDefaultOrder(data.table(table));
        String other = table.equals("journals") ? "conferences" : "journals";
        List<String> otherOrder = rowIds(other);

        sortButton(table, key).click();
        awaitOrder(table, VenueData.sorted(venues, key, true));
        awaitAriaSort(table, key, "ascending");
        awaitQuery(Map.of(table, key + ".asc"));

        sortButton(table, key).click();
        awaitOrder(table, VenueData.sorted(venues, key, false));
        awaitAriaSort(table, key, "descending");
        awaitQuery(key.equals("h5") ? Map.of() : Map.of(table, key + ".desc")); // the default is left out

        sortButton(table, key).click();
        awaitOrder(table, VenueData.sorted(venues, key, true));
        awaitAriaSort(table, key, "ascending");

        assertEquals(otherOrder, rowIds(other), "the other table keeps its order");
        assertEquals(Map.of("h5", "descending"), ariaSort(other));
    }

    @Test
    void impactFactorSortsAsNumbersWithTheUnknownLastBothWays() {
        open("");
        sortButton("journals", "if").click();
        awaitAriaSort("journals", "if", "ascending");
        List<String> asc = rowIds("journals");
        assertEquals("v-ultrasonics", asc.get(0), "3.065 is the lowest");
        assertEquals("v-journal-of-medical-imaging", asc.get(asc.size() - 1), "unknown last");
        assertEquals("3.065", driver.findElement(By.cssSelector("#journals > tbody > tr:first-child > td")).getText());

        sortButton("journals", "if").click();
        awaitAriaSort("journals", "if", "descending");
        List<String> desc = rowIds("journals");
        assertEquals(List.of("v-gastroenterology", "v-medical-image-analysis", "v-ieee-transactions-on-cybernetics",
                "v-clinical-cancer-research", "v-tip"), desc.subList(0, 5), "17.373 > 11.148 > 11.079 > 10.107 > 9.34");
        assertEquals("v-journal-of-medical-imaging", desc.get(desc.size() - 1), "unknown last");
    }

    @Test
    void casSortsByZoneThenCategory() {
        open("");
        sortButton("journals", "cas").click();
        awaitAriaSort("journals", "cas", "ascending");
        List<String> asc = rowIds("journals");
        assertEquals("v-gastroenterology", asc.get(0), "medicine, zone 1");
        assertTrue(asc.indexOf("v-tmi") < asc.indexOf("v-ultrasonics"),
                "engineering zone 1 before physics zone 2: the zone counts first");
        assertEquals(List.of("v-insights-into-imaging", "v-journal-of-medical-imaging"), asc.subList(21, 23), "unknowns last");

        sortButton("journals", "cas").click();
        awaitAriaSort("journals", "cas", "descending");
        List<String> desc = rowIds("journals");
        assertEquals("v-computerized-medical-imaging-and-graphics", desc.get(0), "engineering, zone 3");
        assertEquals(List.of("v-insights-into-imaging", "v-journal-of-medical-imaging"), desc.subList(21, 23), "unknowns last");
    }

    @Test
    void ccfSortsABeforeBBeforeCWithUnknownsLast() {
        open("");
        List<String> none = java.util.Collections.nCopies(8, "none");
        sortButton("conferences", "ccf").click();
        awaitAriaSort("conferences", "ccf", "ascending");
        assertEquals(concat(List.of("A", "B", "B", "C", "C", "C"), none), rowAttribute("conferences", "data-ccf"));
        assertEquals("v-cvpr", rowIds("conferences").get(0));

        sortButton("conferences", "ccf").click();
        awaitAriaSort("conferences", "ccf", "descending");
        assertEquals(concat(List.of("C", "C", "C", "B", "B", "A"), none), rowAttribute("conferences", "data-ccf"));
    }

    static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void sortingWorksFromTheKeyboard() {
        open("");
        WebElement name = sortButton("journals", "name");
        js("arguments[0].focus()", name);
        assertEquals(name, driver.switchTo().activeElement(), "the heading's button takes the focus");
        List<VenueData.Venue> venues = journals();

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        awaitOrder("journals", VenueData.sorted(venues, "name", true));
        awaitAriaSort("journals", "name", "ascending");

        new Actions(driver).sendKeys(Keys.SPACE).perform();
        awaitOrder("journals", VenueData.sorted(venues, "name", false));
        awaitAriaSort("journals", "name", "descending");
        assertEquals(name, driver.switchTo().activeElement(), "the focus stays on the button");

        WebElement h5 = sortButton("conferences", "h5");
        js("arguments[0].focus()", h5);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        awaitOrder("conferences", VenueData.sorted(conferences(), "h5", true));
        awaitAriaSort("conferences", "h5", "ascending");
    }

    // ---- search and filters ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"tmi", "TMI", "Tmi", "ＴＭＩ"})
    void searchFindsAnAbbreviationIgnoringCaseAndWidth(String query) {
        open("");
        type(query);
        awaitCount("journals", "1 of 23 journals");
        awaitVisible("journals", List.of("v-tmi"));
        assertEquals("IEEE Transactions on Medical Imaging",
                driver.findElement(By.cssSelector("#v-tmi th span")).getText());
        awaitCount("conferences", "0 of 14 conferences");
        awaitQuery(Map.of("q", query));
    }

    @Test
    void searchFindsAWordOfTheName() {
        open("");
        type("Radiology");
        List<String> expected = visibleJournals(v -> v.name().toLowerCase().contains("radiology"));
        assertEquals(3, expected.size());
        awaitVisible("journals", expected);
        awaitCount("journals", "3 of 23 journals");
        awaitCount("conferences", "0 of 14 conferences");

        open("");
        type("miccai");
        awaitCount("conferences", "1 of 14 conferences");
        awaitVisible("conferences", List.of("v-miccai"));
        awaitCount("journals", "0 of 23 journals");
    }

    @Test
    void ccfFilter() {
        open("");
        choose("ccf", "B");
        awaitVisible("journals", visibleJournals(v -> "B".equals(v.ccf())));
        awaitCount("journals", "6 of 23 journals");
        awaitVisible("conferences", VenueData.ids(conferences(), v -> "B".equals(v.ccf())));
        awaitCount("conferences", "2 of 14 conferences");
        awaitQuery(Map.of("ccf", "B"));

        choose("ccf", "none");
        awaitVisible("journals", visibleJournals(v -> v.ccf() == null));
        awaitCount("journals", visibleJournals(v -> v.ccf() == null).size() + " of 23 journals");
        awaitCount("conferences", "8 of 14 conferences");
    }

    @Test
    void casZoneAndCategoryFiltersApplyToJournalsOnly() {
        open("");
        choose("zone", "1");
        awaitVisible("journals", visibleJournals(v -> Integer.valueOf(1).equals(v.casZone())));
        awaitCount("journals", "8 of 23 journals");
        awaitCount("conferences", "14 of 14 conferences");

        choose("zone", "none");
        awaitVisible("journals", List.of("v-insights-into-imaging", "v-journal-of-medical-imaging"));
        awaitCount("journals", "2 of 23 journals");

        choose("zone", "");
        choose("cat", "engineering");
        awaitVisible("journals", visibleJournals(v -> "engineering".equals(v.casCategory())));
        awaitCount("journals", "6 of 23 journals");
        awaitCount("conferences", "14 of 14 conferences");
        awaitQuery(Map.of("cat", "engineering"));

        choose("zone", "2");
        awaitVisible("journals", visibleJournals(v -> "engineering".equals(v.casCategory()) && Integer.valueOf(2).equals(v.casZone())));
        awaitCount("journals", "4 of 23 journals");
        awaitQuery(Map.of("zone", "2", "cat", "engineering"));
    }

    @Test
    void clearFiltersShowsEveryRowAgain() {
        open("?q=ieee&ccf=B&zone=1&cat=computer-science&journals=if.asc");
        awaitVisible("journals", List.of("v-tnnls", "v-ieee-transactions-on-cybernetics"));
        awaitCount("journals", "2 of 23 journals");
        awaitCount("conferences", "2 of 14 conferences");
        driver.findElement(By.id("reset")).click();
        awaitCount("journals", "23 of 23 journals");
        awaitCount("conferences", "14 of 14 conferences");
        awaitVisible("journals", VenueData.sorted(journals(), "if", true));
        awaitVisible("conferences", VenueData.defaultOrder(data.conferences));
        for (String field : List.of("q", "ccf", "zone", "cat")) {
            assertEquals("", value(field), field);
        }
        awaitQuery(Map.of("journals", "if.asc"));
    }

    // ---- the view in the URL --------------------------------------------------------------

    @Test
    void theUrlKeepsTheViewAndOpeningItRestoresIt() {
        open("");
        choose("ccf", "B");
        sortButton("journals", "if").click();
        sortButton("conferences", "name").click();
        sortButton("conferences", "name").click();
        type("IEEE");
        awaitQuery(Map.of("q", "IEEE", "ccf", "B", "journals", "if.asc", "conferences", "name.desc"));
        String url = driver.getCurrentUrl();
        assertTrue(url.contains("ccf=B") && url.contains("journals=if.asc"), url);

        List<String> journalOrder = rowIds("journals");
        List<String> journalsShown = visibleRowIds("journals");
        List<String> conferencesShown = visibleRowIds("conferences");
        List<String> ieeeB = visibleJournals(v -> "B".equals(v.ccf()) && v.name().contains("IEEE"));
        assertEquals(VenueData.sorted(journals(), "if", true).stream().filter(ieeeB::contains).toList(), journalOrder,
                "the body holds the matching rows, sorted");
        assertEquals(journalOrder, journalsShown);
        assertEquals(List.of("v-bibm", "v-icassp"), conferencesShown, "name descending: Bioinformatics before Acoustics");
        String journalCount = driver.findElement(By.id("journals-count")).getText();
        String conferenceCount = driver.findElement(By.id("conferences-count")).getText();

        String original = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            open(url.substring(server.url().length()));
            awaitOrder("journals", journalOrder);
            awaitVisible("journals", journalsShown);
            awaitVisible("conferences", conferencesShown);
            awaitCount("journals", journalCount);
            awaitCount("conferences", conferenceCount);
            assertEquals("IEEE", value("q"));
            assertEquals("B", value("ccf"));
            assertEquals("", value("zone"));
            assertEquals("", value("cat"));
            assertEquals(Map.of("if", "ascending"), ariaSort("journals"));
            assertEquals(Map.of("name", "descending"), ariaSort("conferences"));
            assertEquals(url, driver.getCurrentUrl(), "restoring keeps the URL as it was");
        } finally {
            driver.close();
            driver.switchTo().window(original);
        }
    }

    @Test
    void aUrlWithUnknownValuesShowsTheDefaultView() {
        open("?ccf=Z&zone=9&cat=nonsense&journals=if.sideways&conferences=bogus.asc");
        awaitCount("journals", "23 of 23 journals");
        awaitCount("conferences", "14 of 14 conferences");
        awaitOrder("journals", VenueData.defaultOrder(data.journals));
        awaitOrder("conferences", VenueData.defaultOrder(data.conferences));
        assertEquals(Map.of("h5", "descending"), ariaSort("journals"));
        assertEquals("", value("ccf"));
        awaitQuery(Map.of());
    }

    @Test
    void theLanguageLinkCarriesTheViewToChinese() {
        open("");
        choose("ccf", "B");
        sortButton("journals", "if").click();
        awaitQuery(Map.of("ccf", "B", "journals", "if.asc"));
        String query = URI.create(driver.getCurrentUrl()).getRawQuery();
        WebElement link = driver.findElement(By.id("other-language"));
        assertEquals("zh/?" + query, link.getDomAttribute("href"));
        link.click();

        wait.until(ExpectedConditions.urlContains("/zh/"));
        assertEquals(server.url() + "zh/?" + query, driver.getCurrentUrl());
        assertEquals("zh-CN", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("期刊", driver.findElement(By.cssSelector("#journals caption")).getText());
        assertEquals("影响因子", sortButton("journals", "if").getText());
        awaitCount("journals", "显示 6 / 23 个期刊");
        awaitCount("conferences", "显示 2 / 14 个会议");
        assertEquals("B", value("ccf"));
        awaitVisible("journals", VenueData.sorted(journals(), "if", true).stream()
                .filter(visibleJournals(v -> "B".equals(v.ccf()))::contains).toList());
        assertEquals(Map.of("if", "ascending"), ariaSort("journals"));

        WebElement back = driver.findElement(By.id("other-language"));
        assertEquals("English", back.getText());
        assertEquals("../?" + query, back.getDomAttribute("href"));
        choose("ccf", "");
        awaitCount("journals", "显示 23 / 23 个期刊");
        back.click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/zh/")));
        assertEquals(server.url() + "?journals=if.asc", driver.getCurrentUrl());
        assertEquals("en", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        awaitCount("journals", "23 of 23 journals");
        awaitAriaSort("journals", "if", "ascending");
    }

    // ---- layout ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1280", "en, 360", "zh, 1280", "zh, 360"})
    void screenshotsAndNoSidewaysScrolling(String lang, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 800));
        open("en".equals(lang) ? "" : "zh/");
        await("viewport width", (long) width, d -> js("return window.innerWidth"));
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve("site-" + lang + "-" + width + ".png");
        Files.write(file, fullPage());
        assertTrue(Files.size(file) > 1000, file.toString());
        assertTrue(scrollWidth <= width + 1, lang + " at " + width + " px: the page scrolls sideways ("
                + scrollWidth + " px wide); the wide tables must scroll inside their own box");
    }

    /** A PNG of the whole page, not only the viewport. */
    @SuppressWarnings("unchecked")
    static byte[] fullPage() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }
}
