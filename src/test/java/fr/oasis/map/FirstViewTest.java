package fr.oasis.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * The first view's zoom as the map page's {@code fitBounds} gives it on the reference map
 * (1000 × 800 px, 320 px of legend): France, Grand Est, a département; hand-computed in comments.
 */
class FirstViewTest {
    @Test
    void zoomsOfKnownExtents() {
        // France (-5.2..9.6 E, 41.3..51.1 N): x 670 px / (256 × 14.8/360) = 63.7 → log2 5.99; y (Web Mercator
        // 0.0395 of the world) 780 / (256 × 0.0395) = 77.1 → 6.27; min 5.99, snapped down to 5.5, rounded 6
        assertThat(FirstView.zoom(new Envelope(-5.2, 9.6, 41.3, 51.1))).isEqualTo(6);
        // Grand Est (3.4..8.3 E, 47.4..50.2 N): x 670 / (256 × 0.01361) = 192 → 7.59; y 780 / (256 × 0.01181)
        // = 258 → 8.01; 7.59 → 7.5 → 8
        assertThat(FirstView.zoom(new Envelope(3.4, 8.3, 47.4, 50.2))).isEqualTo(8);
        // Meuse (4.9..5.9 E, 48.4..49.6 N): x 670 / (256 × 0.002778) = 942 → 9.88; y 780 / (256 × 0.005081)
        // = 600 → 9.23; 9.23 → 9.0 → 9
        assertThat(FirstView.zoom(new Envelope(4.9, 5.9, 48.4, 49.6))).isEqualTo(9);
    }

    @Test
    void boundsAndDegenerateExtents() {
        assertThat(FirstView.zoom(new Envelope())).isEqualTo(FirstView.EXTENT_ZOOM);
        assertThat(FirstView.zoom(new Envelope(5, 5, 48, 48))).isEqualTo(FirstView.EXTENT_ZOOM);
        assertThat(FirstView.zoom(new Envelope(-180, 180, -80, 80))).as("never below the map's minZoom").isEqualTo(5);
        assertThat(FirstView.zoom(new Envelope(5, 5.0001, 48, 48.0001))).as("never above its maxZoom").isEqualTo(16);
    }
}
