package io.github.venues.site;

import io.github.venues.cli.SiteBuild;
import io.github.venues.render.Pages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The site of a 20,000-venue list (made by the shared benchmark generator) in headless Chromium:
 * sorting and filtering still give the right rows, and the browser's own clock
 * ({@code performance.now()}) says how long each took, from the event to the end of the layout
 * it causes. The figures go to {@code target/bench/browser.md} for docs/benchmarks.md.
 *
 * <p>This is a correctness test with a measurement attached, not a timing test: the only bounds
 * asserted are ten times the targets (150 ms to sort, 100 ms a keystroke), there to catch a
 * quadratic slip, not to judge a noisy shared machine. {@code bench/run} reports the medians.
 */
class LargeListBrowserTest {

    static final int VENUES = 20_000;
    static final Path GENERATOR = Path.of(System.getenv().getOrDefault("VENUES_BENCH_GEN", "../shared/bench/gen_venues.py"));
    static final Path REPORT = Path.of("target/bench/browser.md");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    /** Ten times the targets of the performance issue; see the class comment. */
    static final double SORT_BOUND_MS = 1_500, KEYSTROKE_BOUND_MS = 1_000;

    @TempDir
    static Path tmp;
    static VenueData data;
    static StaticServer server;
    static ChromeDriver driver;
    static String missing;
    /** What was measured → every figure, in ms; printed and written to {@link #REPORT} at the end. */
    static final Map<String, List<Double>> FIGURES = new TreeMap<>();

    @BeforeAll
    static void start() throws Exception {
        missing = Chromium.missing("LargeListBrowserTest");
        if (missing != null) return;
        if (!Files.isRegularFile(GENERATOR)) {
            missing = "the generator " + GENERATOR + " is not here (set VENUES_BENCH_GEN)";
            if ("true".equals(System.getenv("CI"))) fail(missing);
            return;
        }
        Path content = generate(tmp.resolve("content"), VENUES);
        Path site = tmp.resolve("site");
        SiteBuild.build(content, Path.of("templates"), site, tmp.resolve("README.md"));
        data = VenueData.read(site.resolve("venues.json"));
        server = new StaticServer(site);
        driver = Chromium.start(tmp, DESKTOP);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws IOException {
        String browser = driverVersion();
        try {
            if (driver != null) driver.quit();
        } finally {
            if (server != null) server.close();
        }
        if (!FIGURES.isEmpty()) report(browser);
    }

    @Test
    void theFirstRowsAreShownAndTheRestComeOnDemand() {
        Assumptions.assumeTrue(missing == null, missing);
        assertEquals(VENUES, data.journals.size() + data.conferences.size());
        open("");
        int journals = data.journals.size(), first = Pages.FIRST_ROWS;
        assertEquals(journals + " of " + journals + " journals", text("journals-count"));
        assertEquals(journals - first, ((Number) js("return document.getElementById('journals-rest').content.children.length")).intValue(),
                "the rows past the first screenful wait in a template");
        assertEquals(VenueData.defaultOrder(data.journals).subList(0, first), rowIds("journals"));
        assertEquals("Show more (" + (journals - first) + " not shown yet)", text("journals-more"));

        js("document.getElementById('journals-more').click()");
        assertEquals(VenueData.defaultOrder(data.journals).subList(0, 2 * first), rowIds("journals"));
        assertEquals("Show more (" + (journals - 2 * first) + " not shown yet)", text("journals-more"));

        js("document.getElementById('conferences-more').scrollIntoView()");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> rows("conferences") == 2 * first);
        assertEquals(VenueData.defaultOrder(data.conferences).subList(0, 2 * first), rowIds("conferences"),
                "scrolling to the button shows more, as pressing it does");
    }

    @Test
    void theFirstScreenfulIsPaintedBeforeTheWholeTableIsLoaded() {
        Assumptions.assumeTrue(missing == null, missing);
        for (int run = 0; run < 3; run++) {
            open("");
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) js("const n = performance.getEntriesByType('navigation')[0];"
                    + "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                    + "return {fcp: p ? p.startTime : -1, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd};");
            record("page: first contentful paint", number(t.get("fcp")));
            record("page: DOMContentLoaded (script done)", number(t.get("dcl")));
            record("page: load", number(t.get("load")));
        }
    }

    @Test
    void sortingTwelveThousandJournalsGivesTheOracle_sOrderUnknownsLast() {
        Assumptions.assumeTrue(missing == null, missing);
        open("");
        List<VenueData.Venue> initial = VenueData.inDefaultOrder(data.journals);
        for (String column : List.of("h5", "if", "cas", "ccf", "name")) {
            for (boolean ascending : List.of(true, false)) {
                double ms = sortBy("journals", column);
                record("sort journals by " + column, ms);
                assertTrue(ms < SORT_BOUND_MS, "sorting by " + column + " took " + ms + " ms");
                if (!column.equals("name")) { // the page collates names by locale; the oracle does not
                    assertEquals(VenueData.sorted(initial, column, ascending).subList(0, Pages.FIRST_ROWS), rowIds("journals"),
                            "the first journals by " + column + (ascending ? " ascending" : " descending"));
                }
            }
        }
    }

