package fr.oasis.report.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.oasis.demo.DemoLoader;
import fr.oasis.importer.IndicatorImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.source.IndicatorCsvReader;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The comparison service on the demonstration territory (8 EPCI in one région), checked against
 * the catalogue and against ranks counted independently, then on the tiny territory with a
 * hand-computed indicator (a tie and a missing value). Demonstration tests run first so that the
 * demonstration is loaded once.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ComparisonContract {
    @Autowired
    ComparisonService service;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryImportService territoryImports;
    @Autowired
    IndicatorImportService indicatorImports;
    @TempDir
    Path dir;

    /** Codes of the demonstration EPCIs, sorted; loads the demonstration when another test replaced it. */
    private List<String> demoEpcis() {
        fr.oasis.support.DemoInDatabase.ensureTerritory(demo, territories);
        List<String> codes = new ArrayList<>(territories.names(TerritoryLevel.EPCI).keySet());
        Collections.sort(codes);
        assertThat(codes).hasSize(8);
        return codes;
    }

    @Test
    @Order(1)
    void demoValuesAreTheCataloguesAndRanksCountTheBetterEpcisOfTheRegion() {
        List<String> codes = demoEpcis().subList(0, 3);

        Comparison comparison = service.compare(TerritoryLevel.EPCI, codes);

        assertThat(comparison.territories()).extracting(Comparison.Territory::code).containsExactlyElementsOf(codes);
        assertThat(comparison.territories()).allSatisfy(t -> {
            assertThat(t.peers()).isEqualTo(8);
            assertThat(t.regionName()).isEqualTo("Région de démonstration");
            assertThat(t.reportPath()).isEqualTo("/reports/epci/" + t.code());
        });
        assertThat(comparison.references()).singleElement().satisfies(r -> assertThat(r.level()).isEqualTo("region"));
        assertThat(comparison.rows()).extracting(Comparison.Row::key)
                .contains("density", "share60", "share75", "apl.MG.all", "nearest.MG", "beyond20.MG", "priorityzone",
                        "countmsp", "timemsp", "countemergency", "timeemergency");
        // The indicative zone and the care structures, with the catalogue's units and sources.
        assertThat(row(comparison, "priorityzone")).satisfies(r -> {
            assertThat(r.unit()).isEqualTo("classe");
            assertThat(r.label()).contains("indicatif");
            assertThat(r.direction()).isEqualTo("lower-is-better");
            assertThat(r.demo()).isTrue();
        });
        assertThat(row(comparison, "timemsp")).satisfies(r -> {
            assertThat(r.unit()).isEqualTo("min");
            assertThat(r.direction()).isEqualTo("lower-is-better");
        });
        assertThat(row(comparison, "countmsp")).satisfies(r -> {
            assertThat(r.unit()).isEqualTo("structures");
            assertThat(r.direction()).isEqualTo("neutral");
            assertThat(r.cells()).allSatisfy(c -> assertThat(c.value()).as("a real zero, not missing").isNotNull());
        });
        String region = comparison.references().get(0).code();
        for (Comparison.Row row : comparison.rows()) {
            Map<String, Double> all = values(catalogue.values(row.indicator(), TerritoryLevel.EPCI, row.profession(),
                    row.variant()));
            Direction direction = Direction.of(row.indicator());
            assertThat(row.direction()).isEqualTo(direction.key());
            assertThat(row.source()).as(row.key()).isNotBlank();
            assertThat(row.millesime()).as(row.key()).isNotNull();
            assertThat(row.references()).as(row.key()).containsExactly(values(catalogue.values(row.indicator(),
                    TerritoryLevel.REGION, row.profession(), row.variant())).get(region));
            long ranked = all.values().stream().filter(v -> v != null).count();
            for (Comparison.Cell cell : row.cells()) {
                Double value = all.get(cell.code());
                assertThat(cell.value()).as(row.key() + " " + cell.code()).isEqualTo(value);
                if (value == null) {
                    assertThat(cell.rank()).isNull();
                    continue;
                }
                long better = all.values().stream().filter(v -> v != null && direction.compare(v, value) < 0).count();
                long same = all.values().stream().filter(v -> v != null && v.equals(value)).count();
                assertThat(cell.rank()).as(row.key() + " " + cell.code()).isEqualTo((int) better + 1);
                assertThat(cell.outOf()).isEqualTo((int) ranked);
                assertThat(cell.tied()).isEqualTo(same > 1);
            }
        }
    }

    @Test
    @Order(2)
    void demoHighlightsTheBestAndWorstChosenValuesOfOrientedIndicatorsOnly() {
        Comparison comparison = service.compare(TerritoryLevel.EPCI, demoEpcis());

        for (Comparison.Row row : comparison.rows()) {
            List<Double> values = row.cells().stream().map(Comparison.Cell::value).filter(v -> v != null).toList();
            if (row.direction().equals("neutral") || values.stream().distinct().count() < 2) {
                assertThat(row.cells()).as(row.key()).allSatisfy(c -> assertThat(c.highlight()).isNull());
                continue;
            }
            Direction direction = Direction.of(row.indicator());
            double best = values.stream().min(direction::compare).orElseThrow();
            for (Comparison.Cell c : row.cells()) {
                assertThat(c.highlight() != null && c.highlight().equals("best")).as(row.key() + " " + c.code())
                        .isEqualTo(c.value() != null && c.value() == best);
            }
            assertThat(row.cells()).as(row.key()).anySatisfy(c -> assertThat(c.highlight()).isEqualTo("worst"));
        }
    }

    @Test
    @Order(3)
    void demoSelectionsOutsideTwoToTwelveKnownTerritoriesAreRefused() {
        List<String> codes = demoEpcis();
        List<String> thirteen = new ArrayList<>(codes);
        for (int i = 0; thirteen.size() < 13; i++) {
            thirteen.add("99999999" + i);
        }
        assertThatThrownBy(() -> service.compare(TerritoryLevel.EPCI, thirteen))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 à 12 territoires (13 demandés)");
        assertThatThrownBy(() -> service.compare(TerritoryLevel.EPCI, codes.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.compare(TerritoryLevel.EPCI, List.of(codes.get(0), "123456789", "XYZ")))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("123456789, XYZ");
        assertThatThrownBy(() -> service.compare(TerritoryLevel.REGION, codes.subList(0, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComparisonService.codes("200000545,20<script>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ComparisonService.codes(" A, ,B,A ")).containsExactly("A", "B");
    }

    /** Not a check: how long a five-EPCI comparison takes once warm (median of 9), for the notes. */
    @Test
    @Order(4)
    void demoTimingOfFiveEpcis() {
        List<String> five = demoEpcis().subList(0, 5);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] ms = new long[9];
        long[] cpu = new long[9];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            assertThat(service.compare(TerritoryLevel.EPCI, five).rows()).isNotEmpty();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        java.util.Arrays.sort(cpu);
        // Thread CPU time too: wall time on a shared machine measures the neighbours as well.
        System.out.printf("[compare] 5 demo EPCI on %s: median %d ms, max %d ms (median CPU %d ms)%n",
                getClass().getSimpleName(), ms[4], ms[8], cpu[4]);
    }

    /**
     * Tiny territory, communes 9A001, 9A002 and 9B001 compared; "poverty" (lower is better) is 12,
     * missing, 8, and 12 for the fourth commune 9B002 of the région; the région publishes 11.5.
     * Ranks among the 3 communes with a value: 9B001 1st, 9A001 and 9B002 2nd ex æquo; 9A002 not
     * ranked. Best 9B001, worst 9A001.
     */
    @Test
    @Order(10)
    void tinyRanksWithATieAndAMissingValueByHand() throws IOException {
        territoryImports.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        Path csv = Files.writeString(dir.resolve("poverty.csv"), """
                territory_level,territory_code,indicator,year,value,label,unit,aggregation
                commune,9A001,poverty,2019,12,Taux de pauvreté,%,none
                commune,9A002,poverty,2019,,,,
                commune,9B001,poverty,2019,8,,,
                commune,9B002,poverty,2019,12,,,
                region,99,poverty,2019,11.5,,,
                """);
        indicatorImports.importIndicators(List.of(new IndicatorImportService.Input("test CSV", "indicator-long-csv",
                new IndicatorCsvReader().read(csv).records())), "test");

        Comparison comparison = service.compare(TerritoryLevel.COMMUNE, List.of("9A001", "9A002", "9B001"));

        Comparison.Row poverty = row(comparison, "poverty");
        assertThat(poverty.direction()).isEqualTo("lower-is-better");
        assertThat(poverty.unit()).isEqualTo("%");
        assertThat(poverty.millesime()).isEqualTo(2019);
        assertThat(poverty.source()).isEqualTo("test CSV");
        assertThat(poverty.references()).containsExactly(11.5);
        assertThat(poverty.cells()).containsExactly(
                new Comparison.Cell("9A001", 12.0, 2, 3, true, "2e ex æquo / 3", "worst"),
                new Comparison.Cell("9A002", null, null, null, false, null, null),
                new Comparison.Cell("9B001", 8.0, 1, 3, false, "1er / 3", "best"));
        // Density is neutral: 1,200 inhabitants in 9B001 first, 9B002 (nobody) last of four; no highlight.
        Comparison.Row density = row(comparison, "density");
        assertThat(density.cells()).extracting(Comparison.Cell::rank).containsExactly(2, 3, 1);
        assertThat(density.cells()).extracting(Comparison.Cell::outOf).containsOnly(4);
        assertThat(density.cells()).extracting(Comparison.Cell::highlight).containsOnlyNulls();
        assertThat(comparison.territories()).extracting(Comparison.Territory::name)
                .containsExactly("Épinal-sur-Test", "Val-d'Œuvre", "Bourg-Est");
    }

    private static Comparison.Row row(Comparison comparison, String key) {
        return comparison.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static Map<String, Double> values(IndicatorView.Values values) {
        Map<String, Double> byCode = new HashMap<>();
        values.values().forEach(v -> byCode.put(v.code(), v.value()));
        return byCode;
    }
}
