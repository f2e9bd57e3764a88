package fr.oasis.prospective.evolution;

import fr.oasis.accessibility.AccessibilityView;
import java.util.Objects;

/**
 * What must be equal for two APL runs to be compared: the travel model (road or crow-fly), the
 * road network and its millésime, every routing parameter ({@code travelTime}), the step weights,
 * the demand (age-standardised or not, and its weights) and the unit. The supply differs by
 * design (it is what changed between the vintages). Immutable.
 */
record TravelModelSignature(String travelModel, String networkLabel, Integer networkMillesime, String travelTime,
                            String steps, String demand, String unit) {

    static TravelModelSignature of(AccessibilityView.Run run) {
        String[] parts = run.parameters().split("; ", 3);
        return new TravelModelSignature(run.travelModel(), run.network() == null ? null : run.network().source(),
                run.network() == null ? null : run.network().millesime(), run.travelTime(),
                parts.length > 0 ? parts[0] : "", parts.length > 1 ? parts[1] : "", run.unit());
    }

    /** The model in French, for the page and the refusal: "par la route (réseau X, 2024)" or "à vol d'oiseau". */
    static String describe(AccessibilityView.Run run) {
        if ("road".equals(run.travelModel()) && run.network() != null) {
            return "par la route (" + run.network().source() + ", millésime " + run.network().millesime() + ")";
        }
        return "crow-fly".equals(run.travelModel()) ? "à vol d'oiseau" : run.travelModel();
    }

    /** What differs from {@code other}, in French (empty when nothing does). */
    String differences(TravelModelSignature other) {
        StringBuilder out = new StringBuilder();
        if (!Objects.equals(travelModel, other.travelModel) || !Objects.equals(networkLabel, other.networkLabel)
                || !Objects.equals(networkMillesime, other.networkMillesime)) {
            out.append("modèle de temps de trajet");
        } else if (!Objects.equals(travelTime, other.travelTime)) {
            out.append("paramètres du calcul des temps de trajet");
        }
        if (!Objects.equals(steps, other.steps)) {
            out.append(out.isEmpty() ? "" : ", ").append("pondération par paliers de temps");
        }
        if (!Objects.equals(demand, other.demand) || !Objects.equals(unit, other.unit)) {
            out.append(out.isEmpty() ? "" : ", ").append("définition de la demande");
        }
        return out.toString();
    }
}
