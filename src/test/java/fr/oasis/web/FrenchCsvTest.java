package fr.oasis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FrenchCsvTest {
    @Test
    void writesBomSemicolonsCrLfDecimalCommasAndQuotedTexts() {
        byte[] bytes = new FrenchCsv().row("code", "nom").row(Arrays.asList("55", null, 10.8, 1200, true, "a \"b\""))
                .toBytes();

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF\"code\";\"nom\"\r\n\"55\";;10,8;1200;oui;\"a \"\"b\"\"\"\r\n");
    }

    @Test
    void textsASpreadsheetWouldRunAreNeutralised() {
        assertThat(FrenchCsv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(FrenchCsv.text("+33")).isEqualTo("\"'+33\"");
        assertThat(FrenchCsv.text("-1")).isEqualTo("\"'-1\"");
        assertThat(FrenchCsv.text("@SUM")).isEqualTo("\"'@SUM\"");
        assertThat(FrenchCsv.text("\tx")).isEqualTo("\"'\tx\"");
        assertThat(FrenchCsv.cell(-1.5)).as("a number is a number, not a formula").isEqualTo("-1,5");
        assertThat(FrenchCsv.text(null)).isEqualTo("\"\"");
    }
}
