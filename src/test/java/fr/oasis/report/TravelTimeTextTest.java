package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.accessibility.engine.CrowFlyTravelTime;
import org.junit.jupiter.api.Test;

/** The travel-time model said in French, from what the engine writes. */
class TravelTimeTextTest {
    @Test
    void crowFlyIsTranslatedAndOtherModelsAreShownAsWritten() {
        String crowFly = new CrowFlyTravelTime(new double[] {5.0}, new double[] {48.0}, 1.3, 60).describe();
        assertThat(TravelTimeText.french(crowFly)).isEqualTo("Temps de trajet estimés à vol d'oiseau (distance × 1,3 "
                + "pour les détours, à 60 km/h), en attendant le réseau routier");
        assertThat(TravelTimeText.french("road network OSM 2025 (12 345 arcs)"))
                .isEqualTo("Modèle de temps de trajet : road network OSM 2025 (12 345 arcs)");
        assertThat(TravelTimeText.french("od matrix (4 entries; 0 ordered pairs absent, treated as unreachable)"))
                .startsWith("Temps de trajet lus dans une matrice origine-destination");
        assertThat(TravelTimeText.french(null)).isEqualTo("Modèle de temps de trajet non précisé");
    }
}
