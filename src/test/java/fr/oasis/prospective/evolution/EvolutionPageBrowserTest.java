package fr.oasis.prospective.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.map.BrowserSession;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.security.Role;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryQueries;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The evolution page in headless Chromium on the demonstration (two vintages, 2023 and 2026, by
 * the demonstration road network), as a VIEWER: the difference map is drawn in the diverging
 * palette with its legend, the table lists communes with both millésimes and the source, the EPCI
 * level switches, and choosing one vintage twice shows the server's French refusal. Leaves
 * {@code target/screenshots/evolution.png}.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.demo.load-when-empty=true", "oasis.map.tile-url="})
class EvolutionPageBrowserTest extends BrowserTest {
    /** The page's diverging palette (ColorBrewer RdBu), as Chromium writes it in SVG fill attributes. */
    private static final Set<String> DIVERGING = Set.of("#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0",
            "#67a9cf", "#2166ac", "#c9c9c9");

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    PractitionerQueries practitioners;
    @Autowired
    fr.oasis.accessibility.AplComputation computation;

    @BeforeEach
    void demonstrationWithTwoVintagesAndViewer() {
        List<PractitionerVintageView> vintages = practitioners.vintages();
        if (!fr.oasis.support.DemoInDatabase.territoryPresent(territories) || vintages.size() < 2
                || !vintages.get(0).demo() || !vintages.get(1).demo()) {
            demo.load();
        } else {
            // Another test class may have recomputed the latest vintage with the mobile units counted
            // (oasis.services.mobile-supply.enabled): recompute it with this context's settings so the
            // two vintages are of one model, as the page requires.
            computation.computeLatest();
        }
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private String state() {
        return driver.findElement(By.id("evolution")).getAttribute("data-state");
    }

    @Test
    void viewerSeesTheDifferenceMapTableAndRefusal() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/prospective/evolution?profession=MG");
        signInAs(Role.VIEWER);
        waiting().until(ExpectedConditions.urlContains("/prospective/evolution"));
        waiting().until(d -> "ready".equals(state()));

        List<WebElement> paths = driver.findElements(By.cssSelector("#evolution-map path.leaflet-interactive"));
        assertThat(paths.size()).as("one shape per commune").isGreaterThan(100);
        Set<String> fills = paths.stream().map(p -> p.getAttribute("fill")).collect(Collectors.toSet());
        assertThat(DIVERGING).containsAll(fills);
        assertThat(fills).as("gains and losses both drawn").anyMatch(f -> Set.of("#b2182b", "#ef8a62", "#fddbc7")
                .contains(f)).anyMatch(f -> Set.of("#d1e5f0", "#67a9cf", "#2166ac").contains(f));
        String legend = driver.findElement(By.id("evolution-legend")).getText();
        assertThat(legend).contains("Évolution de l'APL 2023 → 2026", "perte de plus de", "gain de plus de",
                "inchangée", "millésime 2023", "millésime 2026", "par la route");
        assertThat(driver.findElements(By.cssSelector("#evolution-legend li"))).hasSize(8);
        assertThat(driver.findElement(By.id("evolution-before")).getText()).isEqualTo("APL 2023");
        assertThat(driver.findElement(By.id("evolution-after")).getText()).isEqualTo("APL 2026");
        List<WebElement> rows = driver.findElements(By.cssSelector("#evolution-table tbody tr"));
        assertThat(rows.size()).isGreaterThan(100);
        assertThat(driver.findElements(By.cssSelector("#evolution-table td.loss"))).isNotEmpty();
        assertThat(driver.findElement(By.id("evolution-note")).getText()).contains("APL stockés, comparés tels quels");
        assertThat(driver.findElement(By.id("evolution-source")).getText())
                .contains("millésime 2023", "millésime 2026", "données de démonstration");
        assertThat(driver.findElement(By.id("evolution-csv")).getAttribute("href"))
                .contains("/api/prospective/evolution.csv?profession=MG");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1300, 1500));
        BrowserSession.screenshot(driver, "evolution.png");

        new Select(driver.findElement(By.id("evolution-level"))).selectByValue("epci");
        driver.findElement(By.id("evolution-submit")).click();
        waiting().until(d -> d.getCurrentUrl().contains("level=epci") && "ready".equals(state()));
        assertThat(driver.findElement(By.id("evolution-table-note")).getText()).contains("EPCI");
        int epciRows = driver.findElements(By.cssSelector("#evolution-table tbody tr")).size();
        assertThat(epciRows).isBetween(2, 99);

        Select to = new Select(driver.findElement(By.id("evolution-to")));
        new Select(driver.findElement(By.id("evolution-from"))).selectByValue(to.getFirstSelectedOption()
                .getAttribute("value"));
        driver.findElement(By.id("evolution-submit")).click();
        waiting().until(d -> "refused".equals(state()));
        assertThat(driver.findElement(By.id("evolution-message")).getText())
                .startsWith("Choisissez deux millésimes différents");
        assertThat(driver.findElement(By.id("evolution-result")).isDisplayed()).isFalse();
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico", "400")).isEmpty();
    }
}
