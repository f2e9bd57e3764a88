package fr.oasis.prospective.evolution;

import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of a comparison: per commune, the APL before and after and the difference; per EPCI,
 * the population-weighted means of its communes having both values (the DREES rule for zoning
 * units; a territory without inhabitants takes the plain mean), and the difference of the means.
 * Rows are ordered largest loss first, then by code. Immutable.
 */
record EvolutionTable(List<EvolutionView.Row> communes, List<EvolutionView.Row> epci, int gains, int losses,
                      int unchanged) {
    /** Differences this small are rounding, not change (APL values are shown with 2 to 3 decimals). */
    static final double UNCHANGED = 1e-9;
    private static final Comparator<EvolutionView.Row> LARGEST_LOSS_FIRST = Comparator
            .comparing((EvolutionView.Row r) -> r.difference() == null ? Double.MAX_VALUE : r.difference())
            .thenComparing(EvolutionView.Row::code);

    static EvolutionTable of(CommuneTable table, Map<String, Double> before, Map<String, Double> after) {
        List<EvolutionView.Row> communes = new ArrayList<>();
        Map<String, double[]> groups = new TreeMap<>(); // code -> {population, Σ pop × before, Σ pop × after, Σ before, Σ after, n}
        int gains = 0;
        int losses = 0;
        int unchanged = 0;
        for (TerritoryView.CommunePoint c : table.points()) {
            Double b = before.get(c.code());
            Double a = after.get(c.code());
            if (b == null && a == null) {
                continue;
            }
            Double d = b == null || a == null ? null : a - b;
            communes.add(new EvolutionView.Row(c.code(), c.name(), c.population(), b, a, d));
            if (d == null) {
                continue;
            }
            if (d > UNCHANGED) {
                gains++;
            } else if (d < -UNCHANGED) {
                losses++;
            } else {
                unchanged++;
            }
            String epci = c.codeAt(TerritoryLevel.EPCI);
            if (epci != null) {
                double[] g = groups.computeIfAbsent(epci, k -> new double[6]);
                g[0] += c.population();
                g[1] += c.population() * b;
                g[2] += c.population() * a;
                g[3] += b;
                g[4] += a;
                g[5]++;
            }
        }
        Map<String, String> names = table.names(TerritoryLevel.EPCI);
        List<EvolutionView.Row> epci = new ArrayList<>();
        groups.forEach((code, g) -> {
            double b = g[0] > 0 ? g[1] / g[0] : g[3] / g[5];
            double a = g[0] > 0 ? g[2] / g[0] : g[4] / g[5];
            epci.add(new EvolutionView.Row(code, names.getOrDefault(code, code), (int) g[0], b, a, a - b));
        });
        communes.sort(LARGEST_LOSS_FIRST);
        epci.sort(LARGEST_LOSS_FIRST);
        return new EvolutionTable(List.copyOf(communes), List.copyOf(epci), gains, losses, unchanged);
    }
}
