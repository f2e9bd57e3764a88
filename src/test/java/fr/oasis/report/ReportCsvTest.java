package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.report.TerritoryReport.Figure;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV parsed back with commons-csv equals the report's figures. */
class ReportCsvTest {

    @Test
    void isWhatFrenchExcelOpens() {
        byte[] csv = ReportCsv.render(ReportFixtures.epci());
        assertThat(csv[0]).isEqualTo((byte) 0xEF); // UTF-8 byte-order mark
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"section\";\"id\";\"indicateur\";\"unité\";\"territoire\";\"Bas-Rhin\";"
                + "\"Grand Est\";\"source\";\"millésime\";\"note\";\"démonstration\"\r\n");
        assertThat(text).contains("\"density\";\"Densité de population\";\"hab./km²\";81,43;238,2;97,1;");
        assertThat(text).contains(";\"poverty-rate\";\"Taux de pauvreté\";\"%\";;12,9;14,6;"); // secret: empty
    }

    @Test
    void parsedBackItEqualsTheFigures() throws IOException {
        TerritoryReport report = ReportFixtures.epci();
        List<CSVRecord> records = parse(ReportCsv.render(report));
        List<Figure> figures = ReportFixtures.figures(report);
        assertThat(records).hasSize(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            CSVRecord r = records.get(i);
            assertThat(r.get("id")).isEqualTo(f.id());
            assertThat(r.get("indicateur")).isEqualTo(f.label());
            assertThat(r.get("unité")).isEqualTo(f.unit());
            assertThat(number(r.get("territoire"))).as(f.id()).isEqualTo(f.value());
            assertThat(number(r.get("Bas-Rhin"))).isEqualTo(f.references().get(0));
            assertThat(number(r.get("Grand Est"))).isEqualTo(f.references().get(1));
            assertThat(r.get("source")).isEqualTo(f.source());
            assertThat(Integer.valueOf(r.get("millésime"))).isEqualTo(f.millesime());
            assertThat(r.get("note")).isEqualTo(f.note() == null ? "" : f.note());
            assertThat(r.get("démonstration")).isEqualTo("non");
        }
        assertThat(records.get(0).get("section")).isEqualTo("Démographie et évolution");
    }

    @Test
    void formulaLikeTextIsNeutralisedAndNumbersStayNumbers() throws IOException {
        TerritoryReport hostile = ReportFixtures.hostile();
        String text = new String(ReportCsv.render(hostile), StandardCharsets.UTF_8);
        assertThat(text).contains(";-4,5;").contains(";10000000;"); // numbers, unquoted, no exponent
        List<CSVRecord> records = parse(ReportCsv.render(hostile));
        assertThat(records).hasSize(2);
        CSVRecord first = records.get(0);
        assertThat(first.get("indicateur")).isEqualTo("'" + ReportFixtures.HOSTILE_FORMULA);
        assertThat(first.get("source")).isEqualTo("'@SUM(A1)");
        assertThat(first.get("note")).isEqualTo(ReportFixtures.HOSTILE_MARKUP); // not HTML: kept as is
        assertThat(first.get("démonstration")).isEqualTo("oui");
        assertThat(first.get("millésime")).isEqualTo("2020");
        assertThat(first.get(5)).isEmpty(); // missing reference
        assertThat(records.get(1).get("indicateur")).isEqualTo("'-2+3");
        assertThat(records.get(1).get("source")).hasSize(3008);
        assertThat(records.get(1).get("millésime")).isEmpty();
        // the header names the references; a formula-like reference name is neutralised there too
        assertThat(text).contains(";\"'" + ReportFixtures.HOSTILE_FORMULA.replace("\"", "\"\"") + "\";\"'+33 ");
        for (CSVRecord r : records) {
            for (String value : r) {
                assertThat(value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 || value.matches("-?[0-9,]+"))
                        .as(value).isTrue();
            }
        }
    }

    private static Double number(String field) {
        return field.isEmpty() ? null : Double.valueOf(field.replace(',', '.'));
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1); // drop the BOM
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setAllowDuplicateHeaderNames(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        }
    }
}
