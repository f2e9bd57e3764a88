package fr.oasis.importer.source;

import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.record.CommuneShape;
import fr.oasis.territory.record.ReferencePoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Acceptance test on the real Grand Est files of {@code shared/data} (see its SOURCES.md, whose
 * counts are asserted here). Opt-in because the data live outside the repository: run with
 * {@code -Doasis.acceptance=true}; {@code -Doasis.shared.data=DIR} overrides the default
 * {@code ../shared/data} (from the repository root). When opted in, missing data fail the test
 * rather than skip it.
 */
class RealDataReadersTest {
    private Path data;

    // Per test rather than @BeforeAll, so that surefire lists each test as skipped, not zero tests.
    @BeforeEach
    void locateData() {
        assumeTrue("true".equals(System.getProperty("oasis.acceptance")),
                "real-data acceptance test not requested (-Doasis.acceptance=true)");
        data = Path.of(System.getProperty("oasis.shared.data", "../shared/data")).toAbsolutePath().normalize();
        assertThat(data.resolve("SOURCES.md")).as("shared data directory").isRegularFile();
    }

    @Test
    void readsAllGrandEstFilesWithTheDocumentedCounts() throws IOException {
        long start = System.nanoTime();

        Path decoupage = data.resolve("decoupage-administratif");
        ReadResult<CogCommune> communes = new DecoupageCommuneReader().read(decoupage.resolve("communes_grand_est.json"));
        ReadResult<CogEpci> epcis = new DecoupageEpciReader().read(decoupage.resolve("epci_grand_est.json"));
        int departements = new DecoupageDepartementReader().read(decoupage.resolve("departements.json")).records().size();
        int regions = new DecoupageRegionReader().read(decoupage.resolve("regions.json")).records().size();
        ReadResult<CogCommune> cog2024 = new InseeCommuneCsvReader()
                .read(data.resolve("insee-cog-2024/v_commune_2024_grand_est.csv"));
        ReadResult<ReferencePoint> chefsLieux = new ChefLieuGeoJsonReader()
                .read(data.resolve("chefs-lieux-comhisto/cheflieu_grand_est.geojson"));
        Map<String, Integer> contoursByFile = new TreeMap<>();
        List<CommuneShape> contours = new ArrayList<>();
        int repaired = 0;
        try (Stream<Path> files = Files.list(data.resolve("france-geojson"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("communes-")).toList()) {
                ReadResult<CommuneShape> shapes = new CommuneGeoJsonReader().read(file);
                contoursByFile.put(file.getFileName().toString().substring(9, 11), shapes.records().size());
                contours.addAll(shapes.records());
                repaired += shapes.warnings().size();
            }
        }

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Real Grand Est data read in %d ms (%d contours, %d repaired)%n",
                millis, contours.size(), repaired);

        assertThat(communes.records()).hasSize(5_442);
        Map<CogCommune.Type, Long> byType = communes.records().stream()
                .collect(Collectors.groupingBy(CogCommune::type, Collectors.counting()));
        assertThat(byType).containsEntry(CogCommune.Type.CURRENT, 5_115L)
                .containsEntry(CogCommune.Type.ASSOCIATED, 195L).containsEntry(CogCommune.Type.DELEGATED, 132L);
        assertThat(epcis.records()).hasSize(150);
        assertThat(epcis.records().stream().mapToInt(e -> e.memberCodes().size()).sum()).isEqualTo(5_118);
        assertThat(departements).isEqualTo(101);
        assertThat(regions).isEqualTo(18);

        assertThat(cog2024.vintage()).isEqualTo(2024);
        assertThat(cog2024.records().stream().collect(Collectors.groupingBy(CogCommune::type, Collectors.counting())))
                .containsEntry(CogCommune.Type.CURRENT, 5_118L).containsEntry(CogCommune.Type.ASSOCIATED, 198L)
                .containsEntry(CogCommune.Type.DELEGATED, 133L);
        assertThat(cog2024.records()).allSatisfy(c -> assertThat(c.departementCode()).isNotNull());

        assertThat(contours).hasSize(5_132);
        assertThat(contoursByFile).containsExactlyEntriesOf(new TreeMap<>(Map.of("08", 452, "10", 431, "51", 613,
                "52", 427, "54", 592, "55", 501, "57", 727, "67", 516, "68", 366, "88", 507)));
        assertThat(contours).allSatisfy(c -> assertThat(c.geometry().isValid()).isTrue());

        assertThat(chefsLieux.itemsRead()).isEqualTo(5_594);
        assertThat(chefsLieux.skipped()).isEqualTo(15);
        assertThat(chefsLieux.records()).hasSize(5_579);

        // Cross-file coverage stated in SOURCES.md: every 2026 commune has a contour and a cinseea.
        Set<String> current = communes.records().stream().filter(c -> c.type() == CogCommune.Type.CURRENT)
                .map(CogCommune::code).collect(Collectors.toSet());
        assertThat(contours.stream().map(CommuneShape::code).collect(Collectors.toSet())).containsAll(current);
    }

    @Test
    void recognisesEachRealFileWithTheRightReader() {
        SourceReaders readers = new SourceReaders();
        Map<String, Class<?>> expected = Map.of(
                "decoupage-administratif/communes_grand_est.json", DecoupageCommuneReader.class,
                "decoupage-administratif/epci_grand_est.json", DecoupageEpciReader.class,
                "decoupage-administratif/departements.json", DecoupageDepartementReader.class,
                "decoupage-administratif/regions.json", DecoupageRegionReader.class,
                "insee-cog-2024/v_commune_2024_grand_est.csv", InseeCommuneCsvReader.class,
                "chefs-lieux-comhisto/cheflieu_grand_est.geojson", ChefLieuGeoJsonReader.class,
                "france-geojson/communes-55-meuse.geojson", CommuneGeoJsonReader.class);
        expected.forEach((file, reader) -> assertThat(readers.forFile(data.resolve(file))).as(file)
                .get().isInstanceOf(reader));
        // Neighbouring files of other kinds must not be mistaken for a supported format.
        assertThat(readers.forFile(data.resolve("decoupage-administratif/arrondissements_grand_est.json"))).isEmpty();
        assertThat(readers.forFile(data.resolve("insee-epci-2020/communes_epci_2020_grand_est.csv"))).isEmpty();
    }
}
