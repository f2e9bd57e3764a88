package fr.oasis.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.importer.ImportManifest;
import fr.oasis.importer.ImportReport;
import fr.oasis.importer.ManifestImporter;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.indicator.TerritoryFilter;
import fr.oasis.structure.StructureQueries;
import fr.oasis.structure.StructureView;
import fr.oasis.support.DataChange;
import fr.oasis.support.RealData;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The care structures of the Grand Est manifest on the real files (opt-in: {@code
 * -Doasis.acceptance=true -Doasis.shared.data=...}): the territories and the two
 * {@code care-structures} sources of {@code data/manifests/grand-est.yml} (BPE 2018 commune file,
 * FINESS 2020 hospitals), imported as an administrator would. The BPE totals of SOURCES.md are
 * found after re-keying (no count lost), the 522 FINESS rows are all accounted for (stored in the
 * commune containing their point, or listed), and times to the nearest emergency service exist
 * for every commune.
 */
@UsesH2
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareStructuresGrandEstH2Test {
    private static final Set<ImportManifest.SourceType> WANTED = Set.of(ImportManifest.SourceType.COG_COMMUNES,
            ImportManifest.SourceType.COG_EPCI, ImportManifest.SourceType.COG_DEPARTEMENTS,
            ImportManifest.SourceType.COG_REGIONS, ImportManifest.SourceType.COMMUNE_CONTOURS,
            ImportManifest.SourceType.REFERENCE_POINTS, ImportManifest.SourceType.CARE_STRUCTURES);
    @Autowired
    ManifestImporter importer;
    @Autowired
    StructureQueries structures;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    TerritoryFilter filter;
    @Autowired
    JdbcTemplate jdbc;
    ImportReport report;

    @BeforeAll
    void importTerritoriesAndStructures() {
        RealData.folder();
        DataChange.deleteNetworks(jdbc);
        ImportManifest full = ImportManifest.read(Path.of("data/manifests/grand-est.yml"));
        ImportManifest manifest = new ImportManifest(full.name(), full.file(),
                full.sources().stream().filter(s -> WANTED.contains(s.type())).toList());
        long t0 = System.nanoTime();
        report = importer.run(manifest, "acceptance");
        System.out.printf("[acceptance] Grand Est territories + care structures: %d ms%n%s",
                (System.nanoTime() - t0) / 1_000_000, report.summary());
    }

    @AfterAll
    void clean() {
        DataChange.deleteStructures(jdbc);
    }

    @Test
    void bpeTotalsOfGrandEstAreStoredAfterReKeying() {
        Map<String, Long> totals = structures.summary().stream()
                .collect(Collectors.toMap(StructureView.TypeSummary::type, StructureView.TypeSummary::total));
        assertThat(totals).containsEntry("msp", 92L).containsEntry("healthcentre", 199L)
                .containsEntry("emergency", 61L).containsEntry("maternity", 47L).containsEntry("pharmacy", 1831L)
                .containsEntry("laboratory", 334L);
        assertThat(report.counts()).containsEntry("care structures excluded (commune code not stored)", 0L);
        StructureView.TypeSummary pharmacy = structures.summary().stream().filter(s -> s.type().equals("pharmacy"))
                .findFirst().orElseThrow();
        assertThat(pharmacy.millesime()).isEqualTo(2018);
        assertThat(pharmacy.located()).isEqualTo("commune-point");
        assertThat(pharmacy.source()).isEqualTo("INSEE BPE 2018 (équipements de santé par commune)");
    }

    @Test
    void every522FinessRowIsStoredInItsCommuneOrListed() {
        long stored = structures.summary().stream().filter(s -> s.type().equals("hospital"))
                .mapToLong(StructureView.TypeSummary::total).sum();
        List<String> outside = report.unmatchedCodes()
                .getOrDefault("hospitals outside every stored commune (FINESS number and name)", List.of());
        System.out.printf("[acceptance] FINESS: %d hospitals stored, %d outside: %s%n", stored, outside.size(), outside);
        assertThat(stored + outside.size()).isEqualTo(522);
        assertThat(report.counts().get("hospitals excluded (point outside every stored commune)"))
                .isEqualTo(outside.size());
        assertThat(stored).isGreaterThan(500);
        assertThat(structures.sites()).filteredOn(s -> s.type().key().equals("hospital"))
                .allSatisfy(s -> assertThat(s.facilityType()).isNotBlank())
                .filteredOn(s -> "080000110".equals(s.finess())).singleElement()
                .satisfies(s -> assertThat(s.communeCode()).isEqualTo("08409")); // Sedan
    }

    @Test
    void timesToTheNearestEmergencyServiceExistForEveryCommuneAndFilter() {
        IndicatorView.Values times = catalogue.values("timeemergency", TerritoryLevel.COMMUNE, null, null);
        assertThat(times.values()).hasSize(5115);
        long withTime = times.values().stream().filter(v -> v.value() != null).count();
        assertThat(withTime).isEqualTo(5115);
        long zero = times.values().stream().filter(v -> v.value() != null && v.value() == 0).count();
        assertThat(zero).isBetween(40L, 61L); // communes holding a service (61 services, some share a commune)
        IndicatorView.FilterResult far = filter.apply(TerritoryLevel.COMMUNE, true, List.of("timeemergency>30"));
        IndicatorView.FilterResult noMsp = filter.apply(TerritoryLevel.COMMUNE, true, List.of("timemsp>20"));
        System.out.printf("[acceptance] communes beyond 30 min of an emergency service: %d (%d inhabitants); "
                + "beyond 20 min of an MSP: %d (%s)%n", far.count(), far.population(), noMsp.count(), times.source());
        assertThat(far.count()).isPositive().isLessThan(5115);
        assertThat(noMsp.count()).isPositive().isLessThan(5115);
    }
}
