package fr.oasis.report.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks of territories by one indicator, in standard competition order ("1224"): equal values
 * share the best of their places and the next value skips the places they took. A missing value
 * (null or NaN) is not ranked and does not count in {@code outOf}: a territory without a figure is
 * neither good nor bad. O(n log n); stateless.
 */
final class Ranking {
    private Ranking() {
    }

    /**
     * @param position 1 = the most favourable (the highest for a neutral indicator)
     * @param outOf    territories ranked, i.e. with a value
     * @param tied     whether another territory has the same value
     */
    record Rank(int position, int outOf, boolean tied) {
        /** French: "1er / 150", "3e ex æquo / 150". */
        String label() {
            return (position == 1 ? "1er" : position + "e") + (tied ? " ex æquo" : "") + " / " + outOf;
        }
    }

    /** The rank of every territory that has a value, by code. */
    static Map<String, Rank> of(Map<String, Double> values, Direction direction) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        values.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isNaN()).forEach(ranked::add);
        ranked.sort((a, b) -> direction.compare(a.getValue(), b.getValue()));
        Map<String, Rank> ranks = new HashMap<>();
        int n = ranked.size();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && direction.compare(ranked.get(start).getValue(), ranked.get(end).getValue()) == 0) {
                end++;
            }
            for (int i = start; i < end; i++) {
                ranks.put(ranked.get(i).getKey(), new Rank(start + 1, n, end - start > 1));
            }
            start = end;
        }
        return ranks;
    }
}
