package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The map page's module {@code class-rules.js} is generated from {@link ClassRules} and holds every
 * rule, and the map's scripts keep no thresholds of their own: a fixed list written again in {@code indicators.js} would drift from
 * the exported maps (as {@code fedi} and the care-structure times once did).
 */
class ClassRulesScriptTest {
    private static final Path INDICATORS_JS = Path.of("src/main/resources/static/js/map/indicators.js");

    /** The committed module is the generated one; {@code -Doasis.generated-modules.write=true} rewrites it. */
    @Test
    void theCommittedModuleIsGeneratedFromTheRules() throws IOException {
        GeneratedModule.check(ClassRulesScript.FILE, ClassRulesScript.script(), "ClassRules");
    }

    @Test
    void theModuleListsEveryRuleWithItsThresholdsAndDirection() {
        String script = ClassRulesScript.script();
        assertThat(script).startsWith("// Generated").contains("export const CLASS_RULES = {", "aplGp: [2.5, 4]",
                "aplMeanFractions: [0.5, 0.8, 1.2]",
                "nearest: { thresholds: [5, 10, 15, 20, 30], higherIsBetter: false, categorical: false }",
                "income: { thresholds: [18000, 20000, 22000, 24000], higherIsBetter: true, categorical: false }",
                "fedi: { thresholds: [-2, 0, 2, 4], higherIsBetter: false, categorical: false }",
                "priorityzone: { thresholds: [1, 2], higherIsBetter: false, categorical: true }",
                "timeemergency: { thresholds: [10, 20, 30, 45], higherIsBetter: false, categorical: false }");
        ClassRules.all().keySet().forEach(id -> assertThat(script).contains("\n    " + id + ": {"));
    }

    @Test
    void exportedMapsUseTheRulesTheFormerCopyHadLost() {
        assertThat(MapClasses.higherIsBetter("fedi")).as("deprivation: high is worse").isFalse();
        assertThat(MapClasses.higherIsBetter("singleparent")).isFalse();
        assertThat(MapClasses.of("timematernity", "fixed", new double[] {5, 50}, new double[] {1, 1}, null)
                .thresholds()).containsExactly(10, 20, 30, 45);
        assertThat(MapClasses.of("priorityzone", "quantile", new double[] {0, 1, 2}, new double[] {1, 1, 1}, null)
                .thresholds()).as("categories whatever the method").containsExactly(1, 2);
        assertThat(MapClasses.higherIsBetter("some-imported-indicator")).isTrue();
    }

    @Test
    void theMapScriptsWriteNoThresholdList() throws IOException {
        String js = Files.readString(INDICATORS_JS);
        assertThat(js).contains("import { CLASS_RULES } from './class-rules.js';");
        assertThat(Pattern.compile("fixed: \\(\\) => \\[").matcher(js).find()).as("a literal fixed list").isFalse();
        assertThat(Pattern.compile("territorial\\([^)]*\\[\\s*-?\\d").matcher(js).find()).as("thresholds passed inline")
                .isFalse();
    }
}
