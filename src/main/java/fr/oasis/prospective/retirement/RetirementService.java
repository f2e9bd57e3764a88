package fr.oasis.prospective.retirement;

import fr.oasis.accessibility.AccessibilitySnapshot;
import fr.oasis.accessibility.AccessibilitySnapshots;
import fr.oasis.accessibility.engine.AplResult;
import fr.oasis.accessibility.engine.NearestPractitioner;
import fr.oasis.practitioner.AgeDistributions;
import fr.oasis.practitioner.Profession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * Retirement projections on the latest practitioner vintage ("dans N ans", 1 to 15 years): see
 * {@link RetirementProjection} for who stays and what "time to the nearest" means, and
 * {@link AgeDistribution} for the estimate where ages are unknown. Nothing is stored; today's
 * times to the nearest are kept per snapshot. Thread-safe.
 */
@Service
public class RetirementService {
    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 15;
    static final String NEAREST_RULE = "Temps d'accès au plus proche projeté : vers la commune la plus proche où au"
            + " moins un praticien a une chance sur deux ou plus de rester (départs supposés indépendants) ; quand"
            + " les âges sont connus, c'est exactement la commune la plus proche où un praticien reste.";
    private final AccessibilitySnapshots snapshots;
    private final AgeDistributions distributions;
    private final RetirementSettings settings;
    private volatile Memo memo;

    private record Memo(AccessibilitySnapshot snapshot, Map<Profession, NearestPractitioner.Result> nearest) {
    }

    RetirementService(AccessibilitySnapshots snapshots, AgeDistributions distributions, RetirementSettings settings) {
        this.snapshots = snapshots;
        this.distributions = distributions;
        this.settings = settings;
    }

    public int retirementAge() {
        return settings.retirementAge();
    }

    /** Every profession with practitioners, without the commune lists (their counts only). */
    public RetirementView.Summary summary(int years) {
        checkYears(years);
        long t0 = System.nanoTime();
        AccessibilitySnapshot snapshot = snapshots.current();
        DistributionChoice choice = choice(snapshot);
        List<RetirementView.Profession> lines = new ArrayList<>();
        for (Profession p : Profession.values()) {
            if (snapshot.practitioners(p).count() > 0) {
                lines.add(project(snapshot, choice, p, years, null, false));
            }
        }
        return new RetirementView.Summary(years, settings.retirementAge(), vintage(snapshot),
                snapshot.travelDescription(), NEAREST_RULE, lines, (System.nanoTime() - t0) / 1_000_000);
    }

