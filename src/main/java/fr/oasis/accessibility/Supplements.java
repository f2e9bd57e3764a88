package fr.oasis.accessibility;

import fr.oasis.practitioner.Profession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one rule for {@link SupplySupplement}s (mobile units...), shared by the stored APL runs
 * ({@link AplComputation}), the scenario baselines ({@link ScenarioInputs}) and the snapshot of the
 * retirement and placement tools ({@link AccessibilitySnapshot}), so their "before" is the APL of the map: a supplement counts when its setting is on and it has supply
 * of the profession, for the all-ages variant only (a unit has no age); its full-time
 * equivalents add up per commune; its label follows the APL unit. Immutable; thread-safe.
 */
final class Supplements {
    private final List<SupplySupplement> all;

    Supplements(List<SupplySupplement> all) {
        this.all = List.copyOf(all);
    }

    /** Whether any supplement's setting is on. */
    boolean anyEnabled() {
        return all.stream().anyMatch(SupplySupplement::enabled);
    }

    /** The supplements on for this profession and variant. */
    List<SupplySupplement> added(Profession profession, AplVariant variant) {
        return variant != AplVariant.ALL ? List.of() : all.stream().filter(SupplySupplement::enabled)
                .filter(s -> !s.fte(profession).isEmpty()).toList();
    }

    /** Full-time equivalents by commune code that {@code added} bring to {@code profession}. */
    static Map<String, Double> extraFte(List<SupplySupplement> added, Profession profession) {
        Map<String, Double> extra = new HashMap<>();
        added.forEach(s -> s.fte(profession).forEach((code, fte) -> extra.merge(code, fte, Double::sum)));
        return extra;
    }

    /** The APL unit followed by each supplement's label ("… — APL incluant les unités mobiles (estimation)"). */
    static String unit(String aplUnit, List<SupplySupplement> added) {
        return aplUnit + added.stream().map(s -> " — " + s.label()).collect(Collectors.joining());
    }
}
