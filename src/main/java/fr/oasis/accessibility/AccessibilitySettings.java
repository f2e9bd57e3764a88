package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.AccessLeg;
import fr.oasis.accessibility.engine.Demand;
import fr.oasis.accessibility.engine.StepWeights;
import java.util.List;
import java.util.Locale;
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
 * @param travelTime {@code auto} (default: by road when a stored network reaches most communes,
 *                   else crow-fly), {@code crow-fly} or {@code road} (the latest network even if it
 *                   reaches few communes; crow-fly only when none is stored)
 * @param road       routing parameters of the road model
 */
@ConfigurationProperties("oasis.accessibility")
public record AccessibilitySettings(String steps, Double detour, Double speedKmh, List<Double> ageWeights,
                                    String travelTime, Road road) {
    static final String DREES_STEPS = "10:1,15:" + (2.0 / 3) + ",20:" + (1.0 / 3);
    static final List<String> TRAVEL_TIMES = List.of("auto", "crow-fly", "road");

    public AccessibilitySettings {
        steps = steps == null ? DREES_STEPS : steps;
        detour = detour == null ? 1.3 : detour;
        speedKmh = speedKmh == null ? 60.0 : speedKmh;
        ageWeights = ageWeights == null ? java.util.Arrays.stream(Demand.defaultAgeWeights()).boxed().toList()
                : List.copyOf(ageWeights);
        travelTime = travelTime == null ? "auto" : travelTime.trim().toLowerCase(Locale.ROOT);
        road = road == null ? new Road(null, null, null, null, null, null) : road;
        double zeroPoint = StepWeights.parse(steps).zeroPoint();
        if (!(detour >= 1) || !(speedKmh > 0)) {
            throw new IllegalArgumentException("oasis.accessibility: detour must be >= 1 and speed > 0");
        }
        if (ageWeights.size() != Demand.BAND_COUNT || ageWeights.stream().anyMatch(w -> !(w >= 0))) {
            throw new IllegalArgumentException("oasis.accessibility.age-weights: six non-negative weights expected");
        }
        if (!TRAVEL_TIMES.contains(travelTime)) {
            throw new IllegalArgumentException("oasis.accessibility.travel-time: expected one of " + TRAVEL_TIMES
                    + ", got '" + travelTime + "'");
        }
        // (fields are assigned after this body: read the parameters, not stepWeights())
        if (road.boundMinutes() < zeroPoint) {
            throw new IllegalArgumentException("oasis.accessibility.road.bound-minutes (" + road.boundMinutes()
                    + ") must reach the last step of the weights (" + zeroPoint + " min)");
        }
    }

    /**
     * Routing parameters ({@code oasis.accessibility.road.*}); see the engine's access leg for the
     * meaning of each.
     *
     * @param boundMinutes     pairs farther than this are not stored (default 30: the APL's 20
     *                         minutes, plus room for the 30-minute indicators)
     * @param accessDetour     town hall to road: crow-fly distance factor (default 1.3)
     * @param accessSpeedKmh   town hall to road: speed of the local streets (default 30)
     * @param maxSnapKm        a town hall farther than this from any road is not snapped (default 5)
     * @param snapNodes        how many nearest road nodes a town hall is linked to (default 3)
     * @param directKm         town halls closer than this are also linked directly (default 3)
     */
    public record Road(Double boundMinutes, Double accessDetour, Double accessSpeedKmh, Double maxSnapKm,
                       Integer snapNodes, Double directKm) {
        public Road {
            boundMinutes = boundMinutes == null ? 30.0 : boundMinutes;
            accessDetour = accessDetour == null ? 1.3 : accessDetour;
            accessSpeedKmh = accessSpeedKmh == null ? 30.0 : accessSpeedKmh;
            maxSnapKm = maxSnapKm == null ? 5.0 : maxSnapKm;
            snapNodes = snapNodes == null ? 3 : snapNodes;
            directKm = directKm == null ? 3.0 : directKm;
            if (!(boundMinutes > 0) || boundMinutes > 240 || !(accessDetour >= 1) || !(accessSpeedKmh > 0)
                    || !(maxSnapKm > 0) || snapNodes < 1 || !(directKm >= 0)) {
                throw new IllegalArgumentException("oasis.accessibility.road: need 0 < bound-minutes <= 240,"
                        + " access-detour >= 1, access-speed-kmh > 0, max-snap-km > 0, snap-nodes >= 1,"
                        + " direct-km >= 0; got " + this);
            }
            // The engine's own checks (finite values) at start-up; parameters, as fields are not set yet.
            new AccessLeg(accessDetour, accessSpeedKmh, maxSnapKm, snapNodes, directKm);
        }

        /** The engine's access leg these settings describe. */
        AccessLeg accessLeg() {
            return new AccessLeg(accessDetour, accessSpeedKmh, maxSnapKm, snapNodes, directKm);
        }
    }

    StepWeights stepWeights() {
        return StepWeights.parse(steps);
    }

    double[] ageWeightArray() {
        return ageWeights.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
