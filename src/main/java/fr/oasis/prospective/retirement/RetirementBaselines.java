package fr.oasis.prospective.retirement;

import fr.oasis.accessibility.AccessibilitySnapshot;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.accessibility.ScenarioModels;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.Provenance;
import fr.oasis.prospective.scenario.ProjectedBaselines;
import fr.oasis.prospective.scenario.SupplyBaseline;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The situation "dans N ans" as a scenario baseline: the expected supply and practitioners after
 * the estimated retirements ({@link RetirementService#adjustedSupply}; any supplement on, such as
 * mobile units, counted in the APL's supply as today and not in the practices), moved from the snapshot's
 * commune order to the scenario inputs' order by INSEE code (a commune unknown to the snapshot
 * keeps no supply). Only the variant "all" is projected (the projection counts every age).
 * Thread-safe; each baseline is immutable.
 */
@Component
class RetirementBaselines implements ProjectedBaselines {
    private final RetirementService retirements;
    private final ScenarioModels models;

    RetirementBaselines(RetirementService retirements, ScenarioModels models) {
        this.retirements = retirements;
        this.models = models;
    }

    @Override
    public SupplyBaseline after(int years, AplVariant variant) {
        if (variant != AplVariant.ALL) {
            throw new IllegalArgumentException("champ « départs à la retraite » : la projection compte les praticiens"
                    + " de tous âges ; choisissez la variante « all » ou aucun horizon de départs");
        }
        RetirementService.AdjustedSupply adjusted = retirements.adjustedSupply(years);
        ScenarioInputs inputs = models.current();
        AccessibilitySnapshot snapshot = adjusted.snapshot();
        int[] from = new int[inputs.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = snapshot.indexOf(inputs.code(i));
        }
        Map<Profession, double[][]> arrays = new EnumMap<>(Profession.class);
        int content = 0;
        for (Profession p : Profession.values()) {
            double[] supply = reordered(adjusted.supply(p), from);
            arrays.put(p, new double[][] {supply, reordered(adjusted.practitioners(p), from),
                    reordered(adjusted.practiceSupply(p), from)});
            content = 31 * content + Arrays.hashCode(supply);
        }
        // the supply's hash in the key: a new age distribution or retirement age gives a new baseline
        String key = "retirement/" + years + "/" + snapshot.vintage().id() + "/" + System.identityHashCode(inputs)
                + "/" + Integer.toHexString(content);
        return new Projected(key, years, snapshot.vintage().provenance(), arrays);
    }

    private static double[] reordered(double[] values, int[] from) {
        double[] out = new double[from.length];
        for (int i = 0; i < from.length; i++) {
            out[i] = from[i] < 0 ? 0 : values[from[i]];
        }
        return out;
    }

    private record Projected(String key, int years, Provenance provenance, Map<Profession, double[][]> arrays)
            implements SupplyBaseline {
        /** Always: leaving at the retirement age is an assumption, unknown ages are drawn from a distribution. */
        @Override
        public boolean estimate() {
            return true;
        }

        @Override
        public String label() {
            return "situation projetée dans " + years + " ans (départs à la retraite estimés)";
        }

        @Override
        public AplVariant variant() {
            return AplVariant.ALL;
        }

        @Override
        public double[] supply(Profession profession) {
            return arrays.get(profession)[0];
        }

        @Override
        public double[] practitioners(Profession profession) {
            return arrays.get(profession)[1];
        }

        /** The practitioners who stay, without the supplements (a mobile unit's stop is not a practice). */
        @Override
        public double[] practiceSupply(Profession profession) {
            return arrays.get(profession)[2];
        }

        /** The unit of the stored APL, with the label of the supplements its supply counts. */
        @Override
        public String aplUnit(ScenarioInputs inputs, Profession profession) {
            return inputs.aplUnit(profession, AplVariant.ALL);
        }
    }
}
