package fr.oasis.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of the printed report and its chart images, loaded from the classpath.
 * <p>
 * <b>Why embed a font.</b> The PDF base-14 fonts only cover WinAnsi: no {@code œ} in some
 * viewers, no {@code ’}, {@code ≥} or the narrow no-break space French number formatting uses;
 * and Java2D on a fresh server may find no system font at all. DejaVu Sans Condensed covers every
 * glyph French text needs, is narrow enough for comparison tables, and ships in a code-free jar
 * from Maven Central ({@code net.sf.jasperreports:jasperreports-fonts}), so neither the PDF nor
 * the images depend on what the machine has installed. Images draw it as outlines
 * ({@link OutlineFont}), never through {@code java.awt.Font}, which needs system fonts on JDK 17.
 * <p>
 * Thread-safe: the bytes and the outline fonts are loaded once; both are safe to share.
 */
final class ReportFonts {
    /** The CSS font-family the print template uses. */
    static final String FAMILY = "Oasis Sans";

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private ReportFonts() {
    }

    /** Regular face bytes (TrueType). */
    static byte[] regularBytes() {
        return Holder.REGULAR;
    }

    /** Bold face bytes (TrueType). */
    static byte[] boldBytes() {
        return Holder.BOLD;
    }

    /** The face as glyph outlines, for drawing text on a Java2D canvas without the AWT font system. */
    static OutlineFont outline(boolean bold) {
        return bold ? Holder.OUTLINE_BOLD : Holder.OUTLINE_REGULAR;
    }

    /** Lazy holder: nothing is read until a report is first rendered. */
    private static final class Holder {
        static final byte[] REGULAR = read("DejaVuSansCondensed.ttf");
        static final byte[] BOLD = read("DejaVuSansCondensed-Bold.ttf");
        static final OutlineFont OUTLINE_REGULAR = new OutlineFont(REGULAR);
        static final OutlineFont OUTLINE_BOLD = new OutlineFont(BOLD);

        private static byte[] read(String file) {
            try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("report font " + FOLDER + file
                            + " is not on the classpath (dependency net.sf.jasperreports:jasperreports-fonts)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read report font " + FOLDER + file, e);
            }
        }
    }
}
