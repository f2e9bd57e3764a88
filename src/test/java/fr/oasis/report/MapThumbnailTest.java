package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The map thumbnail decoded back: projection, fit, layers. */
class MapThumbnailTest {
    private static final int SIZE = 400;

    @Test
    void aSquareDegreeAreaIsNarrowedByTheCosineOfItsLatitudeAndFitsTheFrame() {
        double lat = 48.7;
        BufferedImage image = ImageChecks.decode(
                MapThumbnail.png(List.of(ReportFixtures.square(7.3, lat, 0.1)), null, SIZE, SIZE));
        assertThat(image.getWidth()).isEqualTo(SIZE);
        assertThat(image.getHeight()).isEqualTo(SIZE);
        int[] box = ImageChecks.bounds(image, MapThumbnail.OUTLINE);
        double width = box[2] - box[0];
        double height = box[3] - box[1];
        // the height limits: 76 % of the frame (12 % margin each side), plus the outline's stroke
        assertThat(height).isCloseTo(SIZE * 0.76, Offset.offset(5.0));
        assertThat(width / height).isCloseTo(Math.cos(Math.toRadians(lat + 0.05)), Offset.offset(0.02));
        assertThat((box[0] + box[2]) / 2.0).isCloseTo(SIZE / 2.0, Offset.offset(2.0));
        assertThat((box[1] + box[3]) / 2.0).isCloseTo(SIZE / 2.0, Offset.offset(2.0));
        assertThat(image.getRGB(SIZE / 2, SIZE / 2) & 0xFFFFFF).isEqualTo(MapThumbnail.COMMUNE_FILL.getRGB() & 0xFFFFFF);
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF); // no context: white around
    }

    @Test
    void theOutlineIsTheUnionNotEachCommune() {
        // two communes side by side: the border between them is white, not the dark outline
        Geometry west = ReportFixtures.square(7.0, 48.0, 0.1);
        Geometry east = ReportFixtures.square(7.1, 48.0, 0.1);
        BufferedImage image = ImageChecks.decode(MapThumbnail.png(List.of(west, east), null, SIZE, SIZE));
        int x = SIZE / 2;
        int[] box = ImageChecks.bounds(image, MapThumbnail.OUTLINE);
        int outlinePixelsOnSharedEdge = 0;
        for (int y = box[1] + 10; y < box[3] - 10; y++) {
            for (int dx = -2; dx <= 2; dx++) {
                if ((image.getRGB(x + dx, y) & 0xFFFFFF) == (MapThumbnail.OUTLINE.getRGB() & 0xFFFFFF)) {
                    outlinePixelsOnSharedEdge++;
                }
            }
        }
        assertThat(outlinePixelsOnSharedEdge).isZero();
        assertThat(ImageChecks.count(image, MapThumbnail.OUTLINE)).isGreaterThan(4 * 100);
    }

    @Test
    void theContextIsGreyBehindAndTheRealisticEpciDraws() {
        BufferedImage image = ImageChecks.decode(MapThumbnail.png(ReportFixtures.epciShapes(),
                ReportFixtures.departementOutline(), SIZE, SIZE));
        assertThat(image.getRGB(3, 3) & 0xFFFFFF).isEqualTo(MapThumbnail.CONTEXT_FILL.getRGB() & 0xFFFFFF);
        assertThat(ImageChecks.count(image, MapThumbnail.COMMUNE_FILL)).isGreaterThan(SIZE * SIZE / 4);
        assertThat(ImageChecks.count(image, MapThumbnail.OUTLINE)).isGreaterThan(500);
        // commune borders: pixels much lighter than the fill inside the territory (antialiased white lines)
        int[] box = ImageChecks.bounds(image, MapThumbnail.OUTLINE);
        int light = 0;
        for (int y = box[1] + 8; y < box[3] - 8; y++) {
            for (int x = box[0] + 8; x < box[2] - 8; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() > 0xC8 && c.getGreen() > 0xE4) {
                    light++;
                }
            }
        }
        assertThat(light).as("borders between communes").isGreaterThan(300);
    }

    @Test
    void noDrawableShapeIsAClearError() {
        GeometryFactory f = new GeometryFactory();
        assertThatThrownBy(() -> MapThumbnail.png(List.of(), null, SIZE, SIZE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> MapThumbnail.png(
                List.of(ReportFixtures.square(7, 48, 0.1), f.createPoint(new Coordinate(7, 48))), null, SIZE, SIZE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1]")
                .hasMessageContaining("not polygons");
    }
}
