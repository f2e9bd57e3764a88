package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The embedded face covers French text and lays it out without the AWT font system. */
class OutlineFontTest {
    /** Every character French report text uses, including typographic ones and number separators. */
    private static final String FRENCH = "àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ«»’‘“”–—…≥≤€°²\u00A0\u202F";

    @Test
    void bothFacesCoverFrenchText() {
        for (boolean bold : new boolean[] {false, true}) {
            OutlineFont font = ReportFonts.outline(bold);
            FRENCH.codePoints().forEach(c -> assertThat(font.canDisplay(c))
                    .as("U+%04X in %s", c, bold ? "bold" : "regular").isTrue());
            assertThat(font.canDisplay(0x4E2D)).isFalse(); // CJK is not in DejaVu Sans Condensed
        }
    }

    @Test
    void widthsAddUpAndOutlinesSitOnTheBaseline() {
        OutlineFont font = ReportFonts.outline(false);
        double ab = font.width("ab", 20);
        assertThat(ab).isCloseTo(font.width("a", 20) + font.width("b", 20), Offset.offset(1e-9));
        assertThat(font.width("ab", 40)).isCloseTo(2 * ab, Offset.offset(1e-9));
        Shape shape = font.outline("Éa", 20, 100, 50);
        Rectangle2D box = shape.getBounds2D();
        assertThat(box.getMinX()).isBetween(100.0, 103.0);
        assertThat(box.getMaxY()).isCloseTo(50.0, Offset.offset(0.5)); // no descender in "Éa"
        assertThat(box.getMinY()).isLessThan(50 - 14.0); // the accent rises above the cap height
        assertThat(box.getMaxX()).isLessThanOrEqualTo(100 + font.width("Éa", 20) + 0.5);
        assertThat(font.outline("   ", 20, 0, 0).getBounds2D().isEmpty()).isTrue();
    }
}
