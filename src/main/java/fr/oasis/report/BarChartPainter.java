package fr.oasis.report;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Kind {@code bar}: grouped horizontal bars, one band per category, categories top to bottom in
 * their order, labels on the left. Horizontal because report categories are long French labels
 * ("Masseurs-kinésithérapeutes") that vertical bars would have to rotate. Negative values extend
 * left of a zero line; a missing value is written "n.d." instead of a bar of length 0.
 */
final class BarChartPainter implements ChartPainter {
    private static final double BAR = 9;
    private static final double BAND_GAP = 7;
    private static final double VALUE_ROOM = 46;
    private static final double AXIS_ROOM = 30;

    @Override
    public int height(TerritoryReport.Chart chart) {
        int bars = chart.categories().size() * Math.max(1, chart.series().size());
        double plot = bars * BAR + chart.categories().size() * BAND_GAP;
        return (int) Math.min(1200, Math.max(200, plot + AXIS_ROOM + 70));
    }

    @Override
    public void paint(TerritoryReport.Chart chart, ChartCanvas canvas, Rectangle2D area) {
        ChartCanvas.TextStyle label = canvas.font(false, ChartCanvas.LABEL_SIZE);
        ChartCanvas.TextStyle small = canvas.font(false, ChartCanvas.SMALL_SIZE);
        List<String> categories = chart.categories();
        double labelWidth = 0;
        for (String c : categories) {
            labelWidth = Math.max(labelWidth, canvas.textWidth(c, label));
        }
        labelWidth = Math.min(labelWidth + 8, area.getWidth() * 0.38);
        double left = area.getX() + labelWidth;
        double right = area.getMaxX() - VALUE_ROOM;
        double top = area.getY();
        double bottom = area.getMaxY() - AXIS_ROOM;
        ChartScale scale = ChartPainter.scale(chart, 5);

        for (double tick : scale.ticks()) {
            double x = left + scale.fraction(tick) * (right - left);
            canvas.g.setColor(ChartCanvas.GRID);
            canvas.g.setStroke(new BasicStroke(0.8f));
            canvas.g.draw(new Line2D.Double(x, top, x, bottom));
            canvas.text(FrenchNumbers.format(tick), small, ChartCanvas.MUTED, x, bottom + 13, 0);
        }
        if (chart.unit() != null && !chart.unit().isBlank()) {
            canvas.text(chart.unit(), small, ChartCanvas.MUTED, right, bottom + 26, 1);
        }

        int seriesCount = chart.series().size();
        double band = (bottom - top) / Math.max(1, categories.size());
        double bar = Math.min(BAR * 1.6, band * 0.8 / Math.max(1, seriesCount));
        double zero = left + scale.fraction(0) * (right - left);
        for (int c = 0; c < categories.size(); c++) {
            double bandTop = top + c * band;
            double groupTop = bandTop + (band - bar * seriesCount) / 2;
            String name = canvas.ellipsize(categories.get(c), label, labelWidth - 8);
            canvas.text(name, label, ChartCanvas.TEXT, left - 6, bandTop + band / 2 + 4, 1);
            for (int s = 0; s < seriesCount; s++) {
                Double v = chart.series().get(s).values().get(c);
                double y = groupTop + s * bar;
                if (v == null || !Double.isFinite(v)) {
                    canvas.text("n.d.", small, ChartCanvas.MUTED, zero + 3, y + bar - 1.5, -1);
                    continue;
                }
                double x = left + scale.fraction(v) * (right - left);
                canvas.swatch(new Rectangle2D.Double(Math.min(x, zero), y + 0.5, Math.abs(x - zero), bar - 1),
                        ChartPainter.color(s), false);
                if (bar >= 7) {
                    canvas.text(FrenchNumbers.format(v), small, ChartCanvas.TEXT, v >= 0 ? x + 3 : x - 3,
                            y + bar / 2 + 3.5, v >= 0 ? -1 : 1);
                }
            }
        }
        canvas.g.setColor(ChartCanvas.AXIS);
        canvas.g.setStroke(new BasicStroke(1f));
        canvas.g.draw(new Line2D.Double(zero, top, zero, bottom));
        canvas.g.draw(new Line2D.Double(left, bottom, right, bottom));
    }
}
