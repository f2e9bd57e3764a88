package fr.oasis.report;

import java.util.Map;

/**
 * A report chart as a PNG image, drawn with Java2D (headless, no browser): the print
 * counterpart of the ECharts charts of the HTML page, from the same {@link TerritoryReport.Chart}.
 * Each image has its axes with round ticks and the unit, a legend naming the series, and a
 * caption with the source and millésime; the chart title stays in the document as text.
 * <p>
 * Kinds: {@code bar} ({@link BarChartPainter}), {@code pyramid} ({@link PyramidPainter}),
 * {@code histogram} ({@link HistogramPainter}). Width is {@value ChartCanvas#WIDTH} logical
 * pixels at {@value ChartCanvas#SCALE}x; height follows the number of categories.
 * <p>
 * Thread-safe (painters are stateless, each call has its own canvas).
 */
final class ReportChartImage {
    private static final Map<String, ChartPainter> PAINTERS = Map.of(
            "bar", new BarChartPainter(),
            "pyramid", new PyramidPainter(),
            "histogram", new HistogramPainter());

    private ReportChartImage() {
    }

    /**
     * @throws IllegalArgumentException for an unknown kind, a series whose value count differs
     *                                  from the category count, or a pyramid without left/right pairs
     */
    static byte[] png(TerritoryReport.Chart chart) {
        ChartPainter painter = painter(chart);
        ChartCanvas canvas = new ChartCanvas(ChartCanvas.WIDTH, painter.height(chart));
        canvas.legend(painter.legend(chart));
        canvas.caption(caption(chart));
        painter.paint(chart, canvas, canvas.plotArea());
        return canvas.png();
    }

    /** "Source : INSEE, RP, millésime 2021". */
    static String caption(TerritoryReport.Chart chart) {
        String source = chart.source() == null || chart.source().isBlank() ? "non précisée" : chart.source();
        return "Source : " + source + (chart.millesime() == null ? "" : ", millésime " + chart.millesime());
    }

    private static ChartPainter painter(TerritoryReport.Chart chart) {
        String where = "chart '" + chart.id() + "'";
        ChartPainter painter = PAINTERS.get(chart.kind());
        if (painter == null) {
            throw new IllegalArgumentException(where + ": unknown kind '" + chart.kind()
                    + "' (expected bar, pyramid or histogram)");
        }
        if (chart.categories() == null || chart.series() == null || chart.series().isEmpty()) {
            throw new IllegalArgumentException(where + ": needs categories and at least one series");
        }
        for (TerritoryReport.Series s : chart.series()) {
            if (s.values() == null || s.values().size() != chart.categories().size()) {
                throw new IllegalArgumentException(where + ", series '" + s.name() + "': "
                        + (s.values() == null ? "no" : s.values().size()) + " values for "
                        + chart.categories().size() + " categories");
            }
        }
        if (chart.kind().equals("pyramid") && chart.series().size() % 2 != 0) {
            throw new IllegalArgumentException(where + ": a pyramid needs left/right pairs of series, got "
                    + chart.series().size());
        }
        return painter;
    }
}
