package fr.oasis.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.security.Role;
import fr.oasis.security.UserAccounts;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The map page in a real headless Chromium on the demonstration territory, without a base map
 * (offline): log in, choropleth and legend, indicator and class method, search, click, reload
 * from the URL, log out. Leaves screenshots in {@code target/screenshots/}: {@code map.png} (first
 * view) and {@code map-shared-view.png} (the reloaded shared view with its territory card).
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.demo.load-when-empty=true", "oasis.map.tile-url="})
class MapPageBrowserTest {
    private static final String USER = "viewer.map";
    private static final String PASSWORD = "viewer-map-password";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static Path profile;
    private static ChromeDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TerritoryQueries territories;

    @BeforeAll
    static void startBrowser() {
        profile = BrowserSession.freshProfile();
        driver = BrowserSession.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Other tests share the in-memory database and may have replaced the demonstration territory. */
    @BeforeEach
    void demonstrationTerritoryAndViewer() {
        boolean demoPresent = territories.find(TerritoryLevel.COMMUNE, "9A001").map(TerritoryView.Detail::name)
                .filter("Saint-Éloi-sur-Mance"::equals).isPresent() && territories.summary().get("commune") > 100;
        if (!demoPresent) {
            demo.load();
        }
        if (!accounts.exists(USER)) {
            accounts.create(USER, PASSWORD, Role.VIEWER);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    private WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    @Test
    void classBreaksOfKnownArraysComputedByTheShippedScript() {
        driver.get(url("/login"));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/map/classify.js').then((c) => done({
                  quantiles: c.quantileBreaks([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 5),
                  jenks: c.jenksBreaks([1, 2, 3, 10, 11, 12, 20, 21, 22, null], 3),
                  jenksTies: c.jenksBreaks([4, 4, 4, 4], 3),
                  jenksTwoValues: c.jenksBreaks([1, 1, 5, 5, 5], 4),
                  random: c.jenksBreaks(arguments[0], 3),
                  classes: [0, 2.49, 2.5, 3.99, 4, 9].map((v) => c.classIndex(v, [2.5, 4])),
                })).catch((e) => done({ error: String(e) }));
                """, JenksReference.SAMPLE);
        assertThat(result).doesNotContainKey("error");
        assertThat(numbers(result.get("quantiles"))).containsExactly(3.0, 5.0, 7.0, 9.0);
        assertThat(numbers(result.get("jenks"))).containsExactly(10.0, 20.0);
        assertThat(numbers(result.get("jenksTies"))).isEmpty();
        assertThat(numbers(result.get("jenksTwoValues"))).containsExactly(5.0);
        assertThat(numbers(result.get("classes"))).containsExactly(0.0, 0.0, 1.0, 1.0, 2.0, 2.0);
        assertThat(JenksReference.cost(numbers(result.get("random"))))
                .isCloseTo(JenksReference.optimalCost(3), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void hostileNamesAreTextNotMarkup() {
        driver.get(url("/login"));
        @SuppressWarnings("unchecked")
        List<Object> result = (List<Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/map/card.js').then((m) => {
                  const card = document.createElement('section');
                  m.renderCard(card, { detail: { level: 'commune', code: '9A001', name: '<b>Évil</b>', population: 1,
                    parents: [] }, indicatorLabel: 'APL', digits: 1, value: 2, unit: '<i>u</i>',
                    comparisons: [{ level: 'departement', name: '<img src=x>', value: 3 }] });
                  done([card.querySelectorAll('b, i, img').length, card.querySelector('h2').textContent]);
                }).catch((e) => done([-1, String(e)]));
                """);
        assertThat(result).containsExactly(0L, "<b>Évil</b>");
    }

