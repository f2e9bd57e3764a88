package fr.oasis.prospective.scenario;

import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.accessibility.engine.AplScenario;
import fr.oasis.accessibility.engine.NearestPractitioner;
import fr.oasis.practitioner.Profession;
import fr.oasis.prospective.scenario.ScenarioOutcome.ProfessionOutcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Evaluates a list of changes against a {@link SupplyBaseline}, one profession at a time: the
 * supply deltas go to {@link AplScenario#changeSupplies} (only the touched catchments are
 * recomputed), and the time to the nearest practitioner is searched again
 * ({@link NearestPractitioner#update}) only when the set of communes with supply changes (a first
 * practitioner arrives, or the last one leaves), and then only around those communes; otherwise
 * times cannot move.
 *
 * <p>Supply of a change: an arriving practitioner brings the profession's default activity
 * ({@code Profession.apl().supply(null)}: one full-time equivalent); a leaving one takes away the
 * mean supply of the practitioners of that commune in the baseline. More departures than
 * practitioners is refused in French. A pure function of its arguments; thread-safe.
 */
final class ScenarioEvaluation {
    /** GP APL below which a commune reads as under-served (DREES, consultations/year/inhabitant). */
    static final double GP_THRESHOLD = 2.5;

    private final ScenarioInputs inputs;
    private final SupplyBaseline baseline;
    private final BiFunction<SupplyBaseline, Profession, BaseStates.State> bases;
    private final Map<String, String> epciNames;

    /**
     * @param bases     the full computation of the baseline for a profession (usually kept, {@link BaseStates})
     * @param epciNames EPCI names by SIREN code, for the EPCI table
     */
    ScenarioEvaluation(ScenarioInputs inputs, SupplyBaseline baseline,
                       BiFunction<SupplyBaseline, Profession, BaseStates.State> bases, Map<String, String> epciNames) {
        this.epciNames = epciNames;
        this.inputs = inputs;
        this.baseline = baseline;
        this.bases = bases;
    }

    /** The professions an outcome shows: those the changes touch, general practitioners when none. */
    static List<Profession> professionsOf(List<ScenarioChange> changes) {
        Set<Profession> touched = new LinkedHashSet<>();
        changes.forEach(c -> touched.addAll(c.practitioners().keySet()));
        return touched.isEmpty() ? List.of(Profession.MG) : List.copyOf(touched);
    }

    /** @throws IllegalArgumentException (French) when more practitioners leave a commune than it has */
    ProfessionOutcome evaluate(List<ScenarioChange> changes, Profession profession) {
        BaseStates.State base = bases.apply(baseline, profession);
        double[] count = baseline.practitioners(profession);
        double[] supply = baseline.practiceSupply(profession);
        List<Integer> communes = new ArrayList<>();
        List<Double> deltas = new ArrayList<>();
        double[] net = new double[count.length];
        int arriving = 0;
        int leaving = 0;
        for (ScenarioChange change : changes) {
            int n = change.signedCount(profession);
            if (n == 0) {
                continue;
            }
            int j = inputs.indexOf(change.communeCode());
            net[j] += n;
            if (count[j] + net[j] < -1e-9) {
                throw new IllegalArgumentException(String.format(Locale.FRANCE, "%s (%s) compte %s %s (%s) : %d ne "
                        + "peuvent pas partir", inputs.name(j), inputs.code(j), whole(count[j] + net[j] - n),
                        profession.pluralLabel().toLowerCase(Locale.FRENCH), baseline.variant().label(), -n));
            }
            // a departure takes the mean supply of the commune's practitioners (the default activity
            // when the commune only has practitioners this scenario brought)
            double each = n > 0 || count[j] <= 0 ? profession.apl().supply(null) : supply[j] / count[j];
            communes.add(j);
            deltas.add(n * each);
            arriving += Math.max(n, 0);
            leaving += Math.max(-n, 0);
        }
        AplScenario scenario = AplScenario.onTransposed(inputs.reaching(), base.apl());
        int[] touched = scenario.changeSupplies(communes.stream().mapToInt(Integer::intValue).toArray(),
                deltas.stream().mapToDouble(Double::doubleValue).toArray());
        NearestPractitioner.Result nearestAfter = base.nearest();
        // practices after the changes (the APL's supply may also count supplements: a stop is not a practice)
        double[] after = supply.clone();
        for (int k = 0; k < communes.size(); k++) {
            after[communes.get(k)] += deltas.get(k);
        }
        if (suppliedSetChanged(communes, supply, after)) {
            nearestAfter = new NearestPractitioner(inputs.travelTimes()).update(base.nearest(), supply, after,
                    communes.stream().mapToInt(Integer::intValue).toArray(), inputs.population(),
                    inputs.population75());
        }
        return new OutcomeTables(inputs, epciNames, profession, baseline.aplUnit(inputs, profession),
                profession == Profession.MG ? GP_THRESHOLD : null)
                .build(base, scenario, touched, nearestAfter, arriving, leaving);
    }

    private static boolean suppliedSetChanged(List<Integer> communes, double[] supply, double[] after) {
        for (int j : communes) {
            if ((supply[j] > 1e-9) != (after[j] > 1e-9)) { // two of two leaving may leave a rounding residue
                return true;
            }
        }
        return false;
    }

    private static String whole(double n) {
        return Math.abs(n - Math.rint(n)) < 1e-9 ? String.valueOf((long) Math.rint(n))
                : String.format(Locale.FRANCE, "%.1f", n);
    }
}
