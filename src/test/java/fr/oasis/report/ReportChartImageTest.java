package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.oasis.report.TerritoryReport.Chart;
import fr.oasis.report.TerritoryReport.Series;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Chart images decoded back with ImageIO: size, ink, where each series is drawn, bar lengths. */
class ReportChartImageTest {
    private static final Color BLUE = ChartPainter.color(0);
    private static final Color ORANGE = ChartPainter.color(1);

    @Test
    void everyChartOfTheEpciReportDecodesAtItsSizeWithInk() throws Exception {
        Files.createDirectories(Path.of("target/report-samples"));
        for (TerritoryReport.Section section : ReportFixtures.epci().sections()) {
            for (Chart chart : section.charts()) {
                byte[] png = ReportChartImage.png(chart);
                Files.write(Path.of("target/report-samples/chart-" + chart.id() + ".png"), png);
                BufferedImage image = ImageChecks.decode(png);
                assertThat(image.getWidth()).isEqualTo(ChartCanvas.WIDTH * ChartCanvas.SCALE);
                assertThat(image.getHeight()).as(chart.id()).isBetween(200 * ChartCanvas.SCALE, 1200 * ChartCanvas.SCALE);
                assertThat(ImageChecks.inked(image)).as(chart.id()).isBetween(0.03, 0.6);
                assertThat(ImageChecks.count(image, BLUE)).as(chart.id() + ": first series drawn").isGreaterThan(500);
            }
        }
    }

    @Test
    void pyramidDrawsTheFirstSeriesLeftAndTheSecondRight() {
        Chart pyramid = ReportFixtures.ages().charts().get(0);
        BufferedImage image = ImageChecks.decode(ReportChartImage.png(pyramid));
        int mid = image.getWidth() / 2;
        int h = image.getHeight();
        assertThat(ImageChecks.count(image, BLUE, 0, 0, mid, h)).isGreaterThan(2000);
        assertThat(ImageChecks.count(image, ORANGE, mid, 0, image.getWidth(), h)).isGreaterThan(2000);
        // apart from the legend swatches at the top-left, no blue on the right, no orange on the left
        int belowLegend = 40 * ChartCanvas.SCALE;
        assertThat(ImageChecks.count(image, BLUE, mid, belowLegend, image.getWidth(), h)).isZero();
        assertThat(ImageChecks.count(image, ORANGE, 0, belowLegend, mid, h)).isZero();
    }

    @Test
    void barLengthsAreProportionalToValues() {
        Chart chart = new Chart("c", "bar", "t", "%", List.of("A", "B"),
                List.of(new Series("s", List.of(40.0, 20.0))), "src", 2024);
        BufferedImage image = plot(ReportChartImage.png(chart));
        int[] all = ImageChecks.bounds(image, BLUE);
        int split = (all[1] + all[3]) / 2;
        int[] upper = boundsIn(image, BLUE, all[1], split);
        int[] lower = boundsIn(image, BLUE, split, all[3] + 1);
        double a = upper[2] - upper[0];
        double b = lower[2] - lower[0];
        assertThat(a / b).isCloseTo(2.0, Offset.offset(0.03));
        assertThat(upper[0]).isEqualTo(lower[0]); // both start at the zero line
    }

    @Test
    void negativeBarsGrowLeftOfZero() {
        Chart chart = new Chart("c", "bar", "t", "%", List.of("gain", "perte"),
                List.of(new Series("s", List.of(1.0, -2.0))), "src", 2024);
        BufferedImage image = plot(ReportChartImage.png(chart));
        int[] all = ImageChecks.bounds(image, BLUE);
        int split = (all[1] + all[3]) / 2;
        int[] gain = boundsIn(image, BLUE, all[1], split);
        int[] loss = boundsIn(image, BLUE, split, all[3] + 1);
        assertThat(loss[2]).isLessThanOrEqualTo(gain[0] + 2); // the loss ends where the gain starts
        assertThat((double) (loss[2] - loss[0]) / (gain[2] - gain[0])).isCloseTo(2.0, Offset.offset(0.05));
    }

    @Test
    void histogramColumnHeightsAreProportional() {
        Chart chart = new Chart("h", "histogram", "t", "communes", List.of("0–1", "1–2"),
                List.of(new Series("Communes", List.of(4.0, 8.0))), "src", 2024);
        BufferedImage image = plot(ReportChartImage.png(chart));
        int[] all = ImageChecks.bounds(image, BLUE);
        int split = (all[0] + all[2]) / 2;
        int[] first = boundsIn(image, BLUE, 0, image.getHeight(), all[0], split);
        int[] second = boundsIn(image, BLUE, 0, image.getHeight(), split, all[2] + 1);
        assertThat((double) (second[3] - second[1]) / (first[3] - first[1])).isCloseTo(2.0, Offset.offset(0.04));
        assertThat(first[3]).isEqualTo(second[3]); // same baseline
    }

    @Test
    void missingValuesAndHostileLabelsStillDraw() {
        String longLabel = "Commune-" + "x".repeat(5000);
        Chart chart = new Chart("c", "bar", "t", null, List.of(longLabel, ReportFixtures.HOSTILE_FORMULA),
                List.of(new Series(ReportFixtures.HOSTILE_MARKUP, Arrays.asList(null, null))), null, null);
        BufferedImage image = ImageChecks.decode(ReportChartImage.png(chart));
        assertThat(image.getWidth()).isEqualTo(ChartCanvas.WIDTH * ChartCanvas.SCALE);
        assertThat(ImageChecks.inked(image)).isPositive();
        assertThat(ReportChartImage.caption(chart)).isEqualTo("Source : non précisée");
    }

    @Test
    void badChartsAreRejectedNamingTheChart() {
        assertThatThrownBy(() -> ReportChartImage.png(new Chart("pie-1", "pie", "t", "%", List.of("a"),
                List.of(new Series("s", List.of(1.0))), "src", 2024)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pie-1")
                .hasMessageContaining("bar, pyramid or histogram");
        assertThatThrownBy(() -> ReportChartImage.png(new Chart("b-1", "bar", "t", "%", List.of("a", "b"),
                List.of(new Series("hommes", List.of(1.0))), "src", 2024)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b-1")
                .hasMessageContaining("hommes").hasMessageContaining("1 values for 2 categories");
        assertThatThrownBy(() -> ReportChartImage.png(new Chart("p-1", "pyramid", "t", "%", List.of("a"),
                List.of(new Series("s", List.of(1.0))), "src", 2024)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p-1")
                .hasMessageContaining("pairs");
    }

    /** The image below the legend (whose blue swatch would count as a bar). */
    private static BufferedImage plot(byte[] png) {
        BufferedImage image = ImageChecks.decode(png);
        int legend = 30 * ChartCanvas.SCALE;
        return image.getSubimage(0, legend, image.getWidth(), image.getHeight() - legend);
    }

    private static int[] boundsIn(BufferedImage image, Color colour, int y0, int y1) {
        return boundsIn(image, colour, y0, y1, 0, image.getWidth());
    }

    /** Bounds {minX, minY, maxX, maxY} of {@code colour} in rows [y0, y1) and columns [x0, x1). */
    private static int[] boundsIn(BufferedImage image, Color colour, int y0, int y1, int x0, int x1) {
        BufferedImage part = image.getSubimage(x0, y0, x1 - x0, y1 - y0);
        int[] b = ImageChecks.bounds(part, colour);
        assertThat(b).as("colour present in the part").isNotNull();
        return new int[] {b[0] + x0, b[1] + y0, b[2] + x0, b[3] + y0};
    }
}
