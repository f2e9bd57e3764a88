package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The browser's number rule {@code french-number-rules.js} is generated from {@link FrenchNumbers},
 * and {@code french-numbers.js} keeps no rule of its own (no unit, separator or decimal count
 * written by hand): the hand-kept copy it replaces had already lost "indice".
 */
class FrenchNumbersScriptTest {
    private static final Path FORMATTER_JS = Path.of("src/main/resources/static/js/french-numbers.js");

    /** The committed module is the generated one; {@code -Doasis.generated-modules.write=true} rewrites it. */
    @Test
    void theCommittedModuleIsGeneratedFromTheRule() throws IOException {
        GeneratedModule.check(FrenchNumbersScript.FILE, FrenchNumbersScript.script(), "FrenchNumbers");
    }

    @Test
    void theModuleCarriesEveryPartOfTheRule() {
        String script = FrenchNumbersScript.script();
        assertThat(script).startsWith("// Generated").contains("export const NUMBER_RULES = {",
                "missing: '\\u2014'", "groupSeparator: '\\u00a0'", "unitSeparator: '\\u00a0'",
                "decimalSeparator: ','", "minusSign: '-'", "rounding: 'halfExpand'", "dimensionless: ['indice']",
                "byMagnitude: [[100, 0], [10, 1], [0, 2]]", "'%': [[0, 1]]", "'hab.': [[0, 0]]",
                "'\\u20ac': [[0, 0]]", "'m\\u00e9nages': [[0, 0]]", "'min': [[100, 0], [0, 1]]");
        FrenchNumbers.DECIMALS_BY_UNIT.keySet().forEach(unit ->
                assertThat(script).contains("\n    " + GeneratedModule.string(unit) + ": [["));
        assertThat(script.chars().allMatch(c -> c < 0x80)).as("ASCII only, whatever the charset it is served with")
                .isTrue();
    }

    @Test
    void roundingModesMapToIntl() {
        assertThat(FrenchNumbersScript.intlRounding(RoundingMode.HALF_UP)).isEqualTo("halfExpand");
        assertThat(FrenchNumbersScript.intlRounding(RoundingMode.HALF_EVEN)).isEqualTo("halfEven");
    }

    @Test
    void theFormatterReadsTheRuleInsteadOfCopyingIt() throws IOException {
        String js = Files.readString(FORMATTER_JS);
        assertThat(js).contains("import { NUMBER_RULES } from './french-number-rules.js';");
        assertThat(js).as("no unit written by hand").doesNotContain("'hab.'", "'%'", "'min'", "'pts'", "'indice'");
        assertThat(js).as("no separator written by hand").doesNotContain("\\u00a0", "'fr-FR'", "',',");
    }
}
