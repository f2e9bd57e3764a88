package fr.oasis.prospective.scenario;

import fr.oasis.accessibility.AplVariant;
import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.accessibility.ScenarioModels;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.Provenance;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import fr.oasis.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Evaluates scenarios: checks a draft ({@link ScenarioRules}), starts from a baseline (the
 * current situation by default, or any {@link SupplyBaseline} given by the caller) and answers
 * per touched profession with {@link ScenarioEvaluation}. Reads only; thread-safe.
 */
@Service
public class ScenarioEvaluator {
    private final ScenarioModels models;
    private final CurrentBaseline current;
    private final BaseStates bases;
    private final Communes communes;
    private final ObjectProvider<ProjectedBaselines> projections;

    ScenarioEvaluator(ScenarioModels models, CurrentBaseline current, BaseStates bases, Communes communes,
                      ObjectProvider<ProjectedBaselines> projections) {
        this.models = models;
        this.current = current;
        this.bases = bases;
        this.communes = communes;
        this.projections = projections;
    }

    /** A client's draft against the current situation, or the one projected after its retirement horizon. */
    public ScenarioOutcome evaluate(ScenarioDraft draft) {
        ScenarioInputs inputs = models.current();
        AplVariant variant = ScenarioRules.variant(draft.variant());
        SupplyBaseline baseline = baseline(variant, ScenarioRules.retirementYears(draft.retirementYears()));
        return evaluate(inputs, baseline, ScenarioRules.changes(draft.changes(), inputs));
    }

    /** Checked changes against the current situation ({@code retirementYears} null) or a projected one. */
    ScenarioOutcome evaluate(AplVariant variant, Integer retirementYears, List<ScenarioChange> changes) {
        return evaluate(models.current(), baseline(variant, retirementYears), changes);
    }

    /** The current situation, or the one after {@code retirementYears} of estimated retirements. */
    SupplyBaseline baseline(AplVariant variant, Integer retirementYears) {
        if (retirementYears == null) {
            return current.of(variant);
        }
        ProjectedBaselines projected = projections.getIfAvailable();
        if (projected == null) {
            throw new IllegalArgumentException("champ « départs à la retraite » : aucune projection des départs n'est "
                    + "disponible");
        }
        return projected.after(retirementYears, variant);
    }

    /**
     * Checked changes against any baseline (e.g. a projection after retirements): the stored data
     * are not touched.
     */
    public ScenarioOutcome evaluate(SupplyBaseline baseline, List<ScenarioChange> changes) {
        return evaluate(models.current(), baseline, changes);
    }

    /** The changes a draft describes, checked (French messages). */
    List<ScenarioChange> check(ScenarioDraft draft) {
        return ScenarioRules.changes(draft.changes(), models.current());
    }

    /** Source and millésime of the current practitioners, for a saved scenario's record. */
    String currentSource(AplVariant variant) {
        return current.of(variant).provenance().caption();
    }

    private ScenarioOutcome evaluate(ScenarioInputs inputs, SupplyBaseline baseline, List<ScenarioChange> changes) {
        long t0 = System.nanoTime();
        CommuneTable table = communes.table();
        ScenarioEvaluation evaluation = new ScenarioEvaluation(inputs, baseline,
                (b, p) -> bases.of(inputs, b, p), table.names(TerritoryLevel.EPCI));
        List<ScenarioOutcome.ProfessionOutcome> professions = new ArrayList<>();
        for (Profession p : ScenarioEvaluation.professionsOf(changes)) {
            professions.add(evaluation.evaluate(changes, p));
        }
        return new ScenarioOutcome(baseline.variant().key(), baseline.variant().label(), baseline.label(),
                baseline.estimate(),
                sources(table, baseline, inputs), inputs.travelModel(), inputs.travelDescription(), professions,
                (System.nanoTime() - t0) / 1_000);
    }

    /**
     * The baseline of one profession for the map: APL and time per commune, in commune order, now
     * ({@code retirementYears} null) or after that many years of estimated retirements.
     */
    public BaselineLayer baselineLayer(Profession profession, AplVariant variant, Integer retirementYears) {
        ScenarioInputs inputs = models.current();
        SupplyBaseline baseline = baseline(variant, retirementYears);
        BaseStates.State state = bases.of(inputs, baseline, profession);
        int n = inputs.size();
        String[] codes = new String[n];
        double[] apl = new double[n];
        Double[] minutes = new Double[n];
        double scale = profession.apl().aplScale();
        for (int i = 0; i < n; i++) {
            codes[i] = inputs.code(i);
            apl[i] = state.apl().apl()[i] * scale;
            double m = state.nearest().minutes()[i];
            minutes[i] = Double.isFinite(m) ? m : null;
        }
        return new BaselineLayer(profession.key(), profession.pluralLabel(), baseline.aplUnit(inputs, profession),
                variant.key(), codes, apl, minutes, sources(communes.table(), baseline, inputs));
    }

    /** The current APL and time per commune of one profession (same order in every array). */
    public record BaselineLayer(String profession, String label, String unit, String variant, String[] codes,
                                double[] apl, Double[] minutes, List<String> sources) {
    }

    private static List<String> sources(CommuneTable table, SupplyBaseline baseline, ScenarioInputs inputs) {
        List<String> sources = new ArrayList<>();
        sources.add("Communes — " + caption(table.territoryProvenance()));
        if (table.censusProvenance() != null) {
            sources.add("Population par âge — " + caption(table.censusProvenance()));
        }
        sources.add("Professionnels de santé (" + baseline.label() + ", " + baseline.variant().label() + ") — "
                + caption(baseline.provenance()));
        sources.add(inputs.network() == null ? "Temps de trajet à vol d'oiseau (aucun réseau routier utilisé)"
                : "Temps de trajet par la route — " + caption(inputs.network()));
        return sources;
    }

    private static String caption(Provenance p) {
        return Objects.requireNonNullElse(p, new Provenance("inconnue", 0, false)).caption();
    }
}
