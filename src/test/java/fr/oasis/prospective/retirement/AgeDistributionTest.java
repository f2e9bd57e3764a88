package fr.oasis.prospective.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.accessibility.AccessibilitySnapshot;
import fr.oasis.accessibility.engine.Supply;
import fr.oasis.practitioner.AgeClassCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The estimate maths: ages uniform within each class (whole years a..b as [a, b+1), the open class
 * five years wide), and who stays per practitioner.
 */
class AgeDistributionTest {

    private static AgeClassCount k(int min, Integer end, long n) {
        return new AgeClassCount("medecins", "FR", min + "", min, end, 2018, n, null);
    }

    @Test
    void handExampleOfTheJavadoc() {
        // 55-59 (100), 60-64 (100); R = 67, N = 5: leaving from age 62 = 3/5 of 60-64 → 60 of 200
        AgeDistribution d = new AgeDistribution(List.of(k(55, 60, 100), k(60, 65, 100)));
        assertThat(d.leaving(67, 5)).isCloseTo(0.3, within(1e-12));
        // N = 12: from 55, everyone
        assertThat(d.leaving(67, 12)).isCloseTo(1.0, within(1e-12));
        // N = 1: from 66, nobody in these classes
        assertThat(d.leaving(67, 1)).isZero();
    }

    @Test
    void theOpenClassIsFiveYearsWide() {
        // 65+ (40) read as [65, 70): with R = 67, N = 1, ages 66-69 leave: 4/5 of it
        AgeDistribution d = new AgeDistribution(List.of(k(30, 35, 60), k(65, null, 40)));
        assertThat(d.leaving(67, 1)).isCloseTo(0.4 * 4 / 5, within(1e-12));
        assertThat(d.leaving(67, 2)).isCloseTo(0.4, within(1e-12));
    }

    /** Against a reference that spreads each class over its whole years and counts them one by one. */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35})
    void equalsCountingWholeYearsOnRandomTables(long seed) {
        Random random = new Random(seed);
        List<AgeClassCount> classes = new ArrayList<>();
        int age = 20 + random.nextInt(5);
        while (age < 65) {
            int width = 1 + random.nextInt(6);
            classes.add(k(age, age + width, random.nextInt(1000)));
            age += width;
        }
        classes.add(k(age, null, 1 + random.nextInt(1000)));
        AgeDistribution d = new AgeDistribution(classes);
        for (int r = 55; r <= 75; r++) {
            double previous = -1;
            for (int n = 1; n <= 15; n++) {
                double people = 0;
                double leaving = 0;
                for (AgeClassCount c : classes) {
                    int end = c.endAge() == null ? c.minAge() + 5 : c.endAge();
                    for (int a = c.minAge(); a < end; a++) {
                        double share = (double) c.count() / (end - c.minAge());
                        people += share;
                        leaving += a + n >= r ? share : 0;
                    }
                }
                String context = "seed " + seed + ", R " + r + ", N " + n;
                assertThat(d.leaving(r, n)).as(context).isCloseTo(leaving / people, within(1e-9));
                assertThat(d.leaving(r, n)).as(context + ": more leave with a longer horizon").isGreaterThanOrEqualTo(previous);
                previous = d.leaving(r, n);
            }
        }
    }

    @Test
    void knownAgesLeaveExactlyAndUnknownAgesStayWithTheExpectedShare() {
        // commune 0: ages 63 (68 in 5 years: leaves) and 40 (stays); commune 1: two unknown ages; commune 2: one unknown age
        AccessibilitySnapshot.Practitioners list = new AccessibilitySnapshot.Practitioners(new int[]{0, 0, 1, 1, 2},
                new double[]{10, 20, 30, 30, 50}, new int[]{63, 40, Supply.UNKNOWN_AGE, Supply.UNKNOWN_AGE, Supply.UNKNOWN_AGE});
        AgeDistribution d = new AgeDistribution(List.of(k(55, 60, 100), k(60, 65, 100))); // 0.3 leave (R 67, N 5)

        RetirementProjection.Result r = RetirementProjection.compute(list, 4, 5, 67, Optional.of(d));

        assertThat(r.supply()[0]).isEqualTo(20);
        assertThat(r.known()).isEqualTo(2);
        assertThat(r.estimated()).isEqualTo(3);
        assertThat(r.supply()[1]).isCloseTo(0.7 * 60, within(1e-12));
        assertThat(r.supply()[2]).isCloseTo(0.7 * 50, within(1e-12));
        assertThat(r.leaving()).isCloseTo(1 + 3 * 0.3, within(1e-12));
        // likely to keep someone: 1 - 0.3^2 = 0.91 and 0.7 are both >= 1/2; commune 3 has nobody
        assertThat(r.present()).containsExactly(1, 1, 1, 0);
    }

    @Test
    void withoutDistributionUnknownAgesAreKeptAndCounted() {
        AccessibilitySnapshot.Practitioners list = new AccessibilitySnapshot.Practitioners(new int[]{0, 1},
                new double[]{10, 20}, new int[]{66, Supply.UNKNOWN_AGE});
        RetirementProjection.Result r = RetirementProjection.compute(list, 2, 1, 67, Optional.empty());
        assertThat(r.supply()).containsExactly(0, 20);
        assertThat(r.unprojected()).isEqualTo(1);
        assertThat(r.present()).containsExactly(0, 1);
        assertThat(r.leaving()).isEqualTo(1);
    }

    @Test
    void aCommuneWhoseOnlyPractitionerIsUnlikelyToStayIsNotPresent() {
        // everyone in 60-64, R 62, N 1: ages 61-64 leave, 4/5; stays with 0.2
        AgeDistribution d = new AgeDistribution(List.of(k(60, 65, 100)));
        AccessibilitySnapshot.Practitioners one = new AccessibilitySnapshot.Practitioners(new int[]{0},
                new double[]{10}, new int[]{Supply.UNKNOWN_AGE});
        RetirementProjection.Result r = RetirementProjection.compute(one, 1, 1, 62, Optional.of(d));
        assertThat(r.supply()[0]).isCloseTo(2.0, within(1e-12));
        assertThat(r.present()[0]).isZero(); // 0.2 < 1/2
    }
}
