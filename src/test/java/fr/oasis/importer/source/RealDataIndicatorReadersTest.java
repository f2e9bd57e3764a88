package fr.oasis.importer.source;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.support.RealData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The new real files of {@code ../shared/data} (SOURCES.md, second gathering) read with the
 * documented checks: Meuse 140 GPs (BPE 2024), poverty 14.8 %, population 177,024; 75+ share of
 * Bar-le-Duc 12.8, Nancy 7.2, Chaumont 11.9. Opt-in ({@code -Doasis.acceptance=true}).
 */
class RealDataIndicatorReadersTest {

    private static Double value(List<IndicatorRecord> records, String id, String code) {
        return records.stream().filter(r -> r.indicator().equals(id) && r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " " + code)).value();
    }

    @Test
    void statistiquesLocalesDepartementsGrandEst() {
        Path file = RealData.folder().resolve("insee-statistiques-locales/indicateurs_departements_grand_est.csv");
        StatistiquesLocalesReader reader = new StatistiquesLocalesReader();
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<IndicatorRecord> result = reader.read(file);

        assertThat(result.records()).hasSize(10 * 22);
        assertThat(result.warnings()).as("every label of the export is known").isEmpty();
        assertThat(value(result.records(), "bpegp", "55")).isEqualTo(140.0);
        assertThat(value(result.records(), "poverty", "55")).isEqualTo(14.8);
        assertThat(value(result.records(), "popestimate", "55")).isEqualTo(177024.0);
        assertThat(result.records()).filteredOn(r -> r.indicator().equals("mortality064"))
                .allSatisfy(r -> assertThat(r.year()).isEqualTo(2024)).extracting(IndicatorRecord::value)
                .doesNotContainNull();
    }

    @Test
    void oduTerritoryJsonFiles() {
        Path folder = RealData.folder().resolve("odu-indicateurs-communes");
        TerritoryJsonReader reader = new TerritoryJsonReader();
        List<IndicatorRecord> share75 = reader.read(folder.resolve("part_75ans_plus_2022_communes_grand_est.json"))
                .records();
        assertThat(share75).hasSize(5109);
        assertThat(value(share75, "share75rp", "55029")).isEqualTo(12.8);
        assertThat(value(share75, "share75rp", "54395")).isEqualTo(7.2);
        assertThat(value(share75, "share75rp", "52121")).isEqualTo(11.9);
        assertThat(reader.read(folder.resolve("fedi_2021_communes_grand_est.json")).records()).hasSize(5118);
        assertThat(reader.read(folder.resolve("familles_monoparentales_2022_communes_grand_est.json")).records())
                .hasSize(5104).allSatisfy(r -> assertThat(r.indicator()).isEqualTo("singleparent"));
        ReadResult<IndicatorRecord> unemployment = reader.read(folder.resolve("tx_chomage_departements_grand_est.json"),
                2024);
        assertThat(unemployment.records()).hasSize(60);
        assertThat(value(unemployment.records(), "unemployment", "55")).isEqualTo(7.3);
    }
}
