package fr.oasis.prospective.retirement;

import fr.oasis.accessibility.AccessibilitySnapshot;
import fr.oasis.accessibility.engine.Supply;
import java.util.Optional;

/**
 * Who stays after N years, for the practitioners of one profession, and the supply that follows.
 *
 * <p>Each practitioner {@code p} stays with probability {@code s_p}: 1 or 0 when the age is known
 * ({@code age + N < R}), {@code 1 - leaving(R, N)} of the profession's {@link AgeDistribution}
 * when it is not, 1 when the profession has no distribution (not projected, counted apart).
 * Departures are taken as independent. The projected supply is the expected supply
 * {@code S'_j = Σ_{p in j} s_p · supply_p}; since the APL is linear in supply, the APL of
 * {@code S'} is the expected APL.
 *
 * <p>"Time to the nearest" is not linear, so it is defined on the communes <em>likely</em> to keep
 * a practitioner: those where the probability that at least one stays,
 * {@code 1 - Π_{p in j} (1 - s_p)}, is at least one half. With known ages this is exactly "some
 * practitioner stays". Immutable result; the computation is stateless and thread-safe.
 */
final class RetirementProjection {

    /**
     * @param supply     expected supply per commune after N years (engine units)
     * @param staying    expected number of practitioners per commune after N years
     * @param present    per commune, 1 when likely to keep a practitioner (see class comment), else 0
     * @param known      practitioners whose age is known
     * @param estimated  practitioners of unknown age projected with the distribution
     * @param unprojected practitioners of unknown age kept as they are (no distribution)
     * @param leaving    expected number of practitioners leaving
     * @param unknownStays the probability of staying of every practitioner of unknown age (1 without distribution)
     */
    record Result(double[] supply, double[] staying, double[] present, int known, int estimated, int unprojected,
                  double leaving, double unknownStays) {
    }

    private RetirementProjection() {
    }

    static Result compute(AccessibilitySnapshot.Practitioners list, int communes, int years, int retirementAge,
                          Optional<AgeDistribution> distribution) {
        double unknownStays = distribution.map(d -> 1 - d.leaving(retirementAge, years)).orElse(1.0);
        double[] supply = new double[communes];
        double[] staying = new double[communes];
        double[] allLeave = new double[communes];
        java.util.Arrays.fill(allLeave, 1.0);
        int known = 0;
        int estimated = 0;
        int unprojected = 0;
        double leaving = 0;
        for (int p = 0; p < list.count(); p++) {
            int age = list.age()[p];
            double stays;
            if (age != Supply.UNKNOWN_AGE) {
                stays = age + years >= retirementAge ? 0 : 1;
                known++;
            } else if (distribution.isPresent()) {
                stays = unknownStays;
                estimated++;
            } else {
                stays = 1;
                unprojected++;
            }
            int j = list.commune()[p];
            supply[j] += stays * list.supply()[p];
            staying[j] += stays;
            allLeave[j] *= 1 - stays;
            leaving += 1 - stays;
        }
        double[] present = new double[communes];
        for (int j = 0; j < communes; j++) {
            present[j] = 1 - allLeave[j] >= 0.5 && supply[j] > 0 ? 1 : 0;
        }
        return new Result(supply, staying, present, known, estimated, unprojected, leaving, unknownStays);
    }
}
