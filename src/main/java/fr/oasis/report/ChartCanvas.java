package fr.oasis.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A white Java2D canvas for one chart image, in logical pixels drawn at {@link #SCALE}x so that
 * the PNG stays sharp at print size (680 logical px over 170 mm is about 200 dpi), with the
 * parts every chart kind shares: the legend on top, the source caption at the bottom, text
 * helpers in the report font ({@link OutlineFont}). Headless: needs no display and no system font.
 * <p>
 * Not thread-safe: one canvas per image.
 */
final class ChartCanvas {
    static final int WIDTH = 680;
    static final int SCALE = 2;
    static final Color TEXT = new Color(0x1a202c);
    static final Color MUTED = new Color(0x4a5568);
    static final Color GRID = new Color(0xe2e8f0);
    static final Color AXIS = new Color(0xa0aec0);
    static final double LABEL_SIZE = 11;
    static final double SMALL_SIZE = 9.5;
    private static final int PAD = 8;

    final int width;
    final int height;
    final BufferedImage image;
    final Graphics2D g;
    private double top = PAD;
    private double bottom;

    ChartCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.bottom = height - PAD;
        image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
    }

    /** One legend entry: a filled swatch, or an outlined one for reference series. */
    record LegendItem(String name, Color color, boolean outlined) {
    }

    /** A face and a size in logical pixels. */
    record TextStyle(OutlineFont face, double size) {
        double ascent() {
            return face.ascent(size);
        }

        double lineHeight() {
            return face.ascent(size) + face.descent(size);
        }
    }

    /** Draws the legend in rows from the top-left and takes its height off the plot area. */
    void legend(List<LegendItem> items) {
        TextStyle font = font(false, LABEL_SIZE);
        double x = PAD;
        double rowHeight = font.lineHeight() + 4;
        double y = top;
        for (LegendItem item : items) {
            String name = ellipsize(item.name() == null ? "" : item.name(), font, width - 2 * PAD - 18);
            double itemWidth = 14 + 4 + textWidth(name, font) + 14;
            if (x > PAD && x + itemWidth > width - PAD) {
                x = PAD;
                y += rowHeight;
            }
            Rectangle2D swatch = new Rectangle2D.Double(x, y + (rowHeight - 12) / 2, 12, 12);
            swatch(swatch, item.color(), item.outlined());
            // baseline so that the x-height sits on the swatch's middle
            text(name, font, TEXT, x + 16, y + rowHeight / 2 + font.size() * 0.36, -1);
            x += itemWidth;
        }
        top = y + rowHeight + 6;
    }

    /** Fills (or outlines) a rectangle in a series colour. */
    void swatch(Rectangle2D r, Color color, boolean outlined) {
        if (outlined) {
            g.setColor(color);
            g.setStroke(new BasicStroke(1.6f));
            g.draw(r);
        } else {
            g.setColor(color);
            g.fill(r);
        }
    }

    /** Draws the source caption at the bottom-left and takes its height off the plot area. */
    void caption(String text) {
        TextStyle font = font(false, SMALL_SIZE);
        text(ellipsize(text, font, width - 2 * PAD), font, MUTED, PAD, bottom - font.face().descent(font.size()), -1);
        bottom -= font.lineHeight() + 6;
    }

    /** What is left for the plot, axis labels included. */
    Rectangle2D plotArea() {
        return new Rectangle2D.Double(PAD, top, width - 2 * PAD, bottom - top);
    }

    TextStyle font(boolean bold, double size) {
        return new TextStyle(ReportFonts.outline(bold), size);
    }

    double textWidth(String text, TextStyle font) {
        return font.face().width(text, font.size());
    }

    /** Draws text with its left edge, centre or right edge ({@code align} -1, 0, 1) at x, baseline at y. */
    void text(String text, TextStyle font, Color color, double x, double y, int align) {
        double w = textWidth(text, font);
        double left = align < 0 ? x : align == 0 ? x - w / 2 : x - w;
        g.setColor(color);
        g.fill(font.face().outline(text, font.size(), left, y));
    }

    /** The text, cut with an ellipsis so that it fits {@code maxWidth}. */
    String ellipsize(String text, TextStyle font, double maxWidth) {
        if (textWidth(text, font) <= maxWidth) {
            return text;
        }
        // Binary search on the kept length: a hostile 10,000-character name stays cheap.
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) >>> 1;
            if (textWidth(text.substring(0, mid) + "…", font) <= maxWidth) {
                fits = mid;
            } else {
                tooLong = mid;
            }
        }
        return text.substring(0, fits) + "…";
    }

    /** The image as PNG bytes; the canvas cannot be drawn on afterwards. */
    byte[] png() {
        g.dispose();
        return encodePng(image);
    }

    static byte[] encodePng(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG in memory", e);
        }
    }
}
