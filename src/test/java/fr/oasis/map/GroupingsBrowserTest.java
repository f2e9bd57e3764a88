package fr.oasis.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.security.Role;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.TestAccounts;
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
 * whose API change is refused with 403; a CPTS drawn with the mouse as a lasso (Shift held: the
 * lassoed communes leave again), its communes checked against the lasso the page drew with JTS on
 * the same zoom-9 contours; and the map at TVS level switching between the millésimes of a series.
 * Screenshots: {@code map-tvs.png}, {@code groupings-cpts.png}, {@code groupings-lasso.png},
 * {@code map-tvs-2012.png}.
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
    }

    @Autowired
    fr.oasis.indicator.store.ImportedIndicatorStore indicators;

    @AfterEach
    void noGroupingsLeft() {
        store.remove(TerritoryLevel.CPTS, "CPTS-TEST");
        store.remove(TerritoryLevel.CPTS, "CPTS-LASSO");
        fr.oasis.support.DataChange.deleteImportedIndicators(jdbc);
        jdbc.update("DELETE FROM territory_grouping");
        fr.oasis.support.DataChange.bump(jdbc, fr.oasis.provenance.DataKind.TERRITORIES);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    private void logIn(Role role, String path) {
        driver.manage().deleteAllCookies();
        driver.get(url(path));
        signInAs(role);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(path.replaceFirst("\\?.*", "")));
    }

    @Test
    void theMapDrawsTheTvsLevelAndTheirOutlinesOverTheCommunes() throws Exception {
        logIn(Role.VIEWER, "/map?level=tvs&indicator=density&method=quantile");
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
        logIn(Role.ANALYST, "/groupings");
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
        assertThat(saved.createdBy()).isEqualTo(TestAccounts.username(Role.ANALYST));
        wait.until(d -> byId("grouping-list").getText().contains("CPTS du test <b>gras</b> (CPTS-TEST)"));
        BrowserSession.screenshot(driver, "groupings-cpts.png");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM security_event WHERE event_type = 'GROUPING_CREATED'"
                + " AND username = ?", Integer.class, TestAccounts.username(Role.ANALYST))).isPositive();

        logIn(Role.VIEWER, "/groupings");
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

    /** Centroid of the exterior ring of the largest part, as the page computes it (lasso.js). */
    private static org.locationtech.jts.geom.Point centroid(org.locationtech.jts.geom.MultiPolygon contour) {
        org.locationtech.jts.geom.Polygon best = null;
        for (int i = 0; i < contour.getNumGeometries(); i++) {
            org.locationtech.jts.geom.Polygon part = contour.getFactory().createPolygon(
                    ((org.locationtech.jts.geom.Polygon) contour.getGeometryN(i)).getExteriorRing().getCoordinates());
            if (best == null || part.getArea() > best.getArea()) {
                best = part;
            }
        }
        return best.getCentroid();
    }

    /** Draws a closed lasso through these viewport points with the mouse, Shift held when {@code removing}. */
    private void lasso(List<int[]> points, boolean removing) {
        org.openqa.selenium.interactions.Actions actions = new org.openqa.selenium.interactions.Actions(driver);
        if (removing) {
            actions.keyDown(org.openqa.selenium.Keys.SHIFT);
        }
        actions.moveToLocation(points.get(0)[0], points.get(0)[1]).clickAndHold();
        for (int[] p : points.subList(1, points.size())) {
            actions.moveToLocation(p[0], p[1]);
        }
        actions.moveToLocation(points.get(0)[0], points.get(0)[1]).release();
        if (removing) {
            actions.keyUp(org.openqa.selenium.Keys.SHIFT);
        }
        actions.perform();
    }

    @Test
    void anAnalystLassoesCommunesOnTheMapAndSavesThemAsACpts() throws Exception {
        BrowserSession.consoleErrors(driver); // drained: an earlier test's deliberate 403 is not this one's
        logIn(Role.ANALYST, "/groupings");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.attributeToBe(By.id("groupings"), "data-ready", "true"));
        // A commune well inside the map: the lasso goes round its box, 6 px out.
        @SuppressWarnings("unchecked")
        List<Object> target = (List<Object>) driver.executeScript("""
                const map = document.getElementById('grouping-map').getBoundingClientRect();
                let best = null;
                for (const path of document.querySelectorAll('#grouping-map path[data-code]')) {
                  const r = path.getBoundingClientRect();
                  if (r.left < map.left + 60 || r.right > map.right - 60 || r.top < map.top + 90 || r.bottom > map.bottom - 30) continue;
                  if (best == null || r.width * r.height > best[1] * best[2]) best = [path.dataset.code, r.width, r.height, r.left, r.top];
                }
                return best;
                """);
        assertThat(target).as("a commune drawn well inside the map").isNotNull();
        String code = (String) target.get(0);
        int left = ((Number) target.get(3)).intValue() - 6;
        int top = ((Number) target.get(4)).intValue() - 6;
        int right = left + ((Number) target.get(1)).intValue() + 12;
        int bottom = top + ((Number) target.get(2)).intValue() + 12;
        List<int[]> ring = List.of(new int[] {left, top}, new int[] {(left + right) / 2, top - 4}, new int[] {right, top},
                new int[] {right, bottom}, new int[] {left, bottom});

        byId("grouping-lasso").click();
        assertThat(byId("grouping-lasso").getAttribute("aria-pressed")).isEqualTo("true");
        lasso(ring, false);
        wait.until(d -> byId("grouping-status").getText().startsWith("Lasso :"));
        int lassoed = Integer.parseInt(byId("grouping-count").getText());
        assertThat(lassoed).isPositive();
        // The same lasso with Shift held takes them all out again; drawn again, they are back.
        lasso(ring, true);
        wait.until(d -> byId("grouping-count").getText().equals("0"));
        assertThat(byId("grouping-status").getText()).isEqualTo("Lasso : " + lassoed + " commune(s) retirée(s).");
        lasso(ring, false);
        wait.until(d -> byId("grouping-count").getText().equals(String.valueOf(lassoed)));

        // What the page drew, checked with JTS on the contours it was given (zoom 9): every commune
        // whose centroid is inside (beyond rounding, 0.002°) is picked, none clearly outside.
        tools.jackson.databind.JsonNode drawn = new tools.jackson.databind.ObjectMapper()
                .readTree(byId("groupings").getAttribute("data-lasso"));
        org.locationtech.jts.geom.GeometryFactory factory = new org.locationtech.jts.geom.GeometryFactory();
        org.locationtech.jts.geom.Coordinate[] shell = new org.locationtech.jts.geom.Coordinate[drawn.size() + 1];
        for (int i = 0; i < drawn.size(); i++) {
            shell[i] = new org.locationtech.jts.geom.Coordinate(drawn.get(i).get(1).asDouble(), drawn.get(i).get(0).asDouble());
        }
        shell[drawn.size()] = shell[0];
        org.locationtech.jts.geom.Polygon polygon = factory.createPolygon(shell);
        java.util.Set<String> inside = new java.util.TreeSet<>();
        java.util.Set<String> outside = new java.util.TreeSet<>();
        for (var shape : territories.mapShapes(TerritoryLevel.COMMUNE,
                fr.oasis.territory.geo.ZoomClass.forZoom(9).ordinal())) {
            org.locationtech.jts.geom.Point c = centroid(shape.geometry());
            if (polygon.getExteriorRing().distance(c) > 0.002) {
                (polygon.contains(c) ? inside : outside).add(shape.code());
            }
        }
        assertThat(inside).contains(code);

        byId("grouping-code").sendKeys("CPTS-LASSO");
        byId("grouping-name").sendKeys("CPTS au lasso");
        byId("grouping-save").click();
        wait.until(d -> "CPTS-LASSO".equals(byId("groupings").getAttribute("data-saved")));
        wait.until(d -> byId("grouping-list").getText().contains("CPTS au lasso (CPTS-LASSO) : " + lassoed + " communes"));
        GroupingRecord saved = groupings.find(TerritoryLevel.CPTS, "CPTS-LASSO").orElseThrow();
        assertThat(saved.communes()).hasSize(lassoed).containsAll(inside).doesNotContainAnyElementsOf(outside);
        BrowserSession.screenshot(driver, "groupings-lasso.png");
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();
    }

    @Test
    void theMapShowsAnyMillesimeOfASeriesAtTvsLevel() throws Exception {
        // A GP density series on the 8 test TVS: 2012 is 3 below 2021 everywhere.
        List<String> tvs = new ArrayList<>(new java.util.TreeSet<>(territories.names(TerritoryLevel.TVS).keySet()));
        List<fr.oasis.indicator.store.IndicatorDefinition> definitions = new ArrayList<>();
        List<fr.oasis.indicator.store.IndicatorValue> values = new ArrayList<>();
        for (int year : new int[] {2012, 2021}) {
            definitions.add(new fr.oasis.indicator.store.IndicatorDefinition("gpdensitytvs", year,
                    "Densité de médecins généralistes libéraux", "pour 10 000 hab.",
                    fr.oasis.indicator.store.Aggregation.WEIGHTED_MEAN, 1, "CartoSanté test", "cartosante"));
            for (int i = 0; i < tvs.size(); i++) {
                values.add(new fr.oasis.indicator.store.IndicatorValue("gpdensitytvs", year, TerritoryLevel.TVS,
                        tvs.get(i), 5.5 + i + (year == 2021 ? 3 : 0), null, null));
            }
        }
        indicators.replace(definitions, values);

        BrowserSession.consoleErrors(driver); // drained: an earlier test's deliberate 403 is not this one's
        logIn(Role.VIEWER, "/map?level=tvs&indicator=gpdensitytvs&method=quantile");
        MapPage page = new MapPage(driver, WAIT);
        page.awaitReady();
        page.awaitLegendText("Millésime affiché : 2021 (2 millésimes disponibles, de 2012 à 2021)");
        assertThat(page.legendText()).contains("Valeurs observées : de 8,5 à 15,5").contains("millésime 2021");
        assertThat(byId("year-choice").isDisplayed()).isTrue();

        page.choose("year", "2012");
        page.awaitLegendText("Millésime affiché : 2012");
        assertThat(page.legendText()).contains("Valeurs observées : de 5,5 à 12,5")
                .contains("Source : CartoSanté test, millésime 2012");
        assertThat(driver.getCurrentUrl()).contains("year=2012");
        // A TVS whose name the search helper can quote (no apostrophe); its 2012 value is 5.5 + its rank.
        int rank = 0;
        while (territories.names(TerritoryLevel.TVS).get(tvs.get(rank)).contains("'")) {
            rank++;
        }
        String name = territories.names(TerritoryLevel.TVS).get(tvs.get(rank));
        page.search(name, name);
        page.awaitCard(name);
        new WebDriverWait(driver, WAIT).until(d -> byId("card").getText().contains("(millésime 2012)"));
        assertThat(byId("card").getText()).contains(String.valueOf(5 + rank) + ",5");
        BrowserSession.screenshot(driver, "map-tvs-2012.png");

        // The URL keeps the millésime; an indicator without series hides the selector.
        driver.navigate().refresh();
        page.awaitReady();
        page.awaitLegendText("Millésime affiché : 2012");
        page.choose("indicator", "density");
        new WebDriverWait(driver, WAIT).until(d -> !byId("year-choice").isDisplayed());
        assertThat(driver.getCurrentUrl()).doesNotContain("year=");
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();
    }
}
