package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.map.BrowserSession;
import fr.oasis.security.Role;
import fr.oasis.support.BrowserTest;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The report page of a demonstration EPCI in a real headless Chromium: found from the /reports
 * search, its ECharts canvases drawn (pixels, not just elements), the département and région
 * columns shown, no console error. Leaves {@code target/screenshots/report-epci.png}.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.demo.load-when-empty=true", "oasis.map.tile-url="})
class ReportPageBrowserTest extends BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    ReportService reports;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    fr.oasis.practitioner.PractitionerQueries practitioners;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @BeforeEach
    void demonstrationDataAndViewer() {
        DemoData.ensure(demo, territories, practitioners, events, jdbc);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    private void logIn(String path) {
        driver.manage().deleteAllCookies();
        driver.get(url(path));
        signInAs(Role.VIEWER);
        waiting().until(ExpectedConditions.urlContains(path));
    }

    @Test
    void anEpciReportFoundFromTheSearchDrawsItsChartsBesideItsReferences() throws IOException {
        TerritoryReport expected = reports.report(TerritoryLevel.EPCI, ReportDemoContract.EPCI);
        logIn("/reports");
        driver.findElement(By.id("report-query")).sendKeys(expected.subject().name().substring(0, 20));
        WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#report-search-results a[href$='/reports/epci/" + ReportDemoContract.EPCI + "']")));
        assertThat(link.getText()).isEqualTo(expected.subject().name());
        link.click();

        long charts = ReportDocuments.of(expected, null, false).themes().stream().mapToLong(t -> t.charts().size())
                .sum();
        try {
            waiting().until(d -> String.valueOf(charts).equals(d.findElement(By.tagName("body"))
                    .getDomAttribute("data-charts-drawn")));
        } catch (TimeoutException e) {
            throw new AssertionError("charts not drawn: " + BrowserSession.diagnostics(driver), e);
        }
        assertThat(driver.findElement(By.id("report-name")).getText()).isEqualTo(expected.subject().name());
        @SuppressWarnings("unchecked")
        List<Long> painted = (List<Long>) driver.executeScript("""
                return [...document.querySelectorAll('.chart-canvas')].map((div) => {
                  const canvas = div.querySelector('canvas');
                  if (!canvas || canvas.width === 0) return 0;
                  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  let opaque = 0;
                  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) opaque++;
                  return opaque;
                });
                """);
        assertThat(painted).hasSize((int) charts).allSatisfy(n -> assertThat(n).as("painted pixels").isGreaterThan(2000));
        List<String> headers = driver.findElements(By.cssSelector("#section-ages table.comparison thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(headers.subList(0, 5)).as("one source for the whole section: a caption, no column").containsExactly(
                "Indicateur", "Territoire", "Département démo Nord", "Région de démonstration", "Écart au département");
        assertThat(driver.findElements(By.cssSelector("#key-figures .tile"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.id("locator-map")).getDomProperty("naturalWidth")).isEqualTo("460");
        WebElement share75 = driver.findElement(By.id("figure-share75"));
        assertThat(share75.findElements(By.cssSelector("td.reference-col"))).hasSize(2)
                .allSatisfy(td -> assertThat(td.getText()).matches("\\d+,\\d"));
        assertThat(driver.findElement(By.cssSelector("#section-ages .section-source")).getText())
                .startsWith("Source : Oasis, population fictive");
        assertThat(driver.findElements(By.cssSelector("td.source-col"))).as("no section mixes sources").isEmpty();
        assertThat(driver.findElements(By.cssSelector("#summary li"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElement(By.cssSelector("#section-households p.empty")).getText())
                .contains("Ce qui manque");
        assertThat(driver.findElement(By.cssSelector("#method .missing")).getText()).contains("Filosofi");
        assertThat(driver.findElement(By.id("download-pdf")).getDomAttribute("href"))
                .isEqualTo("/reports/epci/" + ReportDemoContract.EPCI + ".pdf");
        fullPageScreenshot("report-epci.png");
        // The print stylesheet as Chromium applies it: A4 pages without the portal's header.
        org.openqa.selenium.Pdf printed = driver.print(new org.openqa.selenium.print.PrintOptions());
        byte[] pdf = java.util.Base64.getDecoder().decode(printed.getContent());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Files.write(Path.of("target", "screenshots", "report-epci-print.pdf"), pdf);
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();
    }

    @Test
    void aDepartementPageBuildsTheZipOfItsEpciReportsShowingProgress() {
        String departement = territories.names(TerritoryLevel.DEPARTEMENT).keySet().stream().sorted().findFirst()
                .orElseThrow();
        logIn("/reports/departement/" + departement);
        // Record every status text shown while it builds: the progress must be visible, not only the end.
        driver.executeScript("""
                window.zipTexts = [];
                new MutationObserver(() => window.zipTexts.push(document.getElementById('epci-zip-status').textContent))
                  .observe(document.getElementById('epci-zip-status'), { childList: true, characterData: true, subtree: true });
                """);
        driver.findElement(By.id("epci-zip-start")).click();
        try {
            // The first PDFs of a JVM load fonts and the layout engine: slow on a loaded machine.
            new WebDriverWait(driver, Duration.ofMinutes(3))
                    .until(d -> "done".equals(d.findElement(By.id("epci-zip")).getDomAttribute("data-state")));
        } catch (TimeoutException e) {
            throw new AssertionError("ZIP not built (state " + driver.findElement(By.id("epci-zip"))
                    .getDomAttribute("data-state") + ", status '" + driver.findElement(By.id("epci-zip-status")).getText()
                    + "'): " + BrowserSession.diagnostics(driver), e);
        }
        WebElement progress = driver.findElement(By.id("epci-zip-progress"));
        assertThat(progress.getDomProperty("value")).isEqualTo(progress.getDomProperty("max"));
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) driver.executeScript("return window.zipTexts;");
        assertThat(texts).anySatisfy(t -> assertThat(t).matches("Préparation : \\d+ / \\d+ rapports…"));
        assertThat(driver.findElement(By.id("epci-zip-status")).getText()).endsWith("rapports prêts : téléchargement du ZIP.");
        assertThat(BrowserSession.consoleErrors(driver, "favicon.ico")).isEmpty();
    }

    @Test
    void theMapPageExportsItsCurrentView() {
        logIn("/map?level=epci&indicator=nearest&profession=MG&variant=all&method=fixed");
        waiting().until(d -> !d.findElements(By.cssSelector("#legend-classes li")).isEmpty());
        driver.findElement(By.id("map-export-button")).click();
        WebElement png = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("map-export-png")));
        String href = png.getDomAttribute("href");
        assertThat(href).startsWith("/map/export.png?").contains("level=epci").contains("indicator=nearest")
                .contains("method=fixed");
        assertThat(driver.findElement(By.id("map-export-pdf")).getDomAttribute("href"))
                .isEqualTo(href.replace("export.png", "export.pdf"));
        @SuppressWarnings("unchecked")
        Map<String, Object> image = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async (r) => {
                  const bitmap = await createImageBitmap(await r.blob());
                  done({ type: r.headers.get('content-type'), width: bitmap.width, height: bitmap.height });
                }).catch((e) => done({ error: String(e) }));
                """, href);
        assertThat(image).doesNotContainKey("error").containsEntry("type", "image/png")
                .containsEntry("width", (long) MapPicture.WIDTH * ChartCanvas.SCALE)
                .containsEntry("height", (long) MapPicture.HEIGHT * ChartCanvas.SCALE);
    }

    @Test
    void chartOptionsAreBuiltByTheShippedModule() {
        driver.get(url("/login"));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/report/chart-options.js').then((m) => {
                  const pyramid = m.chartOption({ kind: 'pyramid', categories: ['a', 'b'], unit: '%',
                    series: [{ name: 'X', values: [2, null] }, { name: 'Y', values: [3, 4] }] });
                  const bar = m.chartOption({ kind: 'bar', categories: ['a'], unit: '%',
                    series: [{ name: 'X', values: [1] }] });
                  done({ left: pyramid.series[0].data, right: pyramid.series[1].data,
                    stacked: pyramid.series[0].stack === pyramid.series[1].stack, legend: bar.legend.show,
                    french: m.formatNumber(1234.56), missing: m.formatNumber(null) });
                }).catch((e) => done({ error: String(e) }));
                """);
        assertThat(result).doesNotContainKey("error");
        assertThat(result.get("left")).isEqualTo(java.util.Arrays.asList(-2L, null));
        assertThat(result.get("right")).isEqualTo(List.of(3L, 4L));
        assertThat(result).containsEntry("stacked", true).containsEntry("legend", false)
                .containsEntry("french", "1\u202f234,6").containsEntry("missing", "—");
    }

    private static void fullPageScreenshot(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 120, 16000)));
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(before);
    }
}
