package fr.oasis.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.security.Role;
import fr.oasis.security.UserAccounts;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import fr.oasis.territory.GroupingQueries;
import fr.oasis.territory.GroupingRecord;
import fr.oasis.territory.GroupingStore;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Groupings in a real headless Chromium on the demonstration territory: the map at TVS level
 * (one TVS per demonstration EPCI: the level is offered, the 8 TVS are drawn and coloured, and
 * their outlines can be laid over the communes), and a CPTS created in the portal by an ANALYST
 * (two communes clicked on the map plus every commune of one EPCI), then read-only for a VIEWER
 * whose API change is refused with 403. Screenshots: {@code map-tvs.png}, {@code groupings-cpts.png}.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.demo.load-when-empty=true", "oasis.map.tile-url="})
class GroupingsBrowserTest extends BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(40);

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    Communes communes;
    @Autowired
    GroupingStore store;
    @Autowired
    GroupingQueries groupings;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demonstrationWithOneTvsPerEpci() {
        if (!fr.oasis.support.DemoInDatabase.territoryPresent(territories)) {
            demo.load();
        }
        jdbc.update("DELETE FROM territory_grouping");
        CommuneTable table = communes.table();
        int i = 0;
        for (String epci : new java.util.TreeSet<>(table.names(TerritoryLevel.EPCI).keySet())) {
            store.save(new GroupingRecord(TerritoryLevel.TVS, "T" + (++i), "TVS " + table.name(TerritoryLevel.EPCI, epci),
                    2019, "Test", false, new ArrayList<>(table.communesOf(TerritoryLevel.EPCI, epci)), null), null);
        }
        for (String[] user : new String[][] {{"analyst.groups", "ANALYST"}, {"viewer.groups", "VIEWER"}}) {
            if (!accounts.exists(user[0])) {
                accounts.create(user[0], "groupings-password-1", Role.valueOf(user[1]));
            }
        }
    }

    @AfterEach
    void noGroupingsLeft() {
        store.remove(TerritoryLevel.CPTS, "CPTS-TEST");
        jdbc.update("DELETE FROM territory_grouping");
        fr.oasis.support.DataChange.bump(jdbc, fr.oasis.provenance.DataKind.TERRITORIES);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    private void logIn(String user, String path) {
        driver.manage().deleteAllCookies();
        driver.get(url(path));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/login"));
        byId("username").sendKeys(user);
        byId("password").sendKeys("groupings-password-1");
        byId("login-submit").click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(path.replaceFirst("\\?.*", "")));
    }

    @Test
    void theMapDrawsTheTvsLevelAndTheirOutlinesOverTheCommunes() throws Exception {
        logIn("viewer.groups", "/map?level=tvs&indicator=density&method=quantile");
        MapPage page = new MapPage(driver, WAIT);
        page.awaitReady();
        assertThat(new Select(byId("level")).getOptions()).extracting(WebElement::getText)
                .contains("Territoires de vie-santé");
        page.awaitShapes(8);
        assertThat(page.legendText()).contains("Densité de population");
        BrowserSession.screenshot(driver, "map-tvs.png");

        page.choose("level", "commune");
        page.choose("outline", "tvs");
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(
                By.cssSelector("#map path[stroke='#7a1f5c'][stroke-dasharray]")).size() == 8);
        assertThat(driver.getCurrentUrl()).contains("outline=tvs");
        BrowserSession.screenshot(driver, "map-communes-tvs-outlines.png");
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();
    }

    @Test
    void anAnalystCreatesACptsOnTheMapAndAViewerCannot() throws Exception {
        String epci = new java.util.TreeSet<>(communes.table().names(TerritoryLevel.EPCI).keySet()).first();
        logIn("analyst.groups", "/groupings");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.attributeToBe(By.id("groupings"), "data-ready", "true"));
        List<WebElement> paths = driver.findElements(By.cssSelector("#grouping-map path.leaflet-interactive"));
        assertThat(paths).hasSizeGreaterThan(100);
        paths.get(paths.size() - 1).click();
        paths.get(paths.size() - 2).click();
        wait.until(d -> byId("grouping-count").getText().equals("2"));
        byId("grouping-code").sendKeys("CPTS-TEST");
        byId("grouping-name").sendKeys("CPTS du test <b>gras</b>");
        byId("grouping-epcis").sendKeys(epci);
        byId("grouping-save").click();
        wait.until(d -> "CPTS-TEST".equals(byId("groupings").getAttribute("data-saved")));
        GroupingRecord saved = groupings.find(TerritoryLevel.CPTS, "CPTS-TEST").orElseThrow();
        int ofEpci = communes.table().communesOf(TerritoryLevel.EPCI, epci).size();
        assertThat(saved.communes().size()).isBetween(ofEpci, ofEpci + 2);
        assertThat(saved.createdBy()).isEqualTo("analyst.groups");
        wait.until(d -> byId("grouping-list").getText().contains("CPTS du test <b>gras</b> (CPTS-TEST)"));
        BrowserSession.screenshot(driver, "groupings-cpts.png");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM security_event WHERE event_type = 'GROUPING_CREATED'"
                + " AND username = 'analyst.groups'", Integer.class)).isPositive();

        logIn("viewer.groups", "/groupings");
        wait.until(ExpectedConditions.attributeToBe(By.id("groupings"), "data-ready", "true"));
        assertThat(driver.findElements(By.id("grouping-form"))).isEmpty();
        assertThat(byId("grouping-readonly").getText()).contains("réservée");
        Object status = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/csrf').then((r) => r.json()).then((t) => fetch('/api/groupings/cpts/CPTS-TEST', {
                  method: 'DELETE', headers: { [t.headerName]: t.token } })).then(async (r) => done(r.status + ' '
                  + (await r.json()).message)).catch((e) => done(String(e)));
                """);
        assertThat(String.valueOf(status)).startsWith("403 Accès refusé");
        assertThat(groupings.find(TerritoryLevel.CPTS, "CPTS-TEST")).isPresent();
    }
}
