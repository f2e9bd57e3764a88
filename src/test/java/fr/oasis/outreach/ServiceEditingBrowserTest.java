package fr.oasis.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.map.BrowserSession;
import fr.oasis.security.Role;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.TestAccounts;
import fr.oasis.support.DemoInDatabase;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;

/**
 * An ANALYST creates a médicobus with its stops in real headless Chromium on the demonstration
 * territory, from the header's link: a stop of 41 half-days is refused with the field named and
 * the values kept, then saved; the unit is edited to add a third stop; the map's "Télémédecine et
 * aller-vers" layer shows its three stops at once, and with the mobile-unit supply on the APL
 * legend says "APL incluant les unités mobiles (estimation)". No console error. Leaves
 * {@code target/screenshots/services-form-refused.png}, {@code services-list.png} and
 * {@code map-services-edited.png}; the unit is deleted afterwards.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.map.tile-url=", "oasis.services.mobile-supply.enabled=true"})
class ServiceEditingBrowserTest extends BrowserTest {
    private static final String CODE = "BUS-SEL";

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    OutreachCatalogue catalogue;
    @Autowired
    OutreachEditor editor;

    @BeforeAll
    static void windowSize() {
        driver.manage().window().setSize(new Dimension(1280, 1400));
    }

    @BeforeEach
    void demonstration() {
        if (!DemoInDatabase.territoryPresent(territories) || catalogue.all().units().isEmpty()) {
            demo.load();
        }
    }

    @AfterEach
    void removeTheUnit() {
        if (editor.find(ServiceRow.Kind.UNIT, CODE).isPresent()) {
            editor.delete(ServiceRow.Kind.UNIT, CODE, new UsernamePasswordAuthenticationToken("test", null,
                    List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void anAnalystCreatesAndEditsAMobileUnitAndSeesItOnTheMap() throws IOException {
        List<String> communes = territories.communePoints().stream().map(TerritoryView.CommunePoint::code).sorted()
                .limit(3).toList();
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/");
        signInAs(Role.ANALYST);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("nav-services"))).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("new-unit"))).click();

        type("f-code", CODE);
        type("f-nom", "Bus Selenium");
        new Select(driver.findElement(By.id("f-type"))).selectByValue("medicobus");
        type("f-operateur", "CPTS de test");
        type("stop-commune-1", communes.get(0));
        type("stop-lieu-1", "Place de l'église");
        type("stop-demi-1", "41");
        type("stop-commune-2", communes.get(1));
        type("stop-demi-2", "2");
        driver.findElement(By.id("save")).click();
        WebElement problems = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(problems.getText()).contains("Rien n'a été enregistré",
                "arrêt 1, champ « demi_journees_par_mois » : 41 demi-journées par mois, de 1 à 40 attendues");
        assertThat(driver.findElement(By.id("stop-lieu-1")).getAttribute("value")).isEqualTo("Place de l'église");
        BrowserSession.screenshot(driver, "services-form-refused.png");

        type("stop-demi-1", "4");
        driver.findElement(By.id("save")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertThat(driver.findElement(By.id("unit-" + CODE)).getText()).contains("Bus Selenium", "Médicobus",
                communes.get(0) + " — Place de l'église : 4", communes.get(1) + " : 2");

        driver.findElement(By.id("edit-unit-" + CODE)).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stop-commune-3")));
        assertThat(driver.findElement(By.id("f-code")).getAttribute("readonly")).isNotNull();
        type("stop-commune-3", communes.get(2));
        type("stop-demi-3", "3");
        type("stop-horaires-3", "2e jeudi matin");
        driver.findElement(By.id("save")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertThat(driver.findElement(By.id("unit-" + CODE)).getText()).contains(communes.get(2)
                + " : 3 (2e jeudi matin)", "Total : 9 demi-journée(s) par mois");
        assertThat(driver.findElement(By.id("mobile-supply-on")).getText())
                .contains("APL incluant les unités mobiles (estimation)");
        assertThat(driver.findElement(By.id("changes")).getText()).contains(TestAccounts.username(Role.ANALYST),
                "arrêt 3 ajouté : " + communes.get(2));
        BrowserSession.screenshot(driver, "services-list.png");

        driver.get("http://localhost:" + port + "/map");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("show-services"))).click();
        By ours = By.cssSelector(".leaflet-marker-pane [title='Arrêt d\\'unité mobile : Bus Selenium']");
        waiting().until(ExpectedConditions.numberOfElementsToBe(ours, 3));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("legend"),
                "APL incluant les unités mobiles (estimation)"));
        BrowserSession.screenshot(driver, "map-services-edited.png");
        // The refused form answers 400 on purpose (Chromium logs it); nothing else may fail.
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico",
                "/services/units - Failed to load resource: the server responded with a status of 400")).isEmpty();
    }
}
