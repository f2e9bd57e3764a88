package fr.oasis.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The map page's current view as one image: title, the choropleth in Web Mercator (the
 * projection of the page), the legend (classes with bounds and counts, "sans donnée", unit,
 * method) and the source line, drawn with Java2D on a {@link ChartCanvas} (report font, no system
 * font). {@value #WIDTH} × {@value #HEIGHT} logical pixels, so the PNG is
 * {@code ChartCanvas.SCALE} times that. Not thread-safe: one instance per image.
 */
final class MapPicture {
    static final int WIDTH = 960;
    static final int HEIGHT = 620;
    static final int MAP_WIDTH = 680;
    private static final int TOP = 58;
    private static final int BOTTOM = 46;

    /**
     * What to draw.
     *
     * @param view     lon/lat centre and zoom of the page, or null to fit every shape
     * @param selected code of the selected territory (outlined), or null
     */
    record Scene(String title, String subtitle, String unit, String method, String source, boolean demo,
                 Map<String, Geometry> shapes, Map<String, Double> values, MapClasses classes, int digits,
                 double[] view, String selected) {
    }

    private MapPicture() {
    }

    static byte[] png(Scene scene) {
        ChartCanvas canvas = new ChartCanvas(WIDTH, HEIGHT);
        ChartCanvas.TextStyle title = canvas.font(true, 17);
        ChartCanvas.TextStyle label = canvas.font(false, ChartCanvas.LABEL_SIZE);
        ChartCanvas.TextStyle small = canvas.font(false, ChartCanvas.SMALL_SIZE);
        canvas.text(canvas.ellipsize(scene.title(), title, WIDTH - 24), title, ChartCanvas.TEXT, 12, 26, -1);
        if (scene.subtitle() != null) {
            canvas.text(canvas.ellipsize(scene.subtitle(), label, WIDTH - 24), label, ChartCanvas.MUTED, 12, 44, -1);
        }
        Rectangle2D area = new Rectangle2D.Double(12, TOP, MAP_WIDTH, HEIGHT - TOP - BOTTOM);
        drawMap(canvas, scene, area);
        legend(canvas, scene, MAP_WIDTH + 30, TOP + 4, label, small);
        String source = "Source : " + scene.source() + (scene.demo() ? " — données de démonstration (fictives)" : "")
                + " · Fond : contours simplifiés (Oasis) · Carte exportée par Oasis";
        List<String> lines = wrap(canvas, source, small, WIDTH - 24);
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            String text = i == 1 && lines.size() > 2 ? canvas.ellipsize(lines.get(1) + " " + lines.get(2), small,
                    WIDTH - 24) : lines.get(i);
            canvas.text(text, small, ChartCanvas.MUTED, 12, HEIGHT - 26 + 14 * i, -1);
        }
        return canvas.png();
    }

    private static void drawMap(ChartCanvas canvas, Scene scene, Rectangle2D area) {
        Envelope mercator = new Envelope();
        if (scene.view() != null) {
            double scale = 256 * Math.pow(2, scene.view()[2]); // pixels per world at this zoom
            double cx = x(scene.view()[0]);
            double cy = y(scene.view()[1]);
            mercator.init(cx - area.getWidth() / 2 / scale, cx + area.getWidth() / 2 / scale,
                    cy - area.getHeight() / 2 / scale, cy + area.getHeight() / 2 / scale);
        } else {
            for (Geometry g : scene.shapes().values()) {
                Envelope e = g.getEnvelopeInternal();
                mercator.expandToInclude(x(e.getMinX()), y(e.getMinY()));
                mercator.expandToInclude(x(e.getMaxX()), y(e.getMaxY()));
            }
            mercator.expandBy(mercator.getWidth() * 0.03, mercator.getHeight() * 0.03);
        }
        if (mercator.isNull() || mercator.getWidth() <= 0 || mercator.getHeight() <= 0) {
            return;
        }
        double scale = Math.min(area.getWidth() / mercator.getWidth(), area.getHeight() / mercator.getHeight());
        double ox = area.getCenterX() - mercator.centre().x * scale;
        double oy = area.getCenterY() + mercator.centre().y * scale;
        ShapeWriter writer = new ShapeWriter((src, dest) -> dest.setLocation(ox + x(src.x) * scale,
                oy - y(src.y) * scale));
        writer.setDecimation(0.5 * 360 / scale); // half a logical pixel, in degrees of longitude
        java.awt.Graphics2D g = canvas.g;
        java.awt.Shape clip = g.getClip();
        g.clip(area);
        g.setColor(new Color(0xf7fafc));
        g.fill(area);
        g.setStroke(new BasicStroke(0.35f));
        Envelope visible = lonLat(mercator);
        Shape selected = null;
        for (Map.Entry<String, Geometry> e : scene.shapes().entrySet()) {
            if (!visible.intersects(e.getValue().getEnvelopeInternal())) {
                continue;
            }
            Shape shape = writer.toShape(e.getValue());
            g.setColor(scene.classes().colourOf(scene.values().get(e.getKey())));
            g.fill(shape);
            g.setColor(Color.WHITE);
            g.draw(shape);
            if (e.getKey().equals(scene.selected())) {
                selected = shape;
            }
        }
        if (selected != null) {
            g.setColor(new Color(0xe53e3e));
            g.setStroke(new BasicStroke(2.2f));
            g.draw(selected);
        }
        g.setClip(clip);
        g.setColor(ChartCanvas.AXIS);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(area);
    }

    private static void legend(ChartCanvas canvas, Scene scene, double x, double y, ChartCanvas.TextStyle label,
                               ChartCanvas.TextStyle small) {
        double width = WIDTH - x - 12;
        canvas.text("Légende", canvas.font(true, 13), ChartCanvas.TEXT, x, y + 12, -1);
        double line = y + 32;
        canvas.text(canvas.ellipsize("Unité : " + scene.unit(), small, width), small, ChartCanvas.MUTED, x, line, -1);
        line += 18;
        double[] t = scene.classes().thresholds();
        int[] counts = new int[scene.classes().colours().size()];
        int missing = 0;
        for (String code : scene.shapes().keySet()) {
            Double v = scene.values().get(code);
            if (v == null || !Double.isFinite(v)) {
                missing++;
            } else {
                counts[scene.classes().classOf(v)]++;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            row(canvas, scene.classes().colours().get(i), bounds(i, t, scene.digits()), counts[i], x, line, width, label);
            line += 22;
        }
        if (missing > 0) {
            row(canvas, MapClasses.NO_DATA, "Sans donnée", missing, x, line, width, label);
            line += 22;
        }
        canvas.text(canvas.ellipsize(scene.method(), small, width), small, ChartCanvas.MUTED, x, line + 8, -1);
    }

    private static void row(ChartCanvas canvas, Color colour, String text, int count, double x, double y, double width,
                            ChartCanvas.TextStyle font) {
        canvas.swatch(new Rectangle2D.Double(x, y - 11, 16, 14), colour, false);
        canvas.text(canvas.ellipsize(text, font, width - 70), font, ChartCanvas.TEXT, x + 22, y, -1);
        canvas.text(FrenchNumbers.format(count), font, ChartCanvas.MUTED, x + width, y, 1);
    }

    /** "moins de 2,5", "de 2,5 à moins de 4", "4 et plus", as the page's legend says. */
    static String bounds(int i, double[] t, int digits) {
        if (t.length == 0) {
            return "Toutes les valeurs";
        }
        if (i == 0) {
            return "moins de " + number(t[0], digits);
        }
        if (i == t.length) {
            return number(t[i - 1], digits) + " et plus";
        }
        return "de " + number(t[i - 1], digits) + " à moins de " + number(t[i], digits);
    }

    private static String number(double v, int digits) {
        return digits == 0 ? FrenchNumbers.format(v, "hab.") : FrenchNumbers.format((Number) v);
    }

    /** Words into lines no wider than {@code width}. */
    private static List<String> wrap(ChartCanvas canvas, String text, ChartCanvas.TextStyle font, double width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && canvas.textWidth(candidate, font) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static Envelope lonLat(Envelope mercator) {
        return new Envelope(lon(mercator.getMinX()), lon(mercator.getMaxX()), lat(mercator.getMinY()),
                lat(mercator.getMaxY()));
    }

    /** Web Mercator on a unit world: x in [0, 1] from the antimeridian, y growing northwards. */
    static double x(double lon) {
        return (lon + 180) / 360;
    }

    static double y(double lat) {
        double phi = Math.toRadians(Math.max(-85, Math.min(85, lat)));
        return 0.5 + Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
    }

    private static double lon(double x) {
        return x * 360 - 180;
    }

    private static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh((y - 0.5) * 2 * Math.PI)));
    }

}
