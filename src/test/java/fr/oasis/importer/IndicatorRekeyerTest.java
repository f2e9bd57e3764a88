package fr.oasis.importer;

import fr.oasis.importer.problem.ImportException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.indicator.store.Aggregation;
import fr.oasis.indicator.store.IndicatorValue;
import fr.oasis.territory.TerritoryLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Re-keying onto a COG where 55001 absorbed the former 55002 and 55003. */
class IndicatorRekeyerTest {
    private final IndicatorRekeyer rekeyer = new IndicatorRekeyer(
            code -> Set.of("55001", "55002", "55003").contains(code) ? Optional.of("55001") : Optional.empty(),
            Map.of(TerritoryLevel.EPCI, Set.of("200000001")));

    private static IndicatorRecord record(String id, Aggregation rule, String level, String code, Double value,
                                          Double numerator, Double denominator) {
        return new IndicatorRecord(id, id, "u", rule, 100, level, code, 2019, value, numerator, denominator,
                "f.csv#line " + code);
    }

    private IndicatorValue only(String id) {
        return rekeyer.values().stream().filter(v -> v.indicatorId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void mergedCommunesCombineByTheirRule() {
        rekeyer.add(record("households", Aggregation.SUM, "commune", "55001", 100.0, null, null));
        rekeyer.add(record("households", Aggregation.SUM, "commune", "55002", 20.0, null, null));
        rekeyer.add(record("poverty", Aggregation.RATIO, "commune", "55002", 10.0, 10.0, 100.0));
        rekeyer.add(record("poverty", Aggregation.RATIO, "commune", "55003", 20.0, 30.0, 150.0));
        rekeyer.add(record("income", Aggregation.NONE, "commune", "55001", 21000.0, null, null));
        rekeyer.add(record("income", Aggregation.NONE, "commune", "55003", 19000.0, null, null));

        assertThat(only("households").value()).isEqualTo(120.0);
        assertThat(only("households").code()).isEqualTo("55001");
        assertThat(only("poverty").value()).as("40 / 250 × 100").isEqualTo(16.0);
        assertThat(only("poverty").denominator()).isEqualTo(250.0);
        assertThat(only("income").value()).as("a median of merged communes is unknown").isNull();
        ImportReport report = new ImportReport();
        rekeyer.report(report);
        assertThat(report.counts()).containsEntry("indicator figures re-keyed from a former commune code", 4L)
                .containsEntry("indicator figures made missing by a commune merger (median or mean)", 1L);
    }

    @Test
    void aSecretPartMakesTheMergedSumMissing() {
        rekeyer.add(record("households", Aggregation.SUM, "commune", "55001", 100.0, null, null));
        rekeyer.add(record("households", Aggregation.SUM, "commune", "55002", null, null, null));

        assertThat(only("households").value()).isNull();
    }

    @Test
    void unknownCodesAreListedAndDuplicatesRefused() {
        rekeyer.add(record("income", Aggregation.NONE, "epci", "200099999", 1.0, null, null));
        rekeyer.add(record("income", Aggregation.NONE, "commune", "99999", 1.0, null, null));
        ImportReport report = new ImportReport();
        rekeyer.values();
        rekeyer.report(report);
        assertThat(report.unmatchedCodes()).containsEntry("indicator epci codes not among the stored territories",
                List.of("200099999")).containsEntry("indicator commune codes not among the stored territories",
                List.of("99999"));

        rekeyer.add(record("income", Aggregation.NONE, "commune", "55002", 1.0, null, null));
        rekeyer.add(record("income", Aggregation.NONE, "commune", "55002", 1.0, null, null));
        assertThatThrownBy(rekeyer::values).isInstanceOf(ImportException.class).hasMessageContaining("second figure");
    }
}
