package fr.oasis.prospective.scenario;

import java.util.List;

/**
 * What a scenario changes, as the API serialises it: for each profession it touches, a summary,
 * the communes whose APL or time to the nearest practitioner moved, and their EPCI. APL values
 * are in {@code unit}; times in minutes ({@code null}: no practitioner reachable); populations in
 * inhabitants. Every figure's provenance is in {@code sources}.
 *
 * @param baseline      what the scenario starts from ("avant"), e.g. "situation actuelle"
 * @param baselineEstimate whether that baseline is an estimate (a projection), to be said on screen
 * @param sources       French captions: territories, census, practitioners, travel times
 * @param travelModel   {@code road} or {@code crow-fly}
 * @param computeMicros time spent evaluating, microseconds
 */
public record ScenarioOutcome(String variant, String variantLabel, String baseline, boolean baselineEstimate,
                              List<String> sources,
                              String travelModel, String travelDescription, List<ProfessionOutcome> professions,
                              long computeMicros) {

    /**
     * @param threshold the reading threshold of the APL (2,5 for general practitioners), null when none applies
     */
    public record ProfessionOutcome(String profession, String label, String unit, Double threshold, Summary summary,
                                    List<CommuneRow> communes, List<EpciRow> epcis) {
    }

    /**
     * @param crossingAbove population of the communes passing from below the threshold to at or above it
     * @param crossingBelow population of the communes falling below it; both null without threshold
     * @param meanAplBefore population-weighted mean APL over every commune
     * @param beyondBefore  population farther than each of {@code thresholdsMinutes} from the nearest practitioner
     */
    public record Summary(int practitionersArriving, int practitionersLeaving, double populationGaining,
                          double populationLosing, int communesGaining, int communesLosing, Double crossingAbove,
                          Double crossingBelow, double meanAplBefore, double meanAplAfter, double[] thresholdsMinutes,
                          double[] beyondBefore, double[] beyondAfter) {
    }

    /** @param crossing {@code "au-dessus"} (rises to the threshold), {@code "en-dessous"} (falls below), or null */
    public record CommuneRow(String code, String name, String epci, double population, double aplBefore,
                             double aplAfter, Double minutesBefore, Double minutesAfter, String crossing) {
    }

    /** Population-weighted means over every commune of the EPCI; crossings are sums over them. */
    public record EpciRow(String code, String name, double population, double aplBefore, double aplAfter,
                          Double minutesBefore, Double minutesAfter, double crossingAbove, double crossingBelow) {
    }
}
