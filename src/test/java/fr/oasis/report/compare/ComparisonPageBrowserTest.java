package fr.oasis.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.map.BrowserSession;
import fr.oasis.security.Role;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
 * The comparison page in headless Chromium on the demonstration territory: open the comparison of
 * two EPCI from a shared URL (through the login page), add a third with the search box, check the
 * table and the URL, then remove one. Leaves {@code target/screenshots/compare.png}.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.demo.load-when-empty=true", "oasis.map.tile-url="})
class ComparisonPageBrowserTest extends BrowserTest {
    private static final By TERRITORY_COLUMNS = By.cssSelector("#compare-table thead th.territory");

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;

    @BeforeEach
    void demonstrationTerritoryAndViewer() {
        fr.oasis.support.DemoInDatabase.ensureTerritory(demo, territories);
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private List<String> columnCodes() {
        return driver.findElements(TERRITORY_COLUMNS).stream().map(e -> e.getAttribute("data-code")).toList();
    }

    @Test
    void openTwoAddAThirdWithTheSearchBoxAndShareTheUrl() throws IOException {
        Map<String, String> names = territories.names(TerritoryLevel.EPCI);
        List<String> codes = new ArrayList<>(names.keySet());
        Collections.sort(codes);
        String a = codes.get(0);
        String b = codes.get(1);
        String c = codes.get(2);

        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/reports/compare?level=epci&codes=" + a + "," + b);
        signInAs(Role.VIEWER);
        waiting().until(ExpectedConditions.urlContains("/reports/compare"));
        assertThat(columnCodes()).containsExactly(a, b);
        assertThat(driver.findElements(By.cssSelector("#compare-table tbody tr")).size()).isGreaterThanOrEqualTo(6);

        WebElement search = driver.findElement(By.id("compare-search"));
        search.sendKeys(names.get(c));
        WebElement option = waiting().until(d -> d.findElements(By.cssSelector("#compare-search-results li[role=option]"))
                .stream().filter(li -> li.getText().contains(c)).findFirst().orElse(null));
        assertThat(driver.findElements(By.cssSelector("#compare-search-results li[role=option]")))
                .as("only EPCI are offered").allSatisfy(li -> assertThat(li.getText()).contains("EPCI"));
        option.click();
        waiting().until(d -> columnCodes().size() == 3);

        assertThat(columnCodes()).containsExactly(a, b, c);
        assertThat(driver.getCurrentUrl()).contains("level=epci", "codes=" + a + "%2C" + b + "%2C" + c);
        assertThat(driver.findElement(By.cssSelector("#compare-table thead")).getText()).contains(names.get(c));
        assertThat(driver.findElements(By.cssSelector("#compare-table td.best"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#compare-table tbody")).getText()).contains(" / 8");
        assertThat(driver.findElement(By.id("compare-xlsx")).getAttribute("href"))
                .contains("/reports/compare.xlsx?level=epci&codes=");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1700));
        BrowserSession.screenshot(driver, "compare.png");

        String shared = driver.getCurrentUrl();
        driver.get(shared);
        waiting().until(d -> columnCodes().size() == 3);
        assertThat(columnCodes()).containsExactly(a, b, c);

        driver.findElement(By.cssSelector("#compare-selection li[data-code='" + b + "'] .remove")).click();
        waiting().until(d -> columnCodes().size() == 2);
        assertThat(columnCodes()).containsExactly(a, c);
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();
    }
}
