package fr.oasis.prospective.placement;

import java.util.List;

/** What a "where to act" search returns (JSON and page). */
public final class PlacementView {
    private PlacementView() {
    }

    /**
     * @param objective        {@code population} (population under the threshold) or {@code deficit}
     *                         (population × APL missing to the threshold)
     * @param objectiveUnit    unit of the objective and the gains
     * @param threshold        APL threshold, shown units
     * @param years            retirement horizon the base was projected to, or null for today
     * @param supplyNote       what one new practitioner brings (French)
     * @param objectiveBefore  objective before any installation
     * @param candidates       communes allowed (all stored communes when no restriction was asked)
     * @param evaluated        candidate evaluations done by the search
     * @param steps            picks in order
     * @param note             French note when fewer than k steps were possible, else null
     */
    public record Result(String profession, String label, int k, String objective, String objectiveUnit,
                         double threshold, String thresholdRule, String aplUnit, Integer years, String supplyNote,
                         String vintage, String travel, double objectiveBefore, int candidates, long evaluated,
                         List<Step> steps, String note, long millis) {
    }

    /**
     * @param rank            1 for the first practitioner
     * @param aplBefore       the commune's APL just before this step, shown units
     * @param aplAfter        just after
     * @param gain            reduction of the objective by this step
     * @param objectiveAfter  objective after this step
     */
    public record Step(int rank, String code, String name, int population, double aplBefore, double aplAfter,
                       double gain, double objectiveAfter) {
    }
}
