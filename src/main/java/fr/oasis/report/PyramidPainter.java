package fr.oasis.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Kind {@code pyramid}: an age pyramid. Categories are age classes, youngest first, drawn from
 * the bottom up with their labels in a central gutter. Series come in left/right pairs: series 0
 * grows to the left and series 1 to the right (men/women, or two shares), filled; a further pair
 * (2, 3) is drawn as outlines over them, so a reference territory's shape can be compared with
 * the subject's. Both halves share one scale of absolute values.
 */
final class PyramidPainter implements ChartPainter {
    private static final List<Color> OUTLINES = List.of(new Color(0x1a365d), new Color(0x7b341e));
    private static final double ROW = 15;
    private static final double AXIS_ROOM = 30;

    @Override
    public int height(TerritoryReport.Chart chart) {
        return (int) Math.min(1000, Math.max(200, chart.categories().size() * ROW + AXIS_ROOM + 70));
    }

    @Override
    public List<ChartCanvas.LegendItem> legend(TerritoryReport.Chart chart) {
        List<ChartCanvas.LegendItem> items = new ArrayList<>();
        for (int s = 0; s < chart.series().size(); s++) {
            items.add(new ChartCanvas.LegendItem(chart.series().get(s).name(), colour(s), s >= 2));
        }
        return items;
    }

    private static Color colour(int series) {
        return series < 2 ? ChartPainter.color(series) : OUTLINES.get(series % 2);
    }

    @Override
    public void paint(TerritoryReport.Chart chart, ChartCanvas canvas, Rectangle2D area) {
        ChartCanvas.TextStyle label = canvas.font(false, ChartCanvas.LABEL_SIZE);
        ChartCanvas.TextStyle small = canvas.font(false, ChartCanvas.SMALL_SIZE);
        double gutter = 0;
        for (String c : chart.categories()) {
            gutter = Math.max(gutter, canvas.textWidth(c, label));
        }
        gutter = Math.min(gutter + 14, area.getWidth() * 0.25);
        double centre = area.getCenterX();
        double half = (area.getWidth() - gutter) / 2 - 4;
        double leftEdge = centre - gutter / 2;
        double rightEdge = centre + gutter / 2;
        double top = area.getY();
        double bottom = area.getMaxY() - AXIS_ROOM;
        double[] range = ChartPainter.range(chart);
        ChartScale scale = ChartScale.covering(0, Math.max(Math.abs(range[0]), Math.abs(range[1])), 4,
                ChartPainter.integral(chart));

        for (double tick : scale.ticks()) {
            double d = scale.fraction(tick) * half;
            String text = FrenchNumbers.format(tick);
            for (double x : new double[] {leftEdge - d, rightEdge + d}) {
                canvas.g.setColor(ChartCanvas.GRID);
                canvas.g.setStroke(new BasicStroke(0.8f));
                canvas.g.draw(new Line2D.Double(x, top, x, bottom));
                canvas.text(text, small, ChartCanvas.MUTED, x, bottom + 13, 0);
            }
        }
        if (chart.unit() != null && !chart.unit().isBlank()) {
            canvas.text(chart.unit(), small, ChartCanvas.MUTED, centre, bottom + 26, 0);
        }

        int rows = chart.categories().size();
        double row = (bottom - top) / Math.max(1, rows);
        for (int c = 0; c < rows; c++) {
            double y = bottom - (c + 1) * row;
            String name = canvas.ellipsize(chart.categories().get(c), label, gutter - 6);
            canvas.text(name, label, ChartCanvas.TEXT, centre, y + row / 2 + 4, 0);
            for (int s = 0; s < chart.series().size(); s++) {
                Double v = chart.series().get(s).values().get(c);
                if (v == null || !Double.isFinite(v)) {
                    continue;
                }
                double length = scale.fraction(Math.abs(v)) * half;
                boolean left = s % 2 == 0;
                double x = left ? leftEdge - length : rightEdge;
                Rectangle2D r = new Rectangle2D.Double(x, y + row * 0.1, length, row * 0.8);
                canvas.swatch(r, colour(s), s >= 2);
            }
        }
        canvas.g.setColor(ChartCanvas.AXIS);
        canvas.g.setStroke(new BasicStroke(1f));
        canvas.g.draw(new Line2D.Double(leftEdge, top, leftEdge, bottom));
        canvas.g.draw(new Line2D.Double(rightEdge, top, rightEdge, bottom));
        canvas.g.draw(new Line2D.Double(leftEdge - half, bottom, leftEdge, bottom));
        canvas.g.draw(new Line2D.Double(rightEdge, bottom, rightEdge + half, bottom));
    }
}
