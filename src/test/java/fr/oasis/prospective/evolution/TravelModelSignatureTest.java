package fr.oasis.prospective.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.provenance.Provenance;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What makes two stored runs comparable, and how a difference is said in French. */
class TravelModelSignatureTest {
    private static final String PARAMETERS = "steps 10:1,15:0.66,20:0.33; demand = age-standardised population,"
            + " weights 0-14:1.0; supply = 12 practitioners; APL scale 1.0";

    private static AccessibilityView.Run run(String model, Provenance network, String travelTime, String parameters,
                                             double supply) {
        return new AccessibilityView.Run(1, 1, "MG", "all", "consultations par an et par habitant standardisé",
                travelTime, model, network, parameters, true, supply, 0, Instant.EPOCH);
    }

    @Test
    void theSupplyMayDifferNothingElse() {
        Provenance tm = new Provenance("Travel Mapping", 2026, false);
        AccessibilityView.Run a = run("road", tm, "road: bound 30 min", PARAMETERS, 12);
        AccessibilityView.Run b = run("road", tm, "road: bound 30 min",
                PARAMETERS.replace("12 practitioners", "15 practitioners"), 15);
        assertThat(TravelModelSignature.of(a).differences(TravelModelSignature.of(b))).isEmpty();
        assertThat(TravelModelSignature.describe(a)).isEqualTo("par la route (Travel Mapping, millésime 2026)");

        AccessibilityView.Run otherNetwork = run("road", new Provenance("Travel Mapping", 2027, false),
                "road: bound 30 min", PARAMETERS, 12);
        assertThat(TravelModelSignature.of(a).differences(TravelModelSignature.of(otherNetwork)))
                .isEqualTo("modèle de temps de trajet");
        AccessibilityView.Run otherBound = run("road", tm, "road: bound 45 min", PARAMETERS, 12);
        assertThat(TravelModelSignature.of(a).differences(TravelModelSignature.of(otherBound)))
                .isEqualTo("paramètres du calcul des temps de trajet");
        AccessibilityView.Run crowFly = run("crow-fly", null, "crow-fly x 1.3 at 60 km/h",
                PARAMETERS.replace("steps 10:1", "steps 12:1").replace("age-standardised population,",
                        "total population (NOT age-standardised: age bands unknown)"), 12);
        assertThat(TravelModelSignature.of(a).differences(TravelModelSignature.of(crowFly)))
                .isEqualTo("modèle de temps de trajet, pondération par paliers de temps, définition de la demande");
        assertThat(TravelModelSignature.describe(crowFly)).isEqualTo("à vol d'oiseau");
    }
}
