package io.github.venues.site;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Chromium through chromedriver, both from Debian's packages: nothing is downloaded.
 * Locally a missing browser skips the browser tests; on CI ({@code CI=true}) it fails them.
 */
final class Chromium {

    /** Debian's Chromium by default; VENUES_CHROME / VENUES_CHROMEDRIVER point elsewhere (e.g. GitHub's runners). */
    static final Path BROWSER = Path.of(System.getenv().getOrDefault("VENUES_CHROME", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("VENUES_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /**
     * Selenium warns that it has no DevTools module for this Chromium version; the tests use only
     * chromedriver's own CDP endpoint (for full-page screenshots), so the warning is noise.
     */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private Chromium() {
    }

    /** Why browser tests cannot run here, or {@code null}; fails at once on CI. */
    static String missing(String testName) {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) return null;
        String missing = "the browser tests need " + BROWSER + " and " + DRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) fail(missing + "; on CI (CI=true) they must run, not be skipped");
        System.err.println(testName + " skipped: " + missing);
        return missing;
    }

    /** A new browser with a fresh profile under {@code tmp}, its window {@code size}. */
    static ChromeDriver start(Path tmp, Dimension size) throws IOException {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        // Never let Selenium Manager look for (or download) a driver or a browser.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectory(tmp.resolve("profile")).toAbsolutePath(),
                "--window-size=" + size.width + "," + size.height);
        return new ChromeDriver(service, options);
    }
}
