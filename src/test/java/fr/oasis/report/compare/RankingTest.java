package fr.oasis.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranks computed by hand on six territories, one missing and two ties. */
class RankingTest {
    /** A: 4.0, B: 2.5, C: missing, D: 2.5, E: 1.0, F: NaN (a broken figure is missing too). */
    private static Map<String, Double> values() {
        Map<String, Double> values = new HashMap<>();
        values.put("A", 4.0);
        values.put("B", 2.5);
        values.put("C", null);
        values.put("D", 2.5);
        values.put("E", 1.0);
        values.put("F", Double.NaN);
        return values;
    }

    @Test
    void higherIsBetterSharesTheBestPlaceOfATieAndSkipsTheNext() {
        Map<String, Ranking.Rank> ranks = Ranking.of(values(), Direction.HIGHER_IS_BETTER);

        // 4.0 first; 2.5 and 2.5 share 2nd; 1.0 is 4th (no 3rd); 4 ranked, not 6.
        assertThat(ranks).containsOnlyKeys("A", "B", "D", "E");
        assertThat(ranks.get("A")).isEqualTo(new Ranking.Rank(1, 4, false));
        assertThat(ranks.get("B")).isEqualTo(new Ranking.Rank(2, 4, true));
        assertThat(ranks.get("D")).isEqualTo(new Ranking.Rank(2, 4, true));
        assertThat(ranks.get("E")).isEqualTo(new Ranking.Rank(4, 4, false));
    }

    @Test
    void lowerIsBetterReversesTheOrder() {
        Map<String, Ranking.Rank> ranks = Ranking.of(values(), Direction.LOWER_IS_BETTER);

        assertThat(ranks.get("E")).isEqualTo(new Ranking.Rank(1, 4, false));
        assertThat(ranks.get("B")).isEqualTo(new Ranking.Rank(2, 4, true));
        assertThat(ranks.get("A")).isEqualTo(new Ranking.Rank(4, 4, false));
    }

    @Test
    void neutralRanksTheHighestFirst() {
        assertThat(Ranking.of(values(), Direction.NEUTRAL).get("A").position()).isEqualTo(1);
    }

    @Test
    void labelsAreFrench() {
        assertThat(new Ranking.Rank(1, 150, false).label()).isEqualTo("1er / 150");
        assertThat(new Ranking.Rank(3, 150, true).label()).isEqualTo("3e ex æquo / 150");
    }

    @Test
    void nothingToRankGivesNoRank() {
        Map<String, Double> none = new HashMap<>();
        none.put("A", null);
        assertThat(Ranking.of(none, Direction.HIGHER_IS_BETTER)).isEmpty();
    }
}
