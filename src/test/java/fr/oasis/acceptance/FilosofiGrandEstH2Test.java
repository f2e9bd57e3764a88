package fr.oasis.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.importer.ImportManifest;
import fr.oasis.importer.ImportReport;
import fr.oasis.importer.ManifestImporter;
import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.importer.source.FilosofiDispReader;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.support.RealData;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Filosofi 2019 imported with the Grand Est manifest on the real data (opt-in, see
 * {@link RealData}): the EPCI medians (2020 EPCI codes onto the 2026 COG) and the ten
 * départements' medians as published.
 */
@UsesH2
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilosofiGrandEstH2Test {
    private static final List<String> GRAND_EST = List.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88");
    @Autowired
    ManifestImporter importer;
    @Autowired
    IndicatorCatalogue catalogue;
    Path data;

    @BeforeAll
    void importGrandEst() {
        data = RealData.folder();
        long t0 = System.nanoTime();
        ImportReport report = importer.run(ImportManifest.read(Path.of("data/manifests/grand-est.yml")), "acceptance");
        System.out.printf("[acceptance] Grand Est import with Filosofi: %d ms%n%s",
                (System.nanoTime() - t0) / 1_000_000, report.summary());
    }

    /** The manifest brings the Grand Est roads: other test classes sharing the database must not route on them. */
    @org.junit.jupiter.api.AfterAll
    void noNetworkLeft(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        fr.oasis.support.DataChange.deleteNetworks(jdbc);
    }

    private Map<String, Double> income(TerritoryLevel level) {
        Map<String, Double> values = new HashMap<>();
        IndicatorView.Values answer = catalogue.values("income", level, null, null);
        assertThat(answer.millesime()).isEqualTo(2019);
        answer.values().forEach(v -> values.put(v.code(), v.value()));
        return values;
    }

    @Test
    void epciMediansArePresentForAlmostEveryEpci() {
        Map<String, Double> epci = income(TerritoryLevel.EPCI);
        assertThat(epci).hasSize(150);
        assertThat(epci.values().stream().filter(v -> v != null).count()).isGreaterThanOrEqualTo(140);
    }

    @Test
    void departementMediansMatchTheDepFile() {
        Map<String, Double> published = new HashMap<>();
        for (IndicatorRecord r : new FilosofiDispReader().read(data.resolve("insee-filosofi-2019/FILO2019_DISP_DEP.csv"))
                .records()) {
            if (r.indicator().equals("income") && GRAND_EST.contains(r.code())) {
                published.put(r.code(), r.value());
            }
        }
        assertThat(published).hasSize(10).doesNotContainValue(null);
        assertThat(income(TerritoryLevel.DEPARTEMENT)).containsExactlyInAnyOrderEntriesOf(published);
    }
}
