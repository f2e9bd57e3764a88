package fr.oasis.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The indicative classes of the GP APL at their documented bounds, and the settings checked. */
class PriorityZonesTest {
    @Test
    void classesFollowTheDocumentedThresholds() {
        PriorityZones zones = new PriorityZones(2.5, 4);

        assertThat(zones.classOf(0.0)).isEqualTo(2);
        assertThat(zones.classOf(2.4999)).isEqualTo(2);
        assertThat(zones.classOf(2.5)).isEqualTo(1);
        assertThat(zones.classOf(3.999)).isEqualTo(1);
        assertThat(zones.classOf(4.0)).isZero();
        assertThat(zones.classOf(null)).isNull();
        assertThat(zones.classOf(Double.NaN)).isNull();
        assertThat(PriorityZones.label(2)).isEqualTo("zone d'intervention prioritaire (indicative)");
        assertThat(PriorityZones.label(1)).isEqualTo("zone d'action complémentaire (indicative)");
        assertThat(zones.method()).contains("inférieure à 2,5", "de 2,5 à moins de 4",
                "le zonage officiel est arrêté par l'ARS");
    }

    @Test
    void thresholdsAreSettingsAndAreChecked() {
        assertThat(new PriorityZones(3, 5).classOf(4.0)).isEqualTo(1);
        assertThatThrownBy(() -> new PriorityZones(4, 2.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oasis.priority-zones");
        assertThatThrownBy(() -> new PriorityZones(0, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
