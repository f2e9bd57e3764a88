package fr.oasis.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one kind of chart on a {@link ChartCanvas}: picks the image height from the data, names
 * the legend entries, and paints the plot (axes, bars, labels) in the area the legend and the
 * caption leave. Implementations are stateless.
 */
interface ChartPainter {
    /** Series colours, in series order: colour-blind-safe blue and orange first. */
    List<Color> PALETTE = List.of(new Color(0x2b6cb0), new Color(0xdd6b20), new Color(0x2f855a),
            new Color(0x6b46c1), new Color(0x718096), new Color(0xb7791f));

    static Color color(int series) {
        return PALETTE.get(series % PALETTE.size());
    }

    /** Logical height of the whole image for this chart's data. */
    int height(TerritoryReport.Chart chart);

    /** Legend entries; by default one filled swatch per series. */
    default List<ChartCanvas.LegendItem> legend(TerritoryReport.Chart chart) {
        List<ChartCanvas.LegendItem> items = new ArrayList<>();
        for (int s = 0; s < chart.series().size(); s++) {
            items.add(new ChartCanvas.LegendItem(chart.series().get(s).name(), color(s), false));
        }
        return items;
    }

    void paint(TerritoryReport.Chart chart, ChartCanvas canvas, Rectangle2D plot);

    /** A scale for every value of the chart (whole-number ticks when every value is whole). */
    static ChartScale scale(TerritoryReport.Chart chart, int targetTicks) {
        double[] range = range(chart);
        return ChartScale.covering(range[0], range[1], targetTicks, integral(chart));
    }

    /** True when every value is a whole number (counts). */
    static boolean integral(TerritoryReport.Chart chart) {
        return chart.series().stream().flatMap(s -> s.values().stream()).allMatch(v -> v == null || v == Math.rint(v));
    }

    /** Smallest and largest non-null value over all series; {0, 0} when every value is missing. */
    static double[] range(TerritoryReport.Chart chart) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TerritoryReport.Series series : chart.series()) {
            for (Double v : series.values()) {
                if (v != null && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo > hi ? new double[] {0, 0} : new double[] {lo, hi};
    }
}