    @Test
    void eachKeystrokeInTheSearchBoxFiltersBothTablesAndUpdatesTheCount() {
        Assumptions.assumeTrue(missing == null, missing);
        open("");
        String query = "neuro";
        for (int i = 1; i <= query.length(); i++) {
            double ms = keystroke(query.charAt(i - 1));
            record("filter: one keystroke in the search box", ms);
            assertTrue(ms < KEYSTROKE_BOUND_MS, "a keystroke took " + ms + " ms");
            String typed = query.substring(0, i);
            long expected = data.journals.stream().filter(v -> matches(v, typed)).count();
            assertEquals(expected + " of " + data.journals.size() + " journals", text("journals-count"), "after \"" + typed + "\"");
            assertEquals(Math.min(expected, Pages.FIRST_ROWS), rows("journals"));
        }
        for (int i = 0; i < query.length(); i++) {
            record("filter: one keystroke in the search box", backspace());
        }
        assertEquals(data.journals.size() + " of " + data.journals.size() + " journals", text("journals-count"));
        assertEquals(VenueData.defaultOrder(data.journals).subList(0, Pages.FIRST_ROWS), rowIds("journals"));
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** The page's search: name or abbreviation contains the typed text, case-insensitively. */
    static boolean matches(VenueData.Venue v, String typed) {
        return v.name().toLowerCase(Locale.ROOT).contains(typed)
                || (v.abbr() != null && v.abbr().toLowerCase(Locale.ROOT).contains(typed));
    }

    /** Clicks a sort button; the time from the click to the end of the layout of the new order. */
    static double sortBy(String table, String column) {
        return number(js("const b = document.querySelector('#' + arguments[0] + ' thead th[data-key=\"' + arguments[1] + '\"] button');"
                + "const t0 = performance.now(); b.click(); document.body.offsetHeight; return performance.now() - t0;",
                table, column));
    }

    /** Types one character as a keystroke does (value, then an input event); time to the end of layout. */
    static double keystroke(char c) {
        return number(js("const q = document.getElementById('q'); q.focus(); q.value += arguments[0];"
                + "const t0 = performance.now(); q.dispatchEvent(new InputEvent('input', {bubbles: true, data: arguments[0]}));"
                + "document.body.offsetHeight; return performance.now() - t0;", String.valueOf(c)));
    }

    static double backspace() {
        return number(js("const q = document.getElementById('q'); q.value = q.value.slice(0, -1);"
                + "const t0 = performance.now(); q.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'deleteContentBackward'}));"
                + "document.body.offsetHeight; return performance.now() - t0;"));
    }

    static void open(String pathAndQuery) {
        driver.get(server.url() + pathAndQuery);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "complete".equals(js("return document.readyState")));
    }

    @SuppressWarnings("unchecked")
    static List<String> rowIds(String table) {
        return (List<String>) js("return Array.from(document.querySelectorAll('#' + arguments[0] + ' > tbody > tr'), r => r.id)", table);
    }

    static String text(String id) {
        return (String) js("return document.getElementById(arguments[0]).textContent", id);
    }

    static long rows(String table) {
        return ((Number) js("return document.querySelectorAll('#' + arguments[0] + ' > tbody > tr').length", table)).longValue();
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    static synchronized void record(String what, double ms) {
        FIGURES.computeIfAbsent(what, k -> new ArrayList<>()).add(ms);
    }

    /** {@code gen_venues.py OUTDIR N}, plus our site.yaml and prose so the page is complete. */
    static Path generate(Path content, int n) throws IOException, InterruptedException {
        Files.createDirectories(content);
        Process p = new ProcessBuilder("python3", GENERATOR.toString(), content.toString(), String.valueOf(n))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) fail("the generator failed:\n" + out);
        try (var files = Files.list(Path.of("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.equals("site.yaml") || name.endsWith(".md")) Files.copy(f, content.resolve(name));
            }
        }
        return content;
    }

    /** Median, minimum and maximum of each figure, as a Markdown table. */
    static void report(String browser) throws IOException {
        StringBuilder md = new StringBuilder("Browser, " + String.format(Locale.ROOT, "%,d", VENUES)
                + " venues, headless " + browser + ", 1280 × 900; ms, median (min–max) of n:\n\n"
                + "| what | ms | n |\n|---|---:|---:|\n");
        FIGURES.forEach((what, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            md.append(String.format(Locale.ROOT, "| %s | %.0f (%.0f–%.0f) | %d |%n", what, median,
                    sorted.get(0), sorted.get(sorted.size() - 1), sorted.size()));
        });
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, md);
        System.out.println(md);
    }

    static String driverVersion() {
        Object v = driver == null ? null : driver.getCapabilities().getBrowserVersion();
        return v == null ? "?" : "Chromium " + v;
    }
}
