package fr.oasis.report.compare;

import java.util.List;

/**
 * Several territories of one level side by side: one row per indicator, one cell per chosen
 * territory, then the reference values (the région of the chosen territories). The JSON API, the
 * page and the CSV/XLSX exports are views of this value. Missing figures are {@code null}, never 0.
 *
 * @param level       commune, epci or departement
 * @param levelLabel  French plural ("EPCI", "communes", "départements"), for "3e / 150 EPCI"
 * @param territories the chosen territories, in the order asked (the column order)
 * @param references  comparison columns after the territories: the région of each (usually one)
 * @param rows        the indicators, demography first, then accessibility, then imported ones
 * @param rankingNote French explanation of the ranks, printed under every view
 */
public record Comparison(String level, String levelLabel, List<Territory> territories, List<Reference> references,
                         List<Row> rows, String rankingNote) {

    /**
     * A chosen territory.
     *
     * @param regionCode région the ranks are computed in (where most of its inhabitants live), null when unknown
     * @param peers      territories of the level in that région: the most a rank can be "out of"
     * @param reportPath its identity report, relative to the application root
     */
    public record Territory(String code, String name, Integer population, String regionCode, String regionName,
                            int peers, String reportPath) {
    }

    /** A reference column ("Grand Est"). */
    public record Reference(String level, String code, String name) {
    }

    /**
     * One indicator.
     *
     * @param key            unique in the comparison: the indicator id, with profession and variant for
     *                       accessibility ones ({@code apl.MG.all}), as the filter writes them
     * @param direction      higher-is-better, lower-is-better or neutral ({@link Direction#key()})
     * @param directionLabel French
     * @param cells          one per territory, same order as {@link Comparison#territories()}
     * @param references     one per {@link Comparison#references()} entry, same order, null when missing
     */
    public record Row(String key, String indicator, String profession, String variant, String label, String unit,
                      String source, Integer millesime, boolean demo, String direction, String directionLabel,
                      List<Cell> cells, List<Double> references) {
    }

    /**
     * One territory's figure.
     *
     * @param value     null when missing or secret
     * @param rank      1 = the most favourable in the territory's région; null when the value is missing
     * @param outOf     territories of the région with a value for this indicator; null when not ranked
     * @param tied      another territory of the région has the same value
     * @param rankLabel French ("3e / 150", "2e ex æquo / 150"), null when not ranked
     * @param highlight "best" or "worst" among the chosen territories for a non-neutral indicator
     *                  whose chosen values differ; otherwise null
     */
    public record Cell(String code, Double value, Integer rank, Integer outOf, boolean tied, String rankLabel,
                       String highlight) {
    }
}
