package fr.oasis.importer.source;

import fr.oasis.importer.ImportManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract every reader keeps, run over all of them (one suite, every implementation). */
class SourceReadersContractTest {
    private static final ReadLimits SMALL = new ReadLimits(64, 50);

    @TempDir
    Path dir;

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("communes-test.geojson", CommuneGeoJsonReader.class),
                Arguments.of("cheflieu-test.geojson", ChefLieuGeoJsonReader.class),
                Arguments.of("communes-test.json", DecoupageCommuneReader.class),
                Arguments.of("epci-test.json", DecoupageEpciReader.class),
                Arguments.of("departements-test.json", DecoupageDepartementReader.class),
                Arguments.of("regions-test.json", DecoupageRegionReader.class),
                Arguments.of("v_commune_2024.csv", InseeCommuneCsvReader.class),
                Arguments.of("base-cc-evol-struct-pop-2021-test.csv", CensusPopulationReader.class),
                Arguments.of("base-ic-evol-struct-pop-2020-test.csv", CensusPopulationReader.class),
                Arguments.of("FILO2019_DISP_COM-test.csv", FilosofiDispReader.class),
                Arguments.of("FILO2019_DISP_DEP-test.csv", FilosofiDispReader.class),
                Arguments.of("indicators-long-test.csv", IndicatorCsvReader.class),
                Arguments.of("taux_mortalite_epci-test.csv", ObservatoireSeriesReader.class),
                Arguments.of("taux_mortalite_departement-test.csv", ObservatoireSeriesReader.class),
                Arguments.of("taux_mortalite_region-test.csv", ObservatoireSeriesReader.class),
                Arguments.of("statistiques-locales-departements-test.csv", StatistiquesLocalesReader.class),
                Arguments.of("part_75ans_plus_2022_communes-test.json", TerritoryJsonReader.class),
                Arguments.of("fedi_2021_communes-test.json", TerritoryJsonReader.class),
                Arguments.of("tx_chomage_departements-test.json", TerritoryJsonReader.class),
                Arguments.of("PS_LibreAcces_Personne_activite_202504040839.txt", AnnuaireSanteReader.class),
                Arguments.of("practitioners-test.csv", PractitionerCsvReader.class),
                Arguments.of("bpe2018_sante_commune-test.csv", BpePractitionerReader.class),
                Arguments.of("bpe2018_sante_iris-test.csv", BpePractitionerReader.class),
                Arguments.of("bpe2018_structures_commune-test.csv", BpeStructureReader.class),
                Arguments.of("hospitals_finess-test.csv", FinessHospitalReader.class),
                Arguments.of("services-stops-test.csv", ServiceCsvReader.class),
                Arguments.of("effectifs_tranche_age-test.csv", DreesAgeDistributionReader.class));
    }

    static Stream<SourceReader<?>> readers() {
        return new SourceReaders(SMALL).all().stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void exactlyOneReaderOfItsTypeRecognisesEachFixture(String name, Class<?> expected) {
        Path file = fixture(name);
        SourceReaders registry = new SourceReaders();
        // The BPE tables feed two types (practitioners and care structures): one reader in each.
        ImportManifest.SourceType type = java.util.Arrays.stream(ImportManifest.SourceType.values())
                .filter(t -> registry.forType(t.key()).stream().anyMatch(expected::isInstance)).findFirst().orElseThrow();

        assertThat(registry.forType(type.key())).filteredOn(r -> r.canRead(file))
                .singleElement().isInstanceOf(expected);
        assertThat(registry.all()).filteredOn(r -> r.canRead(file))
                .allMatch(r -> r.getClass() == expected || r instanceof BpePractitionerReader
                        || r instanceof BpeStructureReader);
    }

    /** The registry the import uses: every manifest type read by a file reader has its readers there. */
    @Test
    void everyManifestTypeButNetworksHasItsReadersAndOnlyBpeCountsUnits() {
        SourceReaders registry = new SourceReaders();
        for (ImportManifest.SourceType type : ImportManifest.SourceType.values()) {
            // Road networks are folders or .osm.pbf files, read by accessibility.network.
            assertThat(registry.forType(type.key()).isEmpty()).as(type.key())
                    .isEqualTo(type == ImportManifest.SourceType.NETWORK);
        }
        assertThat(registry.forType("services")).singleElement().isInstanceOf(ServiceCsvReader.class);
        assertThat(registry.all()).hasSize(22).filteredOn(SourceReader::countsOnly).singleElement()
                .isInstanceOf(BpePractitionerReader.class);
        Path practitioners = fixture("practitioners-test.csv");
        assertThat(registry.choose("practitioners", practitioners, null)).isInstanceOf(PractitionerCsvReader.class);
        assertHasProblem(problems(() -> registry.choose("cog-epci", practitioners, null)), "practitioners-test.csv",
                "", "", "not a recognised cog-epci file (expected one of [decoupage-administratif-epci])");
        assertHasProblem(problems(() -> registry.choose("practitioners", practitioners, "nope")),
                "practitioners-test.csv", "", "format", "unknown format 'nope' for practitioners sources");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void refusesFilesAboveTheSizeLimitBeforeParsing(SourceReader<?> reader) {
        // Not even valid content: the size check must come before any parsing.
        Path file = write(dir, "huge.bin", "\0".repeat(65));

        assertHasProblem(problems(() -> reader.read(file)), "huge.bin", "", "", "larger than the 64-byte limit");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void reportsMissingFileByNameOnly(SourceReader<?> reader) {
        Path file = dir.resolve("absent.csv");

        assertThat(problems(() -> reader.read(file))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("absent.csv");
            assertThat(p.toString()).doesNotContain(dir.toString());
        });
        assertThat(reader.canRead(file)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("readers")
    void refusesEmptyFile(SourceReader<?> reader) {
        Path file = write(dir, "empty.json", "");

        assertHasProblem(problems(() -> reader.read(file)), "empty.json", "", "", "empty");
    }
}
