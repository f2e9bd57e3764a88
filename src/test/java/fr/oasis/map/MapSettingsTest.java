package fr.oasis.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapSettingsTest {

    @Test
    void emptyTileUrlMeansNoBaseMap() {
        assertThat(new MapSettings("  ", null).tileUrl()).isEmpty();
        assertThat(new MapSettings(null, null).tileAttribution()).isEmpty();
    }

    @Test
    void tileUrlMustBeHttp() {
        assertThatThrownBy(() -> new MapSettings("javascript:alert(1)", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oasis.map.tile-url");
    }
}
