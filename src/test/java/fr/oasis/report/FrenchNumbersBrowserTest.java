package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.support.BrowserTest;
import fr.oasis.support.UsesH2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The browser's formatter ({@code /js/french-numbers.js} as headless Chromium loads it, with the
 * rule generated from {@link FrenchNumbers}; scripts need no sign-in) writes every value exactly
 * as the Java formatter does, for every unit of the rule, no unit, a blank one, a dimensionless one
 * and APL units: hand-picked edges (half-way roundings, the magnitude steps, -0, tiny negatives)
 * and seeded random values over eleven orders of magnitude (the seed is in the failure message).
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.demo.load-when-empty=false", "oasis.map.tile-url="})
class FrenchNumbersBrowserTest extends BrowserTest {
    private static final long SEED = 20261203L;
    @LocalServerPort
    int port;

    private static List<Double> values() {
        List<Double> values = new ArrayList<>(Arrays.asList(null, 0.0, -0.0, 0.125, -0.125, 0.005, 0.015, 2.5, -2.5,
                9.995, 9.994, 10.0, 99.95, 99.949, 99.96, 100.0, 100.5, 999.5, 1234.5, -1234.5, 1234567.891,
                -0.001, -0.04, 1e-9, 1e12, 0.5, 7.0, 12.345, 23140.6, 24511.6, 4.2349999, 4.235));
        Random random = new Random(SEED);
        for (int k = 0; k < 300; k++) {
            double magnitude = Math.pow(10, -4 + 11 * random.nextDouble());
            double value = (random.nextBoolean() ? 1 : -1) * magnitude;
            // every third one on a half-way point of its last shown decimal
            values.add(k % 3 == 0 ? Math.round(value * 1000) / 1000.0 + 0.0005 : value);
        }
        return values;
    }

    private static List<String> units() {
        List<String> units = new ArrayList<>(FrenchNumbers.DECIMALS_BY_UNIT.keySet());
        units.addAll(Arrays.asList(null, "", " ", "indice", "consultations par an et par habitant",
                "ETP pour 100 000 habitants"));
        return units;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBrowserWritesEveryFigureAsTheReports() {
        driver.get("http://localhost:" + port + "/login");
        List<Double> values = values();
        List<String> units = units();
        Object answer = driver.executeAsyncScript("""
                const [values, units, done] = arguments;
                import('/js/french-numbers.js').then((f) => {
                  done(units.map((u) => values.map((v) => [f.frenchNumber(v, u), f.withUnit(v, u), f.signed(v, u)])));
                }, (e) => done({ error: String(e) }));
                """, values, units);
        assertThat(answer).as("the module loads").isInstanceOf(List.class);
        List<List<List<String>>> page = (List<List<List<String>>>) answer;
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (int u = 0; u < units.size(); u++) {
            for (int v = 0; v < values.size(); v++) {
                String unit = units.get(u);
                Double value = values.get(v);
                List<String> java = List.of(FrenchNumbers.format(value, unit), FrenchNumbers.withUnit(value, unit),
                        FrenchNumbers.signed(value, unit));
                compared++;
                if (!java.equals(page.get(u).get(v))) {
                    differences.add(value + " " + (unit == null ? "null" : "'" + unit + "'") + ": Java " + java
                            + ", browser " + page.get(u).get(v));
                }
            }
        }
        assertThat(differences).as("seed " + SEED + ", " + compared + " figures compared").isEmpty();
        assertThat(compared).isGreaterThan(4000);
        assertThat(page.get(units.indexOf("hab.")).get(values.indexOf(1234567.891)))
                .as("a figure the reader knows").containsExactly("1\u00a0234\u00a0568", "1\u00a0234\u00a0568\u00a0hab.",
                        "+1\u00a0234\u00a0568");
    }
}
