package fr.oasis.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.security.Role;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryQueries;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The care-structure layers and the indicative priority-zone layer of the map, in a real headless
 * Chromium on the demonstration territory: one toggle per stored type with its count, source and
 * millésime; the markers of a type appear and go with its toggle (as many as the API's points);
 * a hospital's popup gives its FINESS number and says its position is the establishment's; the
 * priority-zone choropleth has the three named classes, counts adding up to the communes drawn,
 * and says that the official zoning is the ARS's. Screenshots: {@code target/screenshots/map-structures.png}
 * and {@code map-priority-zones.png}.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.demo.load-when-empty=true", "oasis.map.tile-url="})
class StructureMapBrowserTest extends BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    fr.oasis.structure.StructureQueries structures;

    /** Other tests share the in-memory database: the demonstration (with its structures) must be there. */
    @BeforeEach
    void demonstrationAndViewer() {
        if (!fr.oasis.support.DemoInDatabase.territoryPresent(territories) || structures.summary().size() != 7) {
            demo.load();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    private void logInToTheMap(String query) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/map" + query);
        signInAs(Role.VIEWER);
        waiting().until(ExpectedConditions.urlContains("/map"));
    }

    private int markers(String type) {
        return driver.findElements(By.cssSelector(".leaflet-marker-pane .structure-icon." + type)).size();
    }

    @Test
    void eachStructureTypeIsALayerWithItsSymbolCountSourceAndMillesime() throws Exception {
        logInToTheMap("");
        new MapPage(driver, WAIT).awaitReady();
        waiting().until(d -> !d.findElements(By.id("structures-toggle")).isEmpty());
        String toggles = driver.findElement(By.id("structures-toggle")).getText();
        Map<String, Long> totals = new java.util.HashMap<>();
        structures.summary().forEach(s -> totals.put(s.type(), s.total()));
        assertThat(toggles).contains("Structures de soins", "Pharmacies (" + totals.get("pharmacy") + ")",
                "Maisons de santé (MSP) (" + totals.get("msp") + ")", "Urgences (" + totals.get("emergency") + ")",
                "Maternités (1)",
                "Établissements hospitaliers (FINESS) (3)", "millésime 2026", "dénombrement par commune, au chef-lieu",
                "coordonnées FINESS", "données de démonstration");
        long pharmacyPoints = structures.sites().stream().filter(s -> s.type().key().equals("pharmacy")).count();
        assertThat(markers("pharmacy")).isZero();

        driver.findElement(By.id("show-structure-pharmacy")).click();
        waiting().until(d -> markers("pharmacy") == pharmacyPoints);
        driver.findElement(By.id("show-structure-hospital")).click();
        waiting().until(d -> markers("hospital") == 3);
        WebElement hospital = driver.findElements(By.cssSelector(".leaflet-marker-pane .structure-icon.hospital")).get(0);
        driver.executeScript("arguments[0].parentElement.click()", hospital);
        waiting().until(d -> !d.findElements(By.cssSelector(".leaflet-popup-content .structure-popup")).isEmpty());
        String popup = driver.findElement(By.cssSelector(".leaflet-popup-content")).getText();
        assertThat(popup).contains("N° FINESS", "Position de l'établissement (coordonnées FINESS)",
                "Source : Oasis, établissements hospitaliers fictifs", "millésime 2026");
        BrowserSession.screenshot(driver, "map-structures.png");

        driver.findElement(By.id("show-structure-pharmacy")).click();
        waiting().until(d -> markers("pharmacy") == 0);
        assertThat(markers("hospital")).isEqualTo(3);
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();
    }

    @Test
    void thePriorityZoneLayerHasItsThreeIndicativeClassesAndSaysTheZoningIsTheArs() throws Exception {
        logInToTheMap("?indicator=priorityzone&method=quantile");
        MapPage page = new MapPage(driver, WAIT);
        page.awaitReady();
        page.awaitLegendText("Zonage indicatif");
        List<String> expected = List.of("hors zone indicative", "zone d'action complémentaire (indicative)",
                "zone d'intervention prioritaire (indicative)");
        // The legend is drawn again as data arrive: read it once it is stable.
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> page.legendClasses().equals(expected));
        String legend = page.legendText();
        assertThat(legend).contains("le zonage officiel est arrêté par l'ARS", "Données de démonstration",
                "APL médecins généralistes (tous les praticiens) inférieure à 2,5");
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> legendCount() == page.shapes());
        BrowserSession.screenshot(driver, "map-priority-zones.png");

        page.choose("level", "epci");
        page.awaitShapes(8);
        page.awaitLegendText("Zonage indicatif");
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> page.legendClasses().equals(expected) && legendCount() == 8);
    }

    /** The territories counted by the legend's classes (and "sans donnée"). */
    private long legendCount() {
        return driver.findElements(By.cssSelector("#legend-classes li .count")).stream()
                .mapToLong(e -> Long.parseLong(e.getText().replaceAll("\\D", ""))).sum();
    }
}
