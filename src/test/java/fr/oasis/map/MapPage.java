package fr.oasis.map;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The map page as the browser test drives it. */
final class MapPage {
    private static final By SHAPES = By.cssSelector("#map path.leaflet-interactive");
    private static final By LEGEND_CLASSES = By.cssSelector("#legend-classes li.class .bounds");
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    MapPage(ChromeDriver driver, Duration timeout) {
        this.driver = driver;
        // The card and legend are re-rendered as data arrive: re-find elements that went stale.
        this.wait = new WebDriverWait(driver, timeout);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    void awaitReady() {
        try {
            wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
            wait.until(d -> !d.findElements(SHAPES).isEmpty() && !d.findElements(LEGEND_CLASSES).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the map did not get ready: " + BrowserSession.diagnostics(driver), e);
        }
    }

    int shapes() {
        return driver.findElements(SHAPES).size();
    }

    /** Waits for this many drawn territories (the demonstration has 2 départements, 8 EPCI, 119 communes). */
    void awaitShapes(int count) {
        wait.until(d -> shapes() == count);
    }

    List<String> legendClasses() {
        return driver.findElements(LEGEND_CLASSES).stream().map(WebElement::getText).toList();
    }

    String legendText() {
        return driver.findElement(By.id("legend")).getText();
    }

    void choose(String selectId, String value) {
        new Select(driver.findElement(By.id(selectId))).selectByValue(value);
    }

    void awaitLegendChange(String before) {
        wait.until(d -> !legendText().equals(before));
    }

    void awaitLegendText(String fragment) {
        wait.until(d -> legendText().contains(fragment));
    }

    void awaitLegendClassesChange(String before) {
        wait.until(d -> !String.join("|", legendClasses()).equals(before));
    }

    /** Types into the search box and picks the option with this name from the keyboard. */
    void search(String text, String name) {
        WebElement input = driver.findElement(By.id("search"));
        input.sendKeys(text);
        By option = By.xpath("//ul[@id='search-results']/li[span[1][normalize-space()='" + name + "']]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(option));
        List<WebElement> options = driver.findElements(By.cssSelector("#search-results li[role=option]"));
        int index = options.indexOf(driver.findElement(option));
        for (int i = 0; i < index; i++) {
            input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    void awaitCard(String name) {
        wait.until(ExpectedConditions.textToBe(By.id("card-name"), name));
    }

    /** Clicks, with the mouse, a point inside a drawn commune other than the selected one; returns its name. */
    String clickAnotherCommune() {
        String before = driver.findElement(By.id("card-name")).getText();
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) driver.executeScript("""
                const map = document.getElementById('map').getBoundingClientRect();
                for (const path of document.querySelectorAll('#map path.leaflet-interactive')) {
                  if (path.getAttribute('stroke') === '#ff7f00') continue;
                  const r = path.getBoundingClientRect();
                  const x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
                  if (r.width < 12 || x < map.left + 20 || x > map.right - 60 || y < map.top + 90 || y > map.bottom - 40) continue;
                  if (document.elementFromPoint(x, y) === path) return [x, y];
                }
                return null;
                """);
        if (point == null) {
            throw new AssertionError("no clickable commune on screen");
        }
        new Actions(driver).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
        return wait.until(d -> {
            String name = d.findElement(By.id("card-name")).getText();
            return name.equals(before) || name.isEmpty() ? null : name;
        });
    }

    /**
     * Renders a hand-written /api/practitioners answer (a cluster of 12, one practitioner with a
     * hostile commune name and a phone number that must not show) with the shipped module:
     * [cluster label, popups, img elements, popup text].
     */
    List<String> practitionerRendering() {
        @SuppressWarnings("unchecked")
        List<String> result = (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/map/practitioners.js').then((m) => {
                  const layers = m.practitionerFeatures({ type: 'FeatureCollection', features: [
                    { type: 'Feature', geometry: { type: 'Point', coordinates: [5, 48.5] }, properties: { count: 12 } },
                    { type: 'Feature', geometry: { type: 'Point', coordinates: [5.1, 48.6] }, properties: {
                      profession: 'Médecin généraliste', communeName: '<img src=x>', ageClass: null, phone: '0102030405' } },
                  ] }).getLayers();
                  const popup = m.practitionerPopup(layers[1].feature.properties);
                  done([layers[0].options.icon.options.html.textContent,
                    String(layers.filter((l) => l.getPopup()).length),
                    String(popup.querySelectorAll('img').length),
                    [...popup.children].map((c) => c.textContent).join('|')]);
                }).catch((e) => done([String(e)]));
                """);
        return result;
    }

    /** Whether GET /api/practitioners answers something else than 404 for this session. */
    boolean practitionerEndpointExists() {
        Object status = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/practitioners?profession=MG&zoom=8', { credentials: 'same-origin' })
                  .then((r) => done(r.status)).catch(() => done(0));
                """);
        return ((Number) status).intValue() != 404;
    }

    /** GET of a JSON API with the page's session, as the page's script would do it. */
    @SuppressWarnings("unchecked")
    <T> T getJson(String path) {
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                  .then((r) => r.ok ? r.json() : { httpStatus: r.status }).then(done)
                  .catch((e) => done({ error: String(e) }));
                """, path);
        return (T) result;
    }

    /** Adds a value condition through the filter editor (profession and variant null when not offered). */
    void addFilterCondition(String indicator, String profession, String variant, String operator, String value) {
        driver.findElement(By.id("filter-add-value")).click();
        List<WebElement> rows = driver.findElements(By.cssSelector("#filter-conditions fieldset.filter-condition"));
        WebElement row = rows.get(rows.size() - 1);
        new Select(row.findElement(By.cssSelector("select[data-role=indicator]"))).selectByValue(indicator);
        if (profession != null) {
            new Select(row.findElement(By.cssSelector("select[data-role=profession]"))).selectByValue(profession);
        }
        if (variant != null) {
            new Select(row.findElement(By.cssSelector("select[data-role=variant]"))).selectByValue(variant);
        }
        new Select(row.findElement(By.cssSelector("select[data-role=op]"))).selectByValue(operator);
        WebElement input = row.findElement(By.cssSelector("input[data-role=value]"));
        input.clear();
        input.sendKeys(value);
    }

    /** Whether the profession field of the last condition row is shown. */
    boolean lastConditionOffersProfession() {
        List<WebElement> rows = driver.findElements(By.cssSelector("#filter-conditions fieldset.filter-condition"));
        return rows.get(rows.size() - 1).findElement(By.cssSelector("select[data-role=profession]")).isDisplayed();
    }

    int filterConditionRows() {
        return driver.findElements(By.cssSelector("#filter-conditions fieldset.filter-condition")).size();
    }

    void applyFilter() {
        driver.findElement(By.id("filter-apply")).click();
    }

    /** Waits for the filter's answer and returns the count it shows. */
    long awaitFilterCount() {
        try {
            WebElement count = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filter-count")));
            return Long.parseLong(count.getAttribute("data-count"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no filter result: " + BrowserSession.diagnostics(driver), e);
        }
    }

    int filterRows() {
        return driver.findElements(By.cssSelector("#filter-table tbody tr")).size();
    }

    /** The territories outlined as filter matches on the map. */
    int matchOutlines() {
        return driver.findElements(By.cssSelector("#map path.filter-match")).size();
    }

    /** Adds a proximity condition through the filter editor: these professions, "or"/"and", km. */
    void addProximityCondition(List<String> professions, String join, String km) {
        driver.findElement(By.id("filter-add-near")).click();
        List<WebElement> rows = driver.findElements(By.cssSelector("#filter-conditions fieldset[data-kind=near]"));
        WebElement row = rows.get(rows.size() - 1);
        Select choices = new Select(row.findElement(By.cssSelector("select[data-role=professions]")));
        professions.forEach(choices::selectByValue);
        new Select(row.findElement(By.cssSelector("select[data-role=join]"))).selectByValue(join);
        WebElement input = row.findElement(By.cssSelector("input[data-role=km]"));
        input.clear();
        input.sendKeys(km);
    }

    void combineFilter(String combine) {
        driver.findElement(By.cssSelector("input[name=filter-combine][value=" + combine + "]")).click();
    }

    /** Applies the filter and waits for a new answer (the count element is replaced). */
    long reapplyFilter() {
        WebElement before = driver.findElement(By.id("filter-count"));
        applyFilter();
        wait.until(ExpectedConditions.stalenessOf(before));
        return awaitFilterCount();
    }

    /** Scrolls the side panel to the filter's answer (for the screenshot). */
    void showFilterResults() {
        driver.executeScript("""
                const results = document.getElementById('filter-results');
                const panel = results.closest('.map-panel');
                panel.scrollTop += results.getBoundingClientRect().top - panel.getBoundingClientRect().top - 260;
                """);
    }
}
