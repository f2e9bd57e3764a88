package fr.oasis.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.map.BrowserSession;
import fr.oasis.security.Role;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.DemoInDatabase;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryQueries;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The demonstration CLS in a real headless Chromium, as a VIEWER: reached from the header, its
 * dashboard counts the actions of each axis per status at the end of 2024 and of 2023, lists
 * the changes since the year before, shows the perimeter's observatory figures at signature and
 * today (same millésime: no evolution), links the grouping's map, and no import or freeze form; then the map offers the "Télémédecine et aller-vers" layer with its own symbols. No
 * console error. Leaves {@code target/screenshots/contract-dashboard.png}, {@code contract-figures.png}
 * (the perimeter's figures at signature and today) and {@code map-services.png}.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.map.tile-url="})
class ContractDashboardBrowserTest extends BrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    ContractCatalogue contracts;

    @BeforeAll
    static void windowSize() {
        driver.manage().window().setSize(new Dimension(1280, 1400));
    }

    @BeforeEach
    void demonstration() {
        if (!DemoInDatabase.territoryPresent(territories) || contracts.all().stream().noneMatch(Contract::demo)) {
            demo.load();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private String cells(String rowId) {
        return String.join(",", driver.findElements(By.cssSelector("#" + rowId + " td.num")).stream()
                .map(WebElement::getText).toList());
    }

    @Test
    void theDemonstrationDashboardCountsActionsByAxisAndStatus() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/");
        signInAs(Role.VIEWER);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("nav-contracts"))).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.partialLinkText("CLS de démonstration"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("status-by-axis")));

        assertThat(driver.findElement(By.id("year-2024")).getAttribute("class")).contains("current");
        // Columns: non commencée, en cours, réalisée, abandonnée, reportée, non renseigné.
        assertThat(cells("axis-1")).isEqualTo("0,1,2,0,0,0");
        assertThat(cells("axis-2")).isEqualTo("0,0,0,1,0,0");
        assertThat(driver.findElement(By.id("changes-since-last-year")).getText())
                .contains("Action « 1.2.2 » (Ouvrir une cabine de téléconsultation) : reportée fin 2023 → en cours fin 2024")
                .contains("Indicateur « Patients vus dans l'année » (action « 1.2.1 ») : 420 → 1 180");
        assertThat(driver.findElement(By.id("indicator-1.2.1-R1")).getText()).contains("1 180", "1 500", "78,7");
        assertThat(driver.findElement(By.id("territory-context")).getText())
                .contains("APL des médecins généralistes", "Part des 75 ans et plus", "Temps d'accès au plus proche",
                        "ne conserve pas l'historique", "Contrat local de santé : CLS de démonstration");
        // At signature (frozen when the demonstration contract was created) beside today, same millésime: said so.
        assertThat(driver.findElement(By.cssSelector("#perimeter-figures thead")).getText())
                .contains("À la signature (figé le", "Aujourd'hui", "Évolution");
        assertThat(driver.findElement(By.id("context-apl.MG.all")).getText()).contains("millésime inchangé");
        assertThat(driver.findElement(By.id("perimeter-map")).getAttribute("href")).endsWith("/map?level=cls&sel=cls:CLS-DEMO");
        assertThat(driver.findElements(By.id("freeze-figures"))).isEmpty();
        assertThat(driver.findElements(By.id("import-form"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".demo-banner")).getText()).contains("Données de démonstration");
        BrowserSession.screenshot(driver, "contract-dashboard.png");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('territory-context').scrollIntoView()");
        BrowserSession.screenshot(driver, "contract-figures.png");

        driver.findElement(By.id("year-2023")).click();
        waiting().until(ExpectedConditions.attributeContains(By.id("year-2023"), "class", "current"));
        assertThat(cells("axis-1")).isEqualTo("0,2,0,0,1,0");

        driver.get("http://localhost:" + port + "/map");
        WebElement toggle = waiting().until(ExpectedConditions.elementToBeClickable(By.id("show-services")));
        assertThat(driver.findElement(By.id("services-toggle")).getText()).contains("Télémédecine et aller-vers (5)");
        toggle.click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".leaflet-marker-pane .service-icon"), 5));
        List<String> kinds = driver.findElements(By.cssSelector(".leaflet-marker-pane .service-icon")).stream()
                .map(e -> e.getAttribute("class")).toList();
        assertThat(kinds).anyMatch(k -> k.contains("teleconsultation")).anyMatch(k -> k.contains("mobile-stop"))
                .anyMatch(k -> k.contains("initiative"));
        BrowserSession.screenshot(driver, "map-services.png");
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();
    }
}
