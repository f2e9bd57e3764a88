package fr.oasis.prospective.placement;

import fr.oasis.accessibility.AccessibilitySnapshot;
import fr.oasis.accessibility.AccessibilitySnapshots;
import fr.oasis.accessibility.engine.AplResult;
import fr.oasis.accessibility.engine.AplScenario;
import fr.oasis.accessibility.engine.GreedyPlacement;
import fr.oasis.limits.Deadline;
import fr.oasis.practitioner.Profession;
import fr.oasis.prospective.retirement.AplThreshold;
import fr.oasis.prospective.retirement.RetirementService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * "Where to act" searches on the latest practitioner vintage (see the package comment). Each new
 * practitioner brings the profession's default activity. Nothing is stored. Bounded by a
 * {@link Deadline} of {@link #TIME_LIMIT}. Thread-safe.
 */
@Service
public class PlacementService {
    public static final int MIN_K = 1;
    public static final int MAX_K = 10;
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    private final AccessibilitySnapshots snapshots;
    private final RetirementService retirements;

    PlacementService(AccessibilitySnapshots snapshots, RetirementService retirements) {
        this.snapshots = snapshots;
        this.retirements = retirements;
    }

    /**
     * @param k          new practitioners, 1 to 10
     * @param deficit    false: reduce the population under the threshold; true: the weighted deficit
     * @param threshold  APL threshold (shown units), null for {@link AplThreshold}'s default
     * @param candidates commune codes allowed, or null for every commune
     * @param years      retirement horizon to start from (1-15), or null for today
     * @throws IllegalArgumentException (French) for k out of range, an unknown code or an empty set
     */
    public PlacementView.Result search(Profession profession, int k, boolean deficit, Double threshold,
                                       Collection<String> candidates, Integer years) {
        if (k < MIN_K || k > MAX_K) {
            throw new IllegalArgumentException("le nombre de praticiens (k) doit être compris entre " + MIN_K + " et "
                    + MAX_K + ", pas " + k);
        }
        long t0 = System.nanoTime();
        AccessibilitySnapshot snapshot = snapshots.current();
        boolean[] allowed = allowed(snapshot, candidates);
        AplResult base = years == null ? snapshot.base(profession)
                : snapshot.compute(retirements.adjustedSupply(years).supply(profession));
        double scale = profession.apl().aplScale();
        double[] today = snapshot.base(profession).apl().clone();
        for (int i = 0; i < today.length; i++) {
            today[i] *= scale;
        }
        double shownThreshold = AplThreshold.of(profession, threshold, today, snapshot.population());
        double each = profession.apl().supply(null);
        Deadline deadline = Deadline.in(TIME_LIMIT, "la recherche des communes où installer des praticiens");
        GreedyPlacement.Objective objective = deficit ? GreedyPlacement.Objective.WEIGHTED_DEFICIT
                : GreedyPlacement.Objective.POPULATION_BELOW;
        GreedyPlacement.Result result;
        try {
            result = new GreedyPlacement(snapshot.catchment(), base, snapshot.population())
                    .place(each, k, shownThreshold / scale, objective, allowed, deadline.asStopSignal());
        } catch (IllegalStateException e) {
            if (deadline.passed()) {
                throw deadline.exceeded();
            }
            throw e;
        }
        List<PlacementView.Step> steps = new ArrayList<>();
        AplScenario replay = new AplScenario(snapshot.catchment(), base); // the commune's own APL at each step
        double factor = deficit ? scale : 1; // the deficit is in population × APL (shown units)
        for (GreedyPlacement.Step s : result.steps()) {
            int j = s.commune();
            double aplBefore = replay.apl(j) * scale;
            replay.changeSupply(j, each);
            steps.add(new PlacementView.Step(steps.size() + 1, snapshot.code(j), snapshot.commune(j).name(),
                    (int) snapshot.population()[j], aplBefore, replay.apl(j) * scale, s.gain() * factor,
                    s.objectiveAfter() * factor));
        }
        int allowedCount = 0;
        for (boolean a : allowed == null ? new boolean[0] : allowed) {
            allowedCount += a ? 1 : 0;
        }
        String note = steps.size() < k ? "Seulement " + steps.size() + " installation(s) utile(s) : aucune autre commune"
                + " candidate n'atteint d'habitants sous le seuil." : null;
        return new PlacementView.Result(profession.key(), profession.pluralLabel(), k, deficit ? "deficit" : "population",
                deficit ? "hab. × APL manquante" : "hab.", shownThreshold,
                AplThreshold.describe(profession, threshold, shownThreshold),
                profession.apl().aplUnit(snapshot.ageStandardised()), years,
                "Chaque nouveau praticien apporte l'activité par défaut de la profession ("
                        + fr.oasis.report.FrenchNumbers.format(profession.apl().defaultActivity(), null) + " "
                        + profession.apl().activityUnit() + ").",
                snapshot.vintage().sourceLabel() + ", millésime " + snapshot.vintage().vintage(),
                snapshot.travelDescription(), result.objectiveBefore() * factor,
                allowed == null ? snapshot.size() : allowedCount, result.evaluated(), steps, note,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static boolean[] allowed(AccessibilitySnapshot snapshot, Collection<String> codes) {
        if (codes == null) {
            return null;
        }
        Set<String> unique = new LinkedHashSet<>(codes);
        if (unique.isEmpty()) {
            throw new IllegalArgumentException("l'ensemble des communes candidates est vide");
        }
        boolean[] allowed = new boolean[snapshot.size()];
        List<String> unknown = new ArrayList<>();
        for (String code : unique) {
            int i = snapshot.indexOf(code);
            if (i < 0) {
                unknown.add(code.length() > 12 ? code.substring(0, 12) + "…" : code);
            } else {
                allowed[i] = true;
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("commune(s) inconnue(s) : " + String.join(", ",
                    unknown.subList(0, Math.min(10, unknown.size()))) + (unknown.size() > 10 ? "…" : ""));
        }
        return allowed;
    }
}