    /** One profession, with the communes that fall under the thresholds (most populated first). */
    public RetirementView.Summary profession(Profession profession, int years, Double threshold) {
        checkYears(years);
        long t0 = System.nanoTime();
        AccessibilitySnapshot snapshot = snapshots.current();
        RetirementView.Profession line = project(snapshot, choice(snapshot), profession, years, threshold, true);
        return new RetirementView.Summary(years, settings.retirementAge(), vintage(snapshot),
                snapshot.travelDescription(), NEAREST_RULE, List.of(line), (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * The expected supply per commune of every profession after {@code years} (engine units,
     * indexed like {@code snapshot}), for combining a retirement horizon with installations: hand
     * {@link AdjustedSupply#supply(Profession)} to the APL calculator or a scenario as the base.
     */
    public AdjustedSupply adjustedSupply(int years) {
        checkYears(years);
        AccessibilitySnapshot snapshot = snapshots.current();
        DistributionChoice choice = choice(snapshot);
        Map<Profession, double[]> supply = new EnumMap<>(Profession.class);
        Map<Profession, double[]> practices = new EnumMap<>(Profession.class);
        Map<Profession, double[]> staying = new EnumMap<>(Profession.class);
        for (Profession p : Profession.values()) {
            RetirementProjection.Result r = RetirementProjection.compute(snapshot.practitioners(p), snapshot.size(),
                    years, settings.retirementAge(), choice.of(p).map(DistributionChoice.Used::distribution));
            supply.put(p, snapshot.withSupplement(p, r.supply()));
            practices.put(p, r.supply());
            staying.put(p, r.staying());
        }
        return new AdjustedSupply(snapshot, years, supply, practices, staying);
    }

    /** One profession's APL today and after {@code years}, shown units, per commune index of the current snapshot. */
    ProjectedApl projectedApl(Profession profession, int years) {
        checkYears(years);
        AccessibilitySnapshot snapshot = snapshots.current();
        RetirementProjection.Result projected = RetirementProjection.compute(snapshot.practitioners(profession),
                snapshot.size(), years, settings.retirementAge(),
                choice(snapshot).of(profession).map(DistributionChoice.Used::distribution));
        return ProjectedApl.of(snapshot, profession, projected);
    }

    /**
     * Expected supply and practitioners after a horizon, per profession and commune. Immutable by
     * convention.
     */
    public record AdjustedSupply(AccessibilitySnapshot snapshot, int years, Map<Profession, double[]> bySupply,
                                 Map<Profession, double[]> byPractice, Map<Profession, double[]> byPractitioners) {
        /**
         * The supply the APL counts (the practitioners who stay plus any supplement on, as the stored
         * APL), per commune index of {@link #snapshot()}; do not modify.
         */
        public double[] supply(Profession profession) {
            return bySupply.get(profession);
        }

        /** The practitioners' share of {@link #supply(Profession)} alone (their practices); do not modify. */
        public double[] practiceSupply(Profession profession) {
            return byPractice.get(profession);
        }

        /** Expected practitioners staying, per commune index of {@link #snapshot()}; do not modify. */
        public double[] practitioners(Profession profession) {
            return byPractitioners.get(profession);
        }

        /** The expected supply of one commune, 0 for an unknown code. */
        public double supply(Profession profession, String communeCode) {
            int i = snapshot.indexOf(communeCode);
            return i < 0 ? 0 : bySupply.get(profession)[i];
        }
    }

    static void checkYears(int years) {
        if (years < MIN_YEARS || years > MAX_YEARS) {
            throw new IllegalArgumentException("l'horizon doit être compris entre " + MIN_YEARS + " et " + MAX_YEARS
                    + " ans, pas " + years);
        }
    }

    private DistributionChoice choice(AccessibilitySnapshot snapshot) {
        return new DistributionChoice(distributions.all(), snapshot.vintage().vintage());
    }

    private static String vintage(AccessibilitySnapshot snapshot) {
        return snapshot.vintage().sourceLabel() + ", millésime " + snapshot.vintage().vintage()
                + (snapshot.vintage().demo() ? " (démonstration)" : "");
    }

    private RetirementView.Profession project(AccessibilitySnapshot snapshot, DistributionChoice choice, Profession p,
                                              int years, Double givenThreshold, boolean withCommunes) {
        Optional<DistributionChoice.Used> used = choice.of(p);
        AccessibilitySnapshot.Practitioners list = snapshot.practitioners(p);
        RetirementProjection.Result projected = RetirementProjection.compute(list, snapshot.size(), years,
                settings.retirementAge(), used.map(DistributionChoice.Used::distribution));
        AplResult base = snapshot.base(p);
        ProjectedApl apl = ProjectedApl.of(snapshot, p, projected);
        double[] before = apl.before();
        double[] after = apl.after();
        double[] population = snapshot.population();
        double threshold = AplThreshold.of(p, givenThreshold, before, population);
        // Practices only: a mobile unit's stop counted in the APL is not a practitioner one can go to.
        double[] practices = snapshot.supply(p);
        NearestPractitioner.Result nearBefore = nearestToday(snapshot, p, practices);
        // Searched again only around the communes that lose every practitioner (none: same times).
        int[] lost = presenceChanges(practices, projected.present());
        NearestPractitioner.Result nearAfter = lost.length == 0 ? nearBefore
                : new NearestPractitioner(snapshot.travelTimes()).update(nearBefore, practices,
                projected.present(), lost, population, null);
        double belowBefore = 0;
        double belowAfter = 0;
        List<RetirementView.Commune> falling = new ArrayList<>();
        int fallingCount = 0;
        double[] limits = NearestPractitioner.DEFAULT_THRESHOLDS;
        for (int i = 0; i < population.length; i++) {
            belowBefore += before[i] < threshold ? population[i] : 0;
            belowAfter += after[i] < threshold ? population[i] : 0;
            List<String> falls = new ArrayList<>();
            if (before[i] >= threshold && after[i] < threshold) {
                falls.add("APL sous le seuil");
            }
            for (double limit : limits) {
                if (nearBefore.minutes()[i] <= limit && nearAfter.minutes()[i] > limit) {
                    falls.add("au-delà de " + (int) limit + " min");
                }
            }
            if (!falls.isEmpty() && population[i] > 0) {
                fallingCount++;
                if (withCommunes) {
                    falling.add(new RetirementView.Commune(snapshot.code(i), snapshot.commune(i).name(),
                            (int) population[i], before[i], after[i], finite(nearBefore.minutes()[i]),
                            finite(nearAfter.minutes()[i]), List.copyOf(falls)));
                }
            }
        }
        falling.sort(Comparator.comparingInt(RetirementView.Commune::population).reversed()
                .thenComparing(RetirementView.Commune::code));
        boolean estimate = projected.estimated() > 0;
        String notProjected = projected.unprojected() == 0 ? null : projected.unprojected() + " "
                + p.pluralLabel().toLowerCase() + " d'âge inconnu ne sont pas projetés (aucune répartition par âge"
                + " importée pour cette profession) : ils sont supposés rester.";
        return new RetirementView.Profession(p.key(), p.pluralLabel(), snapshot.aplUnit(p),
                list.count(), projected.known(), projected.estimated(), projected.unprojected(), projected.leaving(),
                base.supply().total(), sum(snapshot.withSupplement(p, projected.supply())), estimate,
                estimate ? used.get().describe(p) : null, notProjected, threshold,
                AplThreshold.describe(p, givenThreshold, threshold), belowBefore, belowAfter, limits.clone(),
                nearBefore.populationBeyond(), nearAfter.populationBeyond(), fallingCount, falling);
    }

    private NearestPractitioner.Result nearestToday(AccessibilitySnapshot snapshot, Profession p, double[] supply) {
        Memo current = memo;
        if (current == null || current.snapshot() != snapshot) {
            current = new Memo(snapshot, new ConcurrentHashMap<>());
            memo = current;
        }
        return current.nearest().computeIfAbsent(p, k -> new NearestPractitioner(snapshot.travelTimes())
                .compute(supply, snapshot.population(), null, NearestPractitioner.DEFAULT_THRESHOLDS));
    }

    /** The communes with a practitioner today and not after, or the reverse. */
    private static int[] presenceChanges(double[] today, double[] present) {
        return IntStream.range(0, today.length).filter(j -> (today[j] > 0) != (present[j] > 0))
                .toArray();
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static Double finite(double minutes) {
        return Double.isFinite(minutes) ? minutes : null;
    }
}
