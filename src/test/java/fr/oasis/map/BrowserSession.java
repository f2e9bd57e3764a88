package fr.oasis.map;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, with a fresh profile. Fails (does not
 * skip) when either is missing: CI must install them with {@code bin/setup-test-env}.
 */
public final class BrowserSession {
    /** Debian's paths, or {@code OASIS_CHROMIUM} / {@code OASIS_CHROMEDRIVER} (a developer's own install). */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("OASIS_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("OASIS_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private BrowserSession() {
    }

    public static ChromeDriver start(Path profile) {
        for (Path executable : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(executable)) {
                fail(executable + " is missing: run bin/setup-test-env (as root) to install chromium and "
                        + "chromium-driver, or set OASIS_CHROMIUM and OASIS_CHROMEDRIVER");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--lang=fr-FR", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /** The page's status line and browser console, to explain a timeout. */
    public static String diagnostics(ChromeDriver driver) {
        StringBuilder out = new StringBuilder("url ").append(driver.getCurrentUrl());
        driver.findElements(org.openqa.selenium.By.id("map-status"))
                .forEach(e -> out.append("\nstatus: ").append(e.getText()));
        driver.manage().logs().get("browser").forEach(entry -> out.append("\nconsole: ").append(entry));
        return out.toString();
    }

    /** Console errors of the page, except those whose text contains one of the expected fragments. */
    public static java.util.List<String> consoleErrors(ChromeDriver driver, String... expected) {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> java.util.Arrays.stream(expected).noneMatch(message::contains))
                .toList();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>}. */
    public static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    public static Path freshProfile() {
        try {
            return Files.createTempDirectory("oasis-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile directory", e);
        }
    }
}
