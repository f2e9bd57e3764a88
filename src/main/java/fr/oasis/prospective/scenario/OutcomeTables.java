package fr.oasis.prospective.scenario;

import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.accessibility.engine.AplScenario;
import fr.oasis.accessibility.engine.NearestPractitioner;
import fr.oasis.practitioner.Profession;
import fr.oasis.prospective.scenario.ScenarioOutcome.CommuneRow;
import fr.oasis.prospective.scenario.ScenarioOutcome.EpciRow;
import fr.oasis.prospective.scenario.ScenarioOutcome.ProfessionOutcome;
import fr.oasis.prospective.scenario.ScenarioOutcome.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a baseline and an evaluated scenario of one profession into the tables a planner reads:
 * the communes whose APL or time moved (largest APL change first), their EPCI
 * (population-weighted means over all its communes), and the summary (populations gaining and
 * losing, crossing the threshold, beyond 10/20/30 minutes). APL in the profession's unit.
 * O(communes) per call. Not thread-safe (one instance per evaluation).
 */
final class OutcomeTables {
    /** An APL change smaller than this (in the profession's unit) is rounding, not a change. */
    private static final double NEGLIGIBLE = 1e-9;

    private final ScenarioInputs inputs;
    private final Map<String, String> epciNames;
    private final Profession profession;
    private final Double threshold;
    private final double scale;
    private final String unit;

    /** @param unit the APL unit shown (the baseline's, {@link SupplyBaseline#aplUnit}) */
    OutcomeTables(ScenarioInputs inputs, Map<String, String> epciNames, Profession profession, String unit,
                  Double threshold) {
        this.unit = unit;
        this.inputs = inputs;
        this.epciNames = epciNames;
        this.profession = profession;
        this.threshold = threshold;
        this.scale = profession.apl().aplScale();
    }

    ProfessionOutcome build(BaseStates.State base, AplScenario scenario, int[] touched,
                            NearestPractitioner.Result nearestAfter, int arriving, int leaving) {
        int n = inputs.size();
        double[] pop = inputs.population();
        double[] before = base.apl().apl();
        double[] minutesBefore = base.nearest().minutes();
        double[] minutesAfter = nearestAfter.minutes();
        boolean[] listed = new boolean[n];
        for (int i : touched) {
            listed[i] = Math.abs(scenario.apl(i) - before[i]) * scale > NEGLIGIBLE;
        }
        if (nearestAfter != base.nearest()) {
            for (int i = 0; i < n; i++) {
                listed[i] |= minutesBefore[i] != minutesAfter[i];
            }
        }
        List<CommuneRow> rows = new ArrayList<>();
        double gaining = 0;
        double losing = 0;
        int communesGaining = 0;
        int communesLosing = 0;
        double above = 0;
        double below = 0;
        double sumBefore = 0;
        double sumAfter = 0;
        double total = 0;
        Map<String, double[]> epcis = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double b = before[i] * scale;
            double a = scenario.apl(i) * scale;
            sumBefore += pop[i] * b;
            sumAfter += pop[i] * a;
            total += pop[i];
            if (!listed[i]) {
                continue;
            }
            String crossing = crossing(b, a);
            rows.add(new CommuneRow(inputs.code(i), inputs.name(i), inputs.epciCode(i), pop[i], b, a,
                    minutes(minutesBefore[i]), minutes(minutesAfter[i]), crossing));
            if (a - b > NEGLIGIBLE) {
                gaining += pop[i];
                communesGaining++;
            } else if (b - a > NEGLIGIBLE) {
                losing += pop[i];
                communesLosing++;
            }
            above += "au-dessus".equals(crossing) ? pop[i] : 0;
            below += "en-dessous".equals(crossing) ? pop[i] : 0;
            if (inputs.epciCode(i) != null) {
                epcis.put(inputs.epciCode(i), new double[9]);
            }
        }
        rows.sort(Comparator.comparingDouble((CommuneRow r) -> -Math.abs(r.aplAfter() - r.aplBefore()))
                .thenComparing(CommuneRow::code));
        Summary summary = new Summary(arriving, leaving, gaining, losing, communesGaining, communesLosing,
                threshold == null ? null : above, threshold == null ? null : below, mean(sumBefore, total),
                mean(sumAfter, total), base.nearest().thresholds(), base.nearest().populationBeyond(),
                nearestAfter.populationBeyond());
        return new ProfessionOutcome(profession.key(), profession.pluralLabel(),
                unit, threshold, summary, rows, epciRows(epcis, before, scenario,
                minutesBefore, minutesAfter));
    }

    /** Sums over every commune of the listed EPCI, then means: population, APL·pop, time·pop, crossings. */
    private List<EpciRow> epciRows(Map<String, double[]> epcis, double[] before, AplScenario scenario,
                                   double[] minutesBefore, double[] minutesAfter) {
        double[] pop = inputs.population();
        for (int i = 0; i < inputs.size(); i++) {
            double[] s = inputs.epciCode(i) == null ? null : epcis.get(inputs.epciCode(i));
            if (s == null) {
                continue;
            }
            double b = before[i] * scale;
            double a = scenario.apl(i) * scale;
            s[0] += pop[i];
            s[1] += pop[i] * b;
            s[2] += pop[i] * a;
            if (Double.isFinite(minutesBefore[i])) {
                s[3] += pop[i] * minutesBefore[i];
                s[4] += pop[i];
            }
            if (Double.isFinite(minutesAfter[i])) {
                s[5] += pop[i] * minutesAfter[i];
                s[6] += pop[i];
            }
            String crossing = crossing(b, a);
            s[7] += "au-dessus".equals(crossing) ? pop[i] : 0;
            s[8] += "en-dessous".equals(crossing) ? pop[i] : 0;
        }
        List<EpciRow> rows = new ArrayList<>();
        epcis.forEach((code, s) -> rows.add(new EpciRow(code, epciNames.getOrDefault(code, code), s[0],
                mean(s[1], s[0]), mean(s[2], s[0]), s[4] > 0 ? s[3] / s[4] : null, s[6] > 0 ? s[5] / s[6] : null,
                s[7], s[8])));
        rows.sort(Comparator.comparingDouble((EpciRow r) -> -Math.abs(r.aplAfter() - r.aplBefore()))
                .thenComparing(EpciRow::code));
        return rows;
    }

    private String crossing(double before, double after) {
        if (threshold == null) {
            return null;
        }
        if (before < threshold && after >= threshold) {
            return "au-dessus";
        }
        return before >= threshold && after < threshold ? "en-dessous" : null;
    }

    private static Double minutes(double m) {
        return Double.isFinite(m) ? m : null;
    }

    private static double mean(double weighted, double weight) {
        return weight > 0 ? weighted / weight : 0;
    }
}
