package fr.oasis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {
    @Test
    void rowsAreSemicolonSeparatedCrlfWithABom() {
        byte[] bytes = new SpreadsheetCsv().text("a").number(1.5).value(null).value(true).endRow()
                .text("b\"c").value(2).value("x").endRow().toBytes();
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF\"a\";1,5;;\"oui\"\r\n\"b\"\"c\";2;\"x\"\r\n");
    }

    @Test
    void numbersKeepEveryDigitWithoutExponent() {
        assertThat(SpreadsheetCsv.decimal(1.0E7)).isEqualTo("10000000");
        assertThat(SpreadsheetCsv.decimal(12.0)).isEqualTo("12");
        assertThat(SpreadsheetCsv.decimal(0.1)).isEqualTo("0,1");
        assertThat(SpreadsheetCsv.decimal(0.1f)).isEqualTo("0,1");
        assertThat(SpreadsheetCsv.decimal(1.0E-7)).isEqualTo("0,0000001");
        assertThat(SpreadsheetCsv.decimal(-4.5)).isEqualTo("-4,5");
        assertThat(SpreadsheetCsv.decimal(2.871234567890123)).isEqualTo("2,871234567890123");
        assertThat(SpreadsheetCsv.decimal(new BigDecimal("3.50"))).isEqualTo("3,50");
        assertThat(SpreadsheetCsv.decimal(42L)).isEqualTo("42");
        assertThat(SpreadsheetCsv.decimal(null)).isEmpty();
        assertThat(SpreadsheetCsv.decimal(Double.NaN)).isEmpty();
    }

    @Test
    void formulaLikeTextIsNeutralised() {
        assertThat(SpreadsheetCsv.quote("=cmd|' /C calc'!A0")).isEqualTo("\"'=cmd|' /C calc'!A0\"");
        assertThat(SpreadsheetCsv.quote("+33")).isEqualTo("\"'+33\"");
        assertThat(SpreadsheetCsv.quote("-2")).isEqualTo("\"'-2\"");
        assertThat(SpreadsheetCsv.quote("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(SpreadsheetCsv.quote("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(SpreadsheetCsv.quote("Saint-Dié")).isEqualTo("\"Saint-Dié\"");
        assertThat(SpreadsheetCsv.quote(null)).isEqualTo("\"\"");
        assertThat(FormulaGuard.looksLikeFormula("")).isFalse();
        assertThat(FormulaGuard.neutralise("a=b")).isEqualTo("a=b");
    }
}
