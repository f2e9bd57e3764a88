package fr.oasis.prospective.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.map.BrowserSession;
import fr.oasis.report.FrenchNumbers;
import fr.oasis.security.Role;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.DemoInDatabase;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryQueries;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scenario page in a real headless Chromium on the demonstration, as an ANALYST: from the
 * header to the prospective workspace, a new scenario, "3 GPs open in Saint-Éloi-sur-Mance";
 * the difference map colours the communes that gain, the tables list them, then the scenario is
 * saved, reopened by its URL (its change listed, the same tables), and opened by a VIEWER without
 * the building form. No console error. Leaves {@code target/screenshots/prospective-scenario.png}.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oasis.map.tile-url=")
class ScenarioPageBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;

    @BeforeAll
    static void windowSize() {
        driver.manage().window().setSize(new Dimension(1400, 1600));
    }

    @BeforeEach
    void demonstration() {
        DemoInDatabase.ensureTerritory(demo, territories);
    }

    private <T> T await(ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(40)).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(BrowserSession.diagnostics(driver) + "\nstatus: "
                    + driver.findElements(By.id("scenario-status")).stream().map(x -> x.getText()).toList(), e);
        }
    }

    /**
     * The commune table shows each figure as {@code report.FrenchNumbers} writes it (the page's
     * french-numbers.js follows the same rule): APL with the decimals of its unit, populations in
     * "hab.", minutes in "min".
     */
    @SuppressWarnings("unchecked")
    private void cellsFollowTheOneNumberRule(String outcomeUrl) {
        Map<String, Object> gp = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then((r) => r.json()).then((o) => done(o.professions[0]));", outcomeUrl);
        String unit = (String) gp.get("unit");
        List<Map<String, Object>> communes = (List<Map<String, Object>>) gp.get("communes");
        List<WebElement> rows = driver.findElements(By.cssSelector("#commune-table tbody tr"));
        assertThat(rows).hasSameSizeAs(communes);
        for (int k = 0; k < rows.size(); k++) {
            List<String> cells = rows.get(k).findElements(By.tagName("td")).stream().map(c -> spaces(c.getText())).toList();
            Map<String, Object> r = communes.get(k);
            double before = ((Number) r.get("aplBefore")).doubleValue();
            double after = ((Number) r.get("aplAfter")).doubleValue();
            assertThat(cells.subList(1, 5)).as("row " + k).containsExactly(
                    spaces(FrenchNumbers.withUnit(((Number) r.get("population")).doubleValue(), "hab.")),
                    spaces(FrenchNumbers.format(before, unit)), spaces(FrenchNumbers.format(after, unit)),
                    spaces(FrenchNumbers.signed(after - before, unit)));
            Object minutes = r.get("minutesBefore");
            assertThat(cells.get(5)).isEqualTo(spaces(FrenchNumbers.withUnit(
                    minutes == null ? null : ((Number) minutes).doubleValue(), "min")));
        }
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private void login(Role role) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        signInAs(role);
        await(ExpectedConditions.elementToBeClickable(By.id("nav-prospective")));
    }

    private static ExpectedCondition<Boolean> changedCommunes() {
        return (WebDriver d) -> {
            String n = d.findElement(By.id("legend-diff")).getDomAttribute("data-changed");
            return n != null && Integer.parseInt(n) > 0
                    && !d.findElements(By.cssSelector("#commune-table tbody tr")).isEmpty();
        };
    }

    @Test
    void anAnalystAddsAChangeSeesTheDifferenceSavesAndReopensIt() throws Exception {
        login(Role.ANALYST);
        driver.findElement(By.id("nav-prospective")).click();
        await(ExpectedConditions.elementToBeClickable(By.id("new-scenario"))).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-after path.leaflet-interactive")));
        driver.findElement(By.id("change-commune")).sendKeys("Saint-Éloi-sur");
        await(ExpectedConditions.elementToBeClickable(By.cssSelector("#change-commune-results li"))).click();
        new Select(driver.findElement(By.cssSelector("#team .team-profession"))).selectByValue("MG");
        driver.findElement(By.cssSelector("#team .team-count")).clear();
        driver.findElement(By.cssSelector("#team .team-count")).sendKeys("3");
        driver.findElement(By.id("change-add")).click();
        await(changedCommunes());

        assertThat(driver.findElement(By.id("changes")).getText()).contains("Saint-Éloi-sur-Mance (9A001)");
        assertThat(driver.findElement(By.id("legend-diff")).getText()).contains("Gains et pertes d'APL",
                "Médecins généralistes", "violet : elle augmente");
        long purple = driver.findElements(By.cssSelector("#map-diff path.leaflet-interactive")).stream()
                .map(p -> p.getDomAttribute("fill")).filter(f -> f != null && (f.equals("#d8daeb")
                        || f.equals("#998ec3") || f.equals("#542788"))).count();
        assertThat(purple).as("communes drawn as gaining").isPositive();
        String table = driver.findElement(By.id("commune-table")).getText();
        assertThat(table).contains("Saint-Éloi-sur-Mance (9A001)", "APL avant", "APL après");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("Praticiens en plus / en moins", "+3 / -0",
                "seuil de 2,5");
        assertThat(driver.findElement(By.id("epci-table")).findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.id("sources")).getText()).contains("millésime");
        BrowserSession.screenshot(driver, "prospective-scenario.png");

        driver.findElement(By.id("scenario-name")).sendKeys("Trois médecins à Saint-Éloi");
        driver.findElement(By.id("scenario-save")).click();
        await(ExpectedConditions.urlMatches("/prospective/scenarios/\\d+$"));
        String url = driver.getCurrentUrl();
        driver.get(url);
        await(changedCommunes());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Trois médecins à Saint-Éloi");
        assertThat(driver.findElement(By.id("changes")).getText()).contains("3 médecins généralistes s'installent");
        assertThat(driver.findElement(By.id("commune-table")).getText()).contains("Saint-Éloi-sur-Mance (9A001)");
        assertThat(driver.findElement(By.id("export-pdf")).getDomAttribute("href")).endsWith("/synthese.pdf");
        cellsFollowTheOneNumberRule(url.replaceFirst("/prospective/scenarios/(\\d+)$", "/api/prospective/scenarios/$1/outcome"));
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();

        login(Role.VIEWER);
        driver.get(url);
        await(changedCommunes());
        assertThat(driver.findElements(By.id("change-form"))).isEmpty();
        assertThat(driver.findElements(By.id("scenario-save"))).isEmpty();
        assertThat(driver.findElement(By.id("changes")).getText()).contains("Saint-Éloi-sur-Mance");
        BrowserSession.screenshot(driver, "prospective-scenario-viewer.png");
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();
    }
}
