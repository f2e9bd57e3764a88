package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.Demand;
import fr.oasis.accessibility.engine.StepWeights;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Parameters of the accessibility computation ({@code oasis.accessibility.*}), validated when the
 * application starts so that a bad value fails there, not at the first import.
 *
 * @param steps      step weights "minutes:weight,...", upper bounds inclusive; default DREES
 *                   (0-10 min: 1, 10-15: 2/3, 15-20: 1/3)
 * @param detour     crow-fly to road distance factor (1.3: the usual French average)
 * @param speedKmh   average road speed for the crow-fly model
 * @param ageWeights weights of the six age bands in the standardised demand (DREES consumption
 *                   profile), 0-14, 15-29, 30-44, 45-59, 60-74, 75+
 */
@ConfigurationProperties("oasis.accessibility")
public record AccessibilitySettings(String steps, Double detour, Double speedKmh, List<Double> ageWeights) {
    static final String DREES_STEPS = "10:1,15:" + (2.0 / 3) + ",20:" + (1.0 / 3);

    public AccessibilitySettings {
        steps = steps == null ? DREES_STEPS : steps;
        detour = detour == null ? 1.3 : detour;
        speedKmh = speedKmh == null ? 60.0 : speedKmh;
        ageWeights = ageWeights == null ? java.util.Arrays.stream(Demand.defaultAgeWeights()).boxed().toList()
                : List.copyOf(ageWeights);
        StepWeights.parse(steps);
        if (!(detour >= 1) || !(speedKmh > 0)) {
            throw new IllegalArgumentException("oasis.accessibility: detour must be >= 1 and speed > 0");
        }
        if (ageWeights.size() != Demand.BAND_COUNT || ageWeights.stream().anyMatch(w -> !(w >= 0))) {
            throw new IllegalArgumentException("oasis.accessibility.age-weights: six non-negative weights expected");
        }
    }

    StepWeights stepWeights() {
        return StepWeights.parse(steps);
    }

    double[] ageWeightArray() {
        return ageWeights.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
