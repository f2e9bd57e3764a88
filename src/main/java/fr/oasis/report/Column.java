package fr.oasis.report;

import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.AgeBands;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryView;
import java.util.Set;

/**
 * One column of a report: the subject or a reference, with the communes its figures are summed
 * over and those sums. Every ratio of the report is a ratio of these sums (Σ 75+ / Σ population),
 * never a mean of the communes' ratios.
 *
 * @param level       stored level, or null for a custom selection of communes
 * @param communes    commune codes
 * @param population  Σ population of the communes (COG population municipale)
 * @param areaKm2     Σ area of the communes
 * @param bands       Σ census population per age band over the communes the census covers
 * @param censusCovered how many of the communes the census covers
 */
record Column(TerritoryLevel level, String code, String name, Set<String> communes, double population,
              double areaKm2, double[] bands, int censusCovered) {

    static Column of(TerritoryLevel level, String code, String name, Set<String> communes, CommuneTable table) {
        double population = 0;
        double area = 0;
        double[] bands = new double[AgeBands.COUNT];
        int covered = 0;
        for (String c : communes) {
            TerritoryView.CommunePoint point = table.byCode().get(c);
            population += point == null ? 0 : point.population();
            Double a = table.areas().get(c);
            area += a == null ? 0 : a;
            double[] b = table.bands().get(c);
            if (b != null) {
                covered++;
                for (int k = 0; k < bands.length; k++) {
                    bands[k] += b[k];
                }
            }
        }
        return new Column(level, code, name, java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(communes)),
                population, area, bands, covered);
    }

    /** Σ census population over the bands {@code from} (inclusive) to the last. */
    double bandsFrom(int from) {
        double sum = 0;
        for (int k = from; k < bands.length; k++) {
            sum += bands[k];
        }
        return sum;
    }

    /** 100 × part / whole, null when the whole is 0. */
    static Double percent(double part, double whole) {
        return whole > 0 ? 100 * part / whole : null;
    }
}
