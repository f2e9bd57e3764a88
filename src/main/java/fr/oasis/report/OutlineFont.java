package fr.oasis.report;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Text as filled glyph outlines, read from a TrueType font with FontBox (PDFBox's font library)
 * instead of through {@code java.awt.Font}.
 * <p>
 * <b>Why.</b> On JDK 17 the AWT font system needs fontconfig to find at least one system font:
 * on a machine without any, even {@code Font.createFont} fails ("Fontconfig head is null").
 * Filling outlines only uses Java2D geometry, so chart images draw on any headless server.
 * Letters are placed by their advance widths, without kerning or hinting: at chart sizes and
 * 2x resolution the difference does not show.
 * <p>
 * Thread-safe: glyph outlines are read once under a lock (FontBox reads lazily from one buffer)
 * and cached; cached paths are never modified.
 */
final class OutlineFont {
    private record Glyph(Path2D path, double advance) {
    }

    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final double unitsPerEm;
    private final double ascender;
    private final double descender;
    private final Map<Integer, Glyph> glyphs = new ConcurrentHashMap<>();

    OutlineFont(byte[] ttf) {
        try {
            font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            cmap = font.getUnicodeCmapLookup();
            unitsPerEm = font.getUnitsPerEm();
            ascender = font.getHorizontalHeader().getAscender();
            descender = font.getHorizontalHeader().getDescender();
        } catch (IOException e) {
            throw new UncheckedIOException("report font is not a readable TrueType font", e);
        }
    }

    /** True when the font has a glyph for {@code codePoint} (else the "missing" box is drawn). */
    boolean canDisplay(int codePoint) {
        synchronized (font) {
            try {
                return cmap.getGlyphId(codePoint) != 0;
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    /** Advance width of {@code text} at {@code size} pixels per em. */
    double width(String text, double size) {
        double units = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            units += glyph(text.codePointAt(i)).advance();
        }
        return units * size / unitsPerEm;
    }

    /** Height above the baseline of the tallest glyphs, at {@code size}. */
    double ascent(double size) {
        return ascender * size / unitsPerEm;
    }

    /** Depth below the baseline (positive), at {@code size}. */
    double descent(double size) {
        return -descender * size / unitsPerEm;
    }

    /** The outline of {@code text} with its baseline starting at (x, y), in y-down image coordinates. */
    Shape outline(String text, double size, double x, double y) {
        double scale = size / unitsPerEm;
        GeneralPath result = new GeneralPath(Path2D.WIND_NON_ZERO);
        double pen = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            Glyph glyph = glyph(text.codePointAt(i));
            // Font units are y-up: flip, scale, and move the pen along the baseline.
            AffineTransform place = new AffineTransform(scale, 0, 0, -scale, x + pen * scale, y);
            result.append(glyph.path().getPathIterator(place), false);
            pen += glyph.advance();
        }
        return result;
    }

    private Glyph glyph(int codePoint) {
        Glyph cached = glyphs.get(codePoint);
        return cached != null ? cached : glyphs.computeIfAbsent(codePoint, this::load);
    }

    private Glyph load(int codePoint) {
        synchronized (font) {
            try {
                int gid = cmap.getGlyphId(codePoint); // 0, the "missing" box, when the font lacks it
                GlyphData data = font.getGlyph().getGlyph(gid);
                Path2D path = data == null ? new GeneralPath() : data.getPath(); // null: a space
                return new Glyph(path, font.getAdvanceWidth(gid));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read glyph U+" + Integer.toHexString(codePoint), e);
            }
        }
    }
}
