package fr.oasis.report;

import fr.oasis.territory.geo.CoverageDissolver;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * A small map of the report's territory as a PNG: its communes filled, the territory's outline
 * over them, and optionally a context outline (the département) in grey underneath.
 * <p>
 * <b>Projection.</b> Geometries are WGS84 longitude/latitude. The thumbnail uses a local
 * equirectangular projection centred on the territory ({@code x = lon·cos(lat₀)}, {@code y =
 * lat}): at the scale of an EPCI or a département its distortion is far below a pixel, and it
 * needs no projection library. The view fits the territory's bounding box plus a margin, keeps
 * the aspect ratio, and clips the context outline to it.
 * <p>
 * The outline is the union of the communes, by {@link CoverageDissolver} (linear on a clean
 * coverage, such as the map-ready shapes of {@code TerritoryQueries.mapShapes}).
 * <p>
 * Thread-safe (no state).
 */
final class MapThumbnail {
    static final Color COMMUNE_FILL = new Color(0x90cdf4);
    static final Color LOCATOR_FILL = new Color(0x3182ce);
    static final Color OUTLINE = new Color(0x1a365d);
    static final Color CONTEXT_FILL = new Color(0xedf2f7);
    static final Color CONTEXT_LINE = new Color(0xa0aec0);
    private static final double MARGIN = 0.12;

    private MapThumbnail() {
    }

    /**
     * @param subjectShapes  the territory's polygons (communes), lon/lat
     * @param contextOutline drawn in grey behind them, or null
     * @throws IllegalArgumentException when no subject shape is polygonal and non-empty, or a
     *                                  shape is not polygonal (its index is named)
     */
    static byte[] png(List<? extends Geometry> subjectShapes, Geometry contextOutline, int width, int height) {
        return ChartCanvas.encodePng(draw(subjectShapes, contextOutline, width, height, false));
    }

    /**
     * A locator map: the view fits the context (the territory's département) and the territory
     * stands out in it, so a reader sees where it lies.
     */
    static byte[] locator(List<? extends Geometry> subjectShapes, Geometry contextOutline, int width, int height) {
        return ChartCanvas.encodePng(draw(subjectShapes, contextOutline, width, height, true));
    }

    static BufferedImage draw(List<? extends Geometry> subjectShapes, Geometry contextOutline, int width, int height) {
        return draw(subjectShapes, contextOutline, width, height, false);
    }

    private static BufferedImage draw(List<? extends Geometry> subjectShapes, Geometry contextOutline, int width,
                                      int height, boolean fitContext) {
        Map<String, Geometry> members = polygons(subjectShapes);
        Geometry outline = CoverageDissolver.dissolve(members, Map.of("subject", members.keySet()))
                .geometries().get("subject");
        Envelope view = new Envelope(outline.getEnvelopeInternal());
        if (fitContext && contextOutline != null && !contextOutline.isEmpty()) {
            view.expandToInclude(contextOutline.getEnvelopeInternal());
        }
        double lat0 = Math.toRadians(view.centre().y);
        double cos = Math.cos(lat0);
        double w = Math.max(view.getWidth() * cos, 1e-9);
        double h = Math.max(view.getHeight(), 1e-9);
        double usable = 1 - 2 * MARGIN;
        double scale = Math.min(width * usable / w, height * usable / h);
        double cx = view.centre().x;
        double cy = view.centre().y;
        ShapeWriter writer = new ShapeWriter((src, dest) -> dest.setLocation(
                width / 2.0 + (src.x - cx) * cos * scale, height / 2.0 - (src.y - cy) * scale));
        // Vertices closer than half a pixel add nothing to a thumbnail.
        writer.setDecimation(0.5 / scale);

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            float unit = Math.max(1f, width / 240f);
            if (contextOutline != null && !contextOutline.isEmpty()) {
                Shape context = writer.toShape(contextOutline);
                g.setColor(CONTEXT_FILL);
                g.fill(context);
                g.setColor(CONTEXT_LINE);
                g.setStroke(new BasicStroke(unit));
                g.draw(context);
            }
            g.setStroke(new BasicStroke(0.6f * unit));
            for (Geometry commune : members.values()) {
                Shape shape = writer.toShape(commune);
                g.setColor(fitContext ? LOCATOR_FILL : COMMUNE_FILL);
                g.fill(shape);
                if (!fitContext) { // commune borders would hide a small territory in its département
                    g.setColor(Color.WHITE);
                    g.draw(shape);
                }
            }
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(1.6f * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(writer.toShape(outline));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Map<String, Geometry> polygons(List<? extends Geometry> shapes) {
        if (shapes == null) {
            throw new IllegalArgumentException("map thumbnail: no subject shapes");
        }
        Map<String, Geometry> members = new LinkedHashMap<>();
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Geometry g = shapes.get(i);
            if (g == null || g.isEmpty()) {
                continue;
            }
            if (!(g instanceof Polygonal)) {
                wrong.add(i);
            }
            members.put(Integer.toString(i), g);
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("map thumbnail: subject shapes " + wrong + " are not polygons");
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("map thumbnail: every subject shape is empty");
        }
        return members;
    }
}
