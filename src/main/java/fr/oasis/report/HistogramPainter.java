package fr.oasis.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Kind {@code histogram}: categories are value classes in increasing order ("0–1", "1–2"…),
 * drawn as adjoining vertical columns left to right; several series share a class side by
 * side. Values are counts (of communes, usually), so the axis starts at 0.
 */
final class HistogramPainter implements ChartPainter {
    private static final double AXIS_LEFT = 40;
    private static final double AXIS_BOTTOM = 22;

    @Override
    public int height(TerritoryReport.Chart chart) {
        return 280;
    }

    @Override
    public void paint(TerritoryReport.Chart chart, ChartCanvas canvas, Rectangle2D area) {
        ChartCanvas.TextStyle label = canvas.font(false, ChartCanvas.LABEL_SIZE);
        ChartCanvas.TextStyle small = canvas.font(false, ChartCanvas.SMALL_SIZE);
        double left = area.getX() + AXIS_LEFT;
        double right = area.getMaxX();
        double top = area.getY() + 14;
        double bottom = area.getMaxY() - AXIS_BOTTOM;
        ChartScale scale = ChartPainter.scale(chart, 4);

        for (double tick : scale.ticks()) {
            double y = bottom - scale.fraction(tick) * (bottom - top);
            canvas.g.setColor(ChartCanvas.GRID);
            canvas.g.setStroke(new BasicStroke(0.8f));
            canvas.g.draw(new Line2D.Double(left, y, right, y));
            canvas.text(FrenchNumbers.format(tick), small, ChartCanvas.MUTED, left - 5, y + 3.5, 1);
        }
        if (chart.unit() != null && !chart.unit().isBlank()) {
            canvas.text(chart.unit(), small, ChartCanvas.MUTED, area.getX(), area.getY() + 8, -1);
        }

        int classes = chart.categories().size();
        int seriesCount = Math.max(1, chart.series().size());
        double band = (right - left) / Math.max(1, classes);
        double column = band / seriesCount;
        double zero = bottom - scale.fraction(0) * (bottom - top);
        for (int c = 0; c < classes; c++) {
            double bandLeft = left + c * band;
            String name = canvas.ellipsize(chart.categories().get(c), label, band - 2);
            canvas.text(name, label, ChartCanvas.TEXT, bandLeft + band / 2, bottom + 14, 0);
            for (int s = 0; s < chart.series().size(); s++) {
                Double v = chart.series().get(s).values().get(c);
                double x = bandLeft + s * column;
                if (v == null || !Double.isFinite(v)) {
                    canvas.text("n.d.", small, ChartCanvas.MUTED, x + column / 2, zero - 3, 0);
                    continue;
                }
                double y = bottom - scale.fraction(v) * (bottom - top);
                Rectangle2D r = new Rectangle2D.Double(x, Math.min(y, zero), column, Math.abs(zero - y));
                canvas.swatch(r, ChartPainter.color(s), false);
                // A white hairline keeps adjoining columns of one colour apart.
                canvas.g.setColor(Color.WHITE);
                canvas.g.setStroke(new BasicStroke(0.6f));
                canvas.g.draw(r);
                String text = FrenchNumbers.format(v);
                if (canvas.textWidth(text, small) <= column + 4) {
                    canvas.text(text, small, ChartCanvas.TEXT, x + column / 2, Math.min(y, zero) - 3, 0);
                }
            }
        }
        canvas.g.setColor(ChartCanvas.AXIS);
        canvas.g.setStroke(new BasicStroke(1f));
        canvas.g.draw(new Line2D.Double(left, zero, right, zero));
        canvas.g.draw(new Line2D.Double(left, top, left, bottom));
    }
}
