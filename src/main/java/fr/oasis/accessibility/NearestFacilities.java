package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.NearestPractitioner;
import fr.oasis.accessibility.engine.TravelTimeModel;
import fr.oasis.provenance.Provenance;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Time from every stored commune to the nearest commune holding a facility (a care structure, or
 * anything located by commune), with the very travel times the accessibility indicators use: by
 * road on the latest network when it is chosen, crow-fly otherwise ({@link TravelTimeSelector}).
 * Times are from reference point to reference point (town hall to town hall), the facility being
 * counted at its commune's point; 0 in a commune that has one. Thread-safe; a call is one
 * multi-source search over the kept model (milliseconds on a région).
 */
@org.springframework.stereotype.Service
public class NearestFacilities {
    private final AccessibilityModels models;

    NearestFacilities(AccessibilityModels models) {
        this.models = models;
    }

    /**
     * The minutes per commune code (null when no facility can be reached: none at all, or a commune
     * the road network does not link), and how they were obtained.
     *
     * @param facilityCommunes codes of the communes that hold at least one facility; codes not stored are ignored
     */
    public Times minutesTo(Collection<String> facilityCommunes) {
        AccessibilityModel model = models.current();
        double[] supply = new double[model.size()];
        for (String code : facilityCommunes) {
            Integer i = model.index.get(code);
            if (i != null) {
                supply[i] = 1;
            }
        }
        NearestPractitioner.Result result = new NearestPractitioner(model.times.model()).compute(supply,
                model.population, null, NearestPractitioner.DEFAULT_THRESHOLDS);
        Map<String, Double> minutes = new HashMap<>(model.size() * 2);
        for (int i = 0; i < model.size(); i++) {
            double t = result.minutes()[i];
            minutes.put(model.codes[i], t == TravelTimeModel.UNREACHED || Double.isNaN(t) ? null : t);
        }
        RoadNetworkView network = model.times.network();
        Provenance roads = network == null ? null : network.provenance();
        return new Times(minutes, model.times.kind() == TravelTimes.Kind.ROAD ? "road" : "crow-fly", roads,
                model.times.describe());
    }

    /**
     * @param minutes     per commune code, null when unreached
     * @param travelModel {@code road} or {@code crow-fly}
     * @param network     the road network's provenance for {@code road}, else null
     * @param description every parameter of the travel times
     */
    public record Times(Map<String, Double> minutes, String travelModel, Provenance network, String description) {
    }
}