    @Test
    void malformedUrlStateFallsBackToDefaults() {
        driver.get(url("/login"));
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/map/url-state.js').then((m) => done(m.readState(
                  '?level=<script>&indicator=nearest&profession=MG"><b&method=jenks&z=99&lat=48.5&lon=x'
                  + '&sel=commune:9A001%3Cb%3E'))).catch((e) => done({ error: String(e) }));
                """);
        assertThat(state).containsEntry("level", "commune").containsEntry("indicator", "nearest")
                .containsEntry("profession", "MG").containsEntry("method", "jenks").containsEntry("zoom", null)
                .containsEntry("lon", null).containsEntry("selected", null);
    }

    @Test
    void browseSearchSelectShareAndLogOut() throws IOException {
        driver.get(url("/map"));
        waiting().until(ExpectedConditions.urlContains("/login"));
        byId("username").sendKeys(USER);
        byId("password").sendKeys(PASSWORD);
        byId("login-submit").click();
        waiting().until(ExpectedConditions.urlContains("/map"));
        MapPage page = new MapPage(driver, WAIT);
        page.awaitReady();
        assertThat(page.shapes()).isGreaterThan(50);
        assertThat(page.legendClasses()).isNotEmpty();
        assertThat(page.legendText()).contains("Données de démonstration", "millésime 2026",
                "consultations par an et par habitant standardisé");
        assertThat(byId("practitioners-toggle").isDisplayed()).isEqualTo(page.practitionerEndpointExists());
        screenshot("map.png");
        assertThat(page.practitionerRendering()).containsExactly("12", "1", "0",
                "Médecin généraliste|Commune : <img src=x>|Classe d'âge : non renseignée");

        String aplLegend = page.legendText();
        page.choose("indicator", "nearest");
        page.awaitLegendChange(aplLegend);
        assertThat(page.legendText()).contains("Temps d'accès", "minutes");
        String quantileClasses = String.join("|", page.legendClasses());
        page.choose("method", "fixed");
        page.awaitLegendClassesChange(quantileClasses);
        assertThat(page.legendClasses()).hasSize(6).first().asString().contains("moins de 5");
        assertThat(driver.getCurrentUrl()).contains("indicator=nearest", "method=fixed");

        String nearestLegend = page.legendText();
        page.choose("profession", "INF");
        page.choose("indicator", "apl");
        page.awaitLegendChange(nearestLegend);
        page.awaitLegendText("Sans référence nationale");
        assertThat(page.legendText()).contains("Infirmiers", "ETP pour 100 000 habitants standardisés");
        assertThat(page.legendClasses()).hasSize(4);
        page.choose("method", "jenks");
        page.awaitLegendText("par seuils naturels (Jenks)");
        assertThat(page.legendClasses()).hasSizeBetween(2, 5);
        page.choose("profession", "MG");
        page.choose("indicator", "nearest");
        page.choose("method", "fixed");
        page.awaitLegendText("Médecins généralistes");
        page.awaitLegendText("30 et plus");

        page.choose("level", "departement");
        page.awaitShapes(2);
        page.choose("level", "epci");
        page.awaitShapes(8);
        page.choose("level", "commune");
        page.awaitShapes(119);

        page.search("saint eloi", "Saint-Éloi-sur-Mance");
        page.awaitCard("Saint-Éloi-sur-Mance");
        assertThat(driver.getCurrentUrl()).contains("sel=commune%3A9A001");
        assertThat(byId("card").getText()).contains("Département démo Nord", "Région de démonstration", "132");

        String clicked = page.clickAnotherCommune();
        assertThat(clicked).isNotEqualTo("Saint-Éloi-sur-Mance");
        assertThat(byId("card-level").getText()).isEqualTo("Commune");
        assertThat(byId("card-report").getAttribute("href")).matches(".*/reports/commune/9[AB]\\d{3}");
        String shared = driver.getCurrentUrl();

        driver.get(shared);
        page.awaitReady();
        page.awaitCard(clicked);
        assertThat(new Select(byId("indicator")).getFirstSelectedOption().getAttribute("value")).isEqualTo("nearest");
        assertThat(new Select(byId("method")).getFirstSelectedOption().getAttribute("value")).isEqualTo("fixed");
        assertThat(page.legendClasses()).hasSize(6);
        assertThat(driver.getCurrentUrl()).isEqualTo(shared);
        screenshot("map-shared-view.png");
        // Only the expected 404s: no favicon, and /api/practitioners until it is deployed.
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico", "/api/practitioners?")).isEmpty();

        byId("logout").click();
        waiting().until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(driver.getPageSource()).contains("Vous êtes déconnecté");
    }

    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    }

    private static List<Double> numbers(Object list) {
        return ((List<?>) list).stream().map(n -> ((Number) n).doubleValue()).toList();
    }
}
