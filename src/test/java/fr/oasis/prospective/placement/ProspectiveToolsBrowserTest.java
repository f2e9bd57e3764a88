package fr.oasis.prospective.placement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.map.BrowserSession;
import fr.oasis.security.Role;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryQueries;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The retirement and "where to act" pages in headless Chromium as a VIEWER, on the demonstration:
 * fill each form, submit, read the result tables; a bad horizon shows the French message. Leaves
 * {@code target/screenshots/prospective-retirements*.png} and {@code prospective-where-to-act.png}.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.demo.load-when-empty=true", "oasis.map.tile-url="})
class ProspectiveToolsBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;

    @BeforeEach
    void demonstrationAndViewer() {
        fr.oasis.support.DemoInDatabase.ensureTerritory(demo, territories);
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private void signIn(String path) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + path);
        signInAs(Role.VIEWER);
        waiting().until(ExpectedConditions.urlContains(path));
    }

    @Test
    void projectRetirementsThenOneProfession() throws IOException {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
        signIn("/prospective/retirements");
        assertThat(driver.findElement(By.id("back-to-prospective")).getAttribute("href")).endsWith("/prospective");
        driver.findElement(By.id("years")).clear();
        driver.findElement(By.id("years")).sendKeys("10");
        driver.findElement(By.id("project")).click();
        // the 5-year table of the page's first load stays until the 10-year answer replaces it
        waiting().until(d -> d.findElement(By.cssSelector("#retirement-summary caption")).getText()
                .contains("Dans 10 ans") && !d.findElements(By.cssSelector("#retirement-summary tbody tr")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#retirement-summary tbody tr[data-key='MG']"))).hasSize(1);
        assertThat(driver.findElement(By.id("retirement-provenance")).getText()).contains("millésime");
        assertThat(driver.findElement(By.id("nearest-rule")).getText()).contains("une chance sur deux");
        BrowserSession.screenshot(driver, "prospective-retirements.png");

        new Select(driver.findElement(By.id("profession"))).selectByValue("MG");
        driver.findElement(By.id("years")).clear();
        driver.findElement(By.id("years")).sendKeys("15");
        driver.findElement(By.id("project")).click();
        waiting().until(d -> !d.findElements(By.id("key-figures")).isEmpty());
        assertThat(driver.getCurrentUrl()).contains("profession=MG", "years=15");
        assertThat(driver.findElement(By.id("key-figures")).getText()).contains("Seuil d'APL", "2,5", "plus de 20 min");
        assertThat(driver.findElements(By.cssSelector("#falling-communes tbody tr"))).isNotEmpty();
        BrowserSession.screenshot(driver, "prospective-retirements-mg.png");

        driver.findElement(By.id("years")).clear();
        driver.findElement(By.id("years")).sendKeys("16");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('retirement-form').noValidate = true;");
        driver.findElement(By.id("project")).click();
        waiting().until(d -> !d.findElements(By.id("retirement-error")).isEmpty());
        assertThat(driver.findElement(By.id("retirement-error")).getText()).contains("entre 1 et 15");
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico", "400")).isEmpty();
    }

    @Test
    void findWhereToInstallThreeGps() throws IOException {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1300));
        signIn("/prospective/where-to-act");
        new Select(driver.findElement(By.id("profession"))).selectByValue("MG");
        driver.findElement(By.id("k")).clear();
        driver.findElement(By.id("k")).sendKeys("3");
        new Select(driver.findElement(By.id("objective"))).selectByValue("deficit");
        driver.findElement(By.id("threshold")).sendKeys("4");
        driver.findElement(By.id("search")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#placement-steps tbody tr")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#placement-steps tbody tr"))).hasSize(3);
        assertThat(driver.findElement(By.cssSelector("#placement-steps tbody tr td.gain")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("placement-result")).getText()).contains("activité par défaut");
        assertThat(new Select(driver.findElement(By.id("objective"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("deficit");
        BrowserSession.screenshot(driver, "prospective-where-to-act.png");
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();
    }
}
