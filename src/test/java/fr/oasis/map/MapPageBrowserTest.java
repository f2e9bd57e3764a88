package fr.oasis.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.security.Role;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryQueries;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * The map page in a real headless Chromium on the demonstration territory, without a base map
 * (offline): log in, choropleth and legend, indicator and class method, search, click, reload
 * from the URL, log out. Leaves screenshots in {@code target/screenshots/}: {@code map.png} (first
 * view) and {@code map-shared-view.png} (the reloaded shared view with its territory card).
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.demo.load-when-empty=true", "oasis.map.tile-url="})
class MapPageBrowserTest extends BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    fr.oasis.accessibility.RoadNetworkStore networks;
    @Autowired
    fr.oasis.importer.IndicatorImportService indicators;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Other tests share the in-memory database and may have replaced the demonstration territory. */
    @BeforeEach
    void demonstrationTerritoryAndViewer() {
        boolean demoPresent = fr.oasis.support.DemoInDatabase.territoryPresent(territories)
                && networks.latest().filter(fr.oasis.accessibility.RoadNetworkView::demo).isPresent();
        if (!demoPresent) {
            demo.load();
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
        Object renamed = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/map/url-state.js').then((m) => done(m.readState('?indicator=beyond20Aged75').indicator))
                  .catch((e) => done(String(e)));
                """);
        assertThat(renamed).as("links shared before the 10/30-minute indicators").isEqualTo("beyond20aged75");
    }

    /** Logs in afresh (whatever a previous test left) and lands on the map. */
    private void logInToTheMap() {
        driver.manage().deleteAllCookies();
        driver.get(url("/map"));
        signInAs(Role.VIEWER);
        waiting().until(ExpectedConditions.urlContains("/map"));
    }

    @Test
    void downloadLinksFollowTheLayerOnScreenAndServeGeoPackages() {
        logInToTheMap();
        waiting().until(d -> byId("download-gpkg").getAttribute("href").contains(
                "api/layers/commune.gpkg?indicator=apl&profession=MG&variant=all"));
        new Select(byId("level")).selectByValue("epci");
        byId("download-l93").click();
        waiting().until(d -> byId("download-gpkg").getAttribute("href").contains("api/layers/epci.gpkg?")
                && byId("download-gpkg").getAttribute("href").contains("crs=EPSG%3A2154"));
        assertThat(byId("download-all-gpkg").getAttribute("href")).endsWith("api/layers/epci.gpkg?crs=EPSG%3A2154");
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('download-gpkg').href).then(async (r) => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done([r.status, r.headers.get('content-type'), new TextDecoder().decode(bytes.slice(0, 15))]);
                }).catch((e) => done([-1, String(e), '']));
                """);
        assertThat(answer).containsExactly(200L, "application/geopackage+sqlite3", "SQLite format 3");
    }

    @Test
    void browseSearchSelectShareAndLogOut() throws IOException {
        logInToTheMap();
        MapPage page = new MapPage(driver, WAIT);
        page.awaitReady();
        assertThat(page.shapes()).isGreaterThan(50);
        assertThat(page.legendClasses()).isNotEmpty();
        assertThat(page.legendText()).contains("Données de démonstration", "millésime 2026",
                "consultations par an et par habitant standardisé");
        assertThat(byId("practitioners-toggle").isDisplayed()).isEqualTo(page.practitionerEndpointExists());
        assertThat(page.practitionerEndpointExists()).as("the demo has practitioners").isTrue();
        byId("show-practitioners").click();
        page.choose("age-class", "60-64 ans");
        waiting().until(d -> d.getCurrentUrl().contains("age=60-64+ans") || d.getCurrentUrl().contains("age=60-64%20ans"));
        String sumClusters = "return [...document.querySelectorAll('.cluster-icon')]"
                + ".reduce((sum, e) => sum + Number(e.textContent), 0)";
        waiting().until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(sumClusters)).longValue() > 0);
        long aged60to64 = ((Number) driver.executeScript(sumClusters)).longValue();
        page.choose("age-class", "");
        waiting().until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(sumClusters)).longValue()
                > aged60to64);
        byId("show-practitioners").click();
        waiting().until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".cluster-icon")).isEmpty());
        screenshot("map.png");
        assertThat(page.practitionerRendering()).containsExactly("12", "1", "0",
                "Médecin généraliste|Commune : <img src=x>|Classe d'âge : non renseignée");

        String aplLegend = page.legendText();
        page.choose("indicator", "nearest");
        page.awaitLegendChange(aplLegend);
        assertThat(page.legendText()).contains("Temps d'accès", "minutes", "par la route",
                "Réseau routier : Oasis, réseau routier de démonstration (données de démonstration), millésime 2026");
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

    @Test
    void filterExpressionsUrlStateAndResultsInTheShippedModules() {
        driver.get(url("/login"));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all(['filter-model', 'filter-results', 'url-state'].map((n) => import(`/js/map/${n}.js`)))
                  .then(([m, r, u]) => {
                    const examples = ['apl.MG.under-65<2.5', 'share75>12', 'density<50', 'nearest.MG>20', 'beyond20.MG>0',
                      'share60>=30', 'apl.CD.all<=0.8', 'near.CD+INF.or.1', 'near.CD+INF.and.0.5'];
                    const box = document.createElement('div');
                    r.renderResults(box, { level: 'commune', combine: 'and', count: 1, population: 1234,
                      conditions: [{ expression: 'apl.MG.all<3', label: '<i>APL</i>' }, { expression: 'near.CD.or.1', label: 'Proche' }],
                      matches: [{ code: '9A001', name: '<img src=x>', population: 1234,
                        values: { 'apl.MG.all<3': 2.5, 'near.CD.or.1': true } }] }, '/api/filter?c=x&format=csv', () => {});
                    const state = u.readState('?fc=or&f=' + encodeURIComponent('apl.MG.all<3') + '&f=%3Cb%3E&f='
                      + encodeURIComponent('near.CD+INF.and.1'));
                    done({
                      roundTrip: examples.map((e) => m.expressionOf(m.parseExpression(e))),
                      built: m.expressionOf({ kind: 'value', indicator: 'apl', profession: 'MG', variant: 'under-65',
                        op: '<', value: m.parseNumber('2,5') }),
                      rejected: ['apl.MG<', 'density<1;x', 'near.CD.xor.1', 'apl.mg<1', 'near<2'].map(m.parseExpression),
                      combine: state.filter.combine,
                      restored: state.filter.conditions.map(m.expressionOf),
                      markup: box.querySelectorAll('img, i').length,
                      row: box.querySelector('#filter-table tbody tr').textContent,
                      header: box.querySelector('#filter-table thead').textContent,
                      csv: box.querySelector('#filter-csv').getAttribute('href'),
                    });
                  }).catch((e) => done({ error: String(e) }));
                """);
        assertThat(result).doesNotContainKey("error");
        assertThat((List<Object>) result.get("roundTrip")).containsExactly("apl.MG.under-65<2.5", "share75>12", "density<50",
                "nearest.MG>20", "beyond20.MG>0", "share60>=30", "apl.CD.all<=0.8", "near.CD+INF.or.1",
                "near.CD+INF.and.0.5");
        assertThat(result.get("built")).isEqualTo("apl.MG.under-65<2.5");
        assertThat((List<?>) result.get("rejected")).containsOnlyNulls();
        assertThat(result.get("combine")).isEqualTo("or");
        assertThat((List<Object>) result.get("restored")).containsExactly("apl.MG.all<3", "near.CD+INF.and.1");
        assertThat(result.get("markup")).isEqualTo(0L);
        assertThat((String) result.get("row")).contains("<img src=x>", "2,5", "oui");
        assertThat((String) result.get("header")).contains("<i>APL</i>", "Proche");
        assertThat(result.get("csv")).isEqualTo("/api/filter?c=x&format=csv");
    }

    @Test
    void filterEditorReadsConditionsAndRejectsBadValues() {
        driver.get(url("/login"));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all(['filter-panel', 'filter-model'].map((n) => import(`/js/map/${n}.js`))).then(([p, m]) => {
                  const form = document.createElement('form');
                  form.innerHTML = '<div id="filter-conditions"></div><button id="filter-add-value"></button>'
                    + '<button id="filter-add-near"></button><input type="radio" name="filter-combine" value="and">'
                    + '<input type="radio" name="filter-combine" value="or">';
                  document.body.append(form);
                  const panel = new p.FilterPanel(form, {
                    professions: [{ value: 'MG', label: 'Médecins' }, { value: 'CD', label: 'Dentistes' },
                      { value: 'INF', label: 'Infirmiers' }],
                    variants: [{ value: 'all', label: 'Tous' }, { value: 'under-65', label: 'Moins de 65 ans' }] });
                  panel.setCatalogue([{ id: 'apl', label: 'APL', unit: '', parameters: ['profession', 'variant'] },
                    { id: 'share75', label: '<b>Part 75+</b>', unit: '%', parameters: [] }], 'commune');
                  panel.show({ combine: 'or', conditions: [
                    { kind: 'value', indicator: 'apl', profession: 'MG', variant: 'under-65', op: '<', value: 2.5 },
                    { kind: 'value', indicator: 'share75', profession: null, variant: null, op: '>', value: 12 },
                    { kind: 'near', professions: ['CD', 'INF'], join: 'or', km: 1 }] });
                  const read = panel.read();
                  const hidden = [...form.querySelectorAll('fieldset')].map((f) => [...f.querySelectorAll('label')]
                    .filter((l) => l.hidden).length);
                  const markup = form.querySelectorAll('b').length;
                  form.querySelector('fieldset input[data-role=value]').value = 'deux';
                  let error = null;
                  try { panel.read(); } catch (e) { error = e.message; }
                  panel.setCatalogue([], 'epci');
                  form.querySelector('fieldset input[data-role=value]').value = '2,5';
                  let nearError = null;
                  try { panel.read(); } catch (e) { nearError = e.message; }
                  form.remove();
                  done({ combine: read.combine, expressions: read.conditions.map(m.expressionOf), hidden, markup,
                    error, nearError });
                }).catch((e) => done({ error: String(e) }));
                """);
        assertThat(result.get("combine")).isEqualTo("or");
        assertThat((List<Object>) result.get("expressions")).containsExactly("apl.MG.under-65<2.5", "share75>12",
                "near.CD+INF.or.1");
        assertThat((List<Object>) result.get("hidden")).containsExactly(0L, 2L, 0L);
        assertThat(result.get("markup")).isEqualTo(0L);
        assertThat(result.get("error")).isEqualTo("Condition 1 : la valeur doit être un nombre (par exemple 2,5).");
        assertThat(result.get("nearError")).isEqualTo("Condition 3 : la proximité ne s'applique qu'aux communes.");
    }

    /**
     * Needs the indicator and filter APIs ({@code /api/indicators}, {@code /api/filter}) of the
     * parallel branch: "APL MG tous les praticiens < 3 ET densité > d", with d the median density
     * of the communes under 3 so that some but not all communes match.
     */
    @Test
    void multiCriteriaFilterOutlinesListsExportsAndSurvivesReload() throws IOException {
        logInToTheMap();
        MapPage page = new MapPage(driver, WAIT);
        page.awaitReady();
        int density = medianDensityUnderApl(page, 3.0);
        String query = "level=commune&combine=and&c=" + encoded("apl.MG.all<3") + "&c=" + encoded("density>" + density);
        Map<String, Object> expected = page.getJson("/api/filter?" + query);
        assertThat(expected).containsKey("count");
        long count = ((Number) expected.get("count")).longValue();
        assertThat(count).as("the demonstration filter keeps some but not all communes").isBetween(1L, 118L);

        page.addFilterCondition("apl", "MG", "all", "<", "3");
        page.addFilterCondition("density", null, null, ">", String.valueOf(density));
        assertThat(page.lastConditionOffersProfession()).isFalse();
        page.applyFilter();
        assertThat(page.awaitFilterCount()).isEqualTo(count);
        assertThat(page.filterRows()).isEqualTo((int) count);
        assertThat(byId("filter-population").getText().replaceAll("\\D", ""))
                .isEqualTo(String.valueOf(((Number) expected.get("population")).longValue()));
        waiting().until(d -> page.matchOutlines() == count);
        assertThat(page.legendClasses()).as("the choropleth stays drawn under the outlines").isNotEmpty();
        assertThat(driver.getCurrentUrl()).contains("fc=and", "f=" + encoded("apl.MG.all<3"),
                "f=" + encoded("density>" + density));
        String csv = byId("filter-csv").getAttribute("href");
        assertThat(csv).startsWith(url("/api/filter?")).contains("format=csv", "level=commune", "combine=and",
                "c=" + encoded("apl.MG.all<3"), "c=" + encoded("density>" + density));
        assertThat(byId("filter-report").getAttribute("href")).as("a report of the matching communes")
                .startsWith(url("/reports/selection?communes=")).contains("name=");
        String aplLegend = page.legendText();
        page.choose("indicator", "density");
        page.choose("method", "fixed");
        page.awaitLegendChange(aplLegend);
        page.awaitLegendText("Densité de population");
        assertThat(page.legendClasses()).hasSize(5).first().asString().contains("moins de 20");
        assertThat(page.legendText()).contains("Unité : hab./km²").doesNotContain("null");
        assertThat(page.matchOutlines()).as("the outlines stay over the new colours").isEqualTo((int) count);
        page.showFilterResults();
        screenshot("map-filter.png");

        driver.get(driver.getCurrentUrl());
        page.awaitReady();
        assertThat(page.awaitFilterCount()).isEqualTo(count);
        assertThat(page.filterRows()).isEqualTo((int) count);
        assertThat(page.filterConditionRows()).isEqualTo(2);
        waiting().until(d -> page.matchOutlines() == count);
        assertThat(new Select(byId("indicator")).getFirstSelectedOption().getAttribute("value")).isEqualTo("density");

        // "ou à moins d'1 km d'un dentiste et/ou d'un infirmier": a wider filter.
        page.addProximityCondition(List.of("CD", "INF"), "or", "1");
        page.combineFilter("or");
        String near = encoded("near.CD+INF.or.1");
        Map<String, Object> wider = page.getJson("/api/filter?level=commune&combine=or&c=" + encoded("apl.MG.all<3")
                + "&c=" + encoded("density>" + density) + "&c=" + near);
        assertThat(wider).containsKey("count");
        assertThat(page.reapplyFilter()).isEqualTo(((Number) wider.get("count")).longValue())
                .isGreaterThanOrEqualTo(count);
        assertThat(driver.getCurrentUrl()).contains("fc=or", "f=" + near);
        assertThat(byId("map-status").getText()).startsWith("Filtre appliqué");
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico", "/api/practitioners?")).isEmpty();
    }

    /** The median density, rounded down, of the demonstration communes whose APL MG is below the bound. */
    private static int medianDensityUnderApl(MapPage page, double apl) {
        Map<String, Object> apls = page.getJson("/api/indicators/apl?level=commune&profession=MG&variant=all");
        Map<String, Object> densities = page.getJson("/api/indicators/density?level=commune");
        assertThat(apls).containsKey("values");
        assertThat(densities).containsKey("values");
        java.util.Set<Object> low = valuesOf(apls).stream()
                .filter(v -> v.get("value") != null && ((Number) v.get("value")).doubleValue() < apl)
                .map(v -> v.get("code")).collect(java.util.stream.Collectors.toSet());
        List<Double> sorted = valuesOf(densities).stream()
                .filter(v -> low.contains(v.get("code")) && v.get("value") != null)
                .map(v -> ((Number) v.get("value")).doubleValue()).sorted().toList();
        assertThat(sorted).as("demonstration communes with an APL under %s", apl).hasSizeGreaterThan(1);
        return (int) Math.floor(sorted.get(sorted.size() / 2 - (sorted.size() % 2 == 0 ? 1 : 0)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> valuesOf(Map<String, Object> indicator) {
        return (List<Map<String, Object>>) indicator.get("values");
    }

    private static String encoded(String condition) {
        return java.net.URLEncoder.encode(condition, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * An imported share published per commune (single-parent families, as the territory-keyed JSON
     * gives it) drawn at EPCI level: every EPCI value is a population-weighted mean of its communes,
     * so the legend counts the estimates and the card says "(estimation)".
     */
    @Test
    void importedSharesAtEpciLevelSayTheyAreEstimates() throws IOException {
        List<fr.oasis.territory.TerritoryView.CommunePoint> communes = territories.communePoints();
        List<fr.oasis.importer.record.IndicatorRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < communes.size(); i++) {
            records.add(new fr.oasis.importer.record.IndicatorRecord("singleparent", "Part des familles monoparentales",
                    "%", fr.oasis.indicator.store.Aggregation.WEIGHTED_MEAN, 1, "commune", communes.get(i).code(), 2022,
                    10.0 + i % 15, null, null, "test.json#key " + i));
        }
        indicators.importIndicators(List.of(new fr.oasis.importer.IndicatorImportService.Input("ODU test",
                "territory-json", records)), "test");
        try {
            String epci = territories.names(fr.oasis.territory.TerritoryLevel.EPCI).keySet().iterator().next();
            logInToTheMap();
            driver.get(url("/map?level=epci&indicator=singleparent&sel=epci:" + epci));
            MapPage page = new MapPage(driver, WAIT);
            page.awaitReady();
            page.awaitLegendText("Estimation pour");
            assertThat(page.legendText()).contains("Part des familles monoparentales", "ODU test", "millésime 2022",
                    "moyenne des communes pondérée par la population");
            waiting().until(d -> d.findElement(By.id("card")).getText().contains("(estimation)"));
            screenshot("map-estimates.png");
        } finally {
            jdbc.update("DELETE FROM indicator_value WHERE indicator_id = 'singleparent'");
            jdbc.update("DELETE FROM indicator_definition WHERE indicator_id = 'singleparent'");
        }
    }

    private static void screenshot(String name) throws IOException {
        BrowserSession.screenshot(driver, name);
    }

    private static List<Double> numbers(Object list) {
        return ((List<?>) list).stream().map(n -> ((Number) n).doubleValue()).toList();
    }
}
