package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.support.BrowserTest;
import fr.oasis.support.UsesH2;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The map page's indicators, as headless Chromium loads them ({@code /js/map/indicators.js}, which
 * imports {@code /js/map/class-rules.js}, generated from {@link ClassRules}; scripts need no sign-in),
 * class every indicator exactly as {@link ClassRules} says, the definition the exported maps
 * ({@link MapClasses}) use: same fixed thresholds, same direction, for every indicator of the page.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"oasis.demo.load-when-empty=false", "oasis.map.tile-url="})
class ClassRulesBrowserTest extends BrowserTest {
    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void theMapPageClassesEveryIndicatorAsTheExportedMaps() {
        driver.get("http://localhost:" + port + "/login");
        Map<String, Object> page = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/map/indicators.js').then((m) => {
                  const out = {};
                  for (const [id, i] of Object.entries(m.INDICATORS)) {
                    out[id] = { fixed: i.fixed({ profession: 'MG', values: [] }), higherIsBetter: i.higherIsBetter };
                  }
                  done(out);
                }, (e) => done({ error: String(e) }));
                """);
        assertThat(page).doesNotContainKey("error");
        assertThat(page).as("every indicator of the page has a rule (or is the APL)")
                .containsKeys(ClassRules.all().keySet().toArray(String[]::new));
        page.forEach((id, drawn) -> {
            Map<String, Object> d = (Map<String, Object>) drawn;
            double[] expected = id.equals("apl") ? ClassRules.GP_APL : ClassRules.of(id).thresholds();
            List<Double> fixed = ((List<Number>) d.get("fixed")).stream().map(Number::doubleValue).toList();
            assertThat(fixed).as(id + " fixed thresholds").containsExactlyElementsOf(
                    Arrays.stream(expected).boxed().toList());
            assertThat(d.get("higherIsBetter")).as(id + " direction").isEqualTo(MapClasses.higherIsBetter(id));
            assertThat(MapClasses.of(id, "fixed", new double[] {1, 2, 3}, new double[] {1, 1, 1}, "MG").thresholds())
                    .as(id + " exported map thresholds").containsExactly(expected);
        });
    }
}
