package fr.oasis.prospective.retirement;

import java.util.List;

/** What the retirement projection returns (JSON and page). */
public final class RetirementView {
    private RetirementView() {
    }

    /**
     * The projection of every profession with practitioners.
     *
     * @param years         horizon, years
     * @param retirementAge age at which practitioners are assumed to stop
     * @param vintage       the practitioner vintage projected ("INSEE BPE 2018 ...")
     * @param travel        how travel times are obtained
     * @param nearestRule   what "time to the nearest" means here (French)
     * @param professions   one line per profession
     * @param millis        computation time
     */
    public record Summary(int years, int retirementAge, String vintage, String travel, String nearestRule,
                          List<Profession> professions, long millis) {
    }

    /**
     * One profession's projection.
     *
     * @param estimate            true when any practitioner was projected from an age distribution
     * @param distribution        the distribution used, in French (profession group, year, source), or null
     * @param notProjected        French note when practitioners of unknown age had no distribution, else null
     * @param threshold           APL threshold (shown units) and how it was chosen
     * @param populationBelow     inhabitants of communes under the threshold, today and projected
     * @param beyondMinutes       10, 20, 30
     * @param beyondBefore        inhabitants beyond each time today
     * @param beyondAfter         same, projected
     * @param communesFalling     communes that fall under the APL threshold or beyond a time threshold
     */
    public record Profession(String key, String label, String aplUnit, int practitioners, int knownAges,
                             int estimatedAges, int notProjectedAges, double expectedLeaving, double supplyBefore,
                             double supplyAfter, boolean estimate, String distribution, String notProjected,
                             double threshold, String thresholdRule, double populationBelowBefore,
                             double populationBelowAfter, double[] beyondMinutes, double[] beyondBefore,
                             double[] beyondAfter, int communesFallingCount, List<Commune> communesFalling) {
    }

    /**
     * A commune whose access falls.
     *
     * @param minutesBefore time to the nearest today, null when unreached
     * @param minutesAfter  projected, null when unreached
     * @param falls         what it falls under, in French ("APL < 2,5", "au-delà de 20 min")
     */
    public record Commune(String code, String name, int population, double aplBefore, double aplAfter,
                          Double minutesBefore, Double minutesAfter, List<String> falls) {
    }
}
