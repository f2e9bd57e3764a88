package fr.oasis.prospective.scenario;

import fr.oasis.accessibility.AplVariant;
import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.accessibility.ScenarioModels;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerRow;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import fr.oasis.provenance.Provenance;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The current situation as a {@link SupplyBaseline}: the latest practitioner vintage, counted
 * exactly as the stored indicators count it, mobile units included when their setting is on
 * ({@code ScenarioInputs#aplSupply}, labelled in the unit). Kept per data version (territories,
 * practitioners, network, services); each profession's arrays are built on first use. Reads only: a scenario never changes
 * the stored practitioners. Thread-safe.
 */
@Component
public class CurrentBaseline {
    private final PractitionerQueries practitioners;
    private final ScenarioModels models;
    private final KeptPerVersion<Map<AplVariant, Current>> kept;

    CurrentBaseline(PractitionerQueries practitioners, ScenarioModels models, DataVersions versions) {
        this.practitioners = practitioners;
        this.models = models;
        this.kept = new KeptPerVersion<>(versions, DataKind.TERRITORIES, DataKind.PRACTITIONERS, DataKind.NETWORK,
                DataKind.SERVICES);
    }

    /** @throws NoSuchElementException (French) when no practitioner vintage is stored */
    public SupplyBaseline of(AplVariant variant) {
        return kept.get(ConcurrentHashMap::new).computeIfAbsent(variant, v -> {
            PractitionerVintageView vintage = practitioners.latestVintage().orElseThrow(() ->
                    new NoSuchElementException("aucun professionnel de santé n'est importé : la situation actuelle "
                            + "n'est pas connue"));
            return new Current(vintage, practitioners.practitioners(vintage.id()), models.current(), v);
        });
    }

    private static final class Current implements SupplyBaseline {
        /** Distinguishes the baselines built one after the other (services may change, the vintage not). */
        private static final java.util.concurrent.atomic.AtomicLong BUILT = new java.util.concurrent.atomic.AtomicLong();
        private final long generation = BUILT.incrementAndGet();
        private final PractitionerVintageView vintage;
        private final List<PractitionerRow> rows;
        private final ScenarioInputs inputs;
        private final AplVariant variant;
        private final Map<Profession, double[][]> arrays = new ConcurrentHashMap<>();

        Current(PractitionerVintageView vintage, List<PractitionerRow> rows, ScenarioInputs inputs, AplVariant variant) {
            this.vintage = vintage;
            this.rows = rows;
            this.inputs = inputs;
            this.variant = variant;
        }

        @Override
        public String key() {
            return "current/" + vintage.id() + "/" + variant.key() + "/" + System.identityHashCode(inputs) + "/"
                    + generation;
        }

        @Override
        public String label() {
            return "situation actuelle";
        }

        @Override
        public Provenance provenance() {
            return vintage.provenance();
        }

        @Override
        public AplVariant variant() {
            return variant;
        }

        @Override
        public double[] supply(Profession profession) {
            return of(profession)[0];
        }

        @Override
        public double[] practitioners(Profession profession) {
            return of(profession)[1];
        }

        @Override
        public double[] practiceSupply(Profession profession) {
            return of(profession)[2];
        }

        @Override
        public String aplUnit(ScenarioInputs in, Profession profession) {
            return in.aplUnit(profession, variant);
        }

        private double[][] of(Profession p) {
            return arrays.computeIfAbsent(p, k -> new double[][] {inputs.aplSupply(rows, k, variant),
                    inputs.practitioners(rows, k, variant), inputs.supply(rows, k, variant)});
        }
    }
}
