package fr.oasis.importer.source;

import fr.oasis.territory.record.CogCommune;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

class InseeCommuneCsvReaderTest {
    private static final String HEADER = "TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT\n";
    private final InseeCommuneCsvReader reader = new InseeCommuneCsvReader();

    @TempDir
    Path dir;

    @Test
    void readsCommunesTakingAreasOfDelegatedOnesFromTheirParent() {
        Path file = fixture("v_commune_2024.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<CogCommune> result = reader.read(file);

        assertThat(result.vintage()).isEqualTo(2024);
        assertThat(result.itemsRead()).isEqualTo(7);
        assertThat(result.skipped()).isEqualTo(1);
        assertHasProblem(result.warnings(), "v_commune_2024.csv", "line 7", "TYPECOM", "13201");
        assertThat(result.records()).containsExactly(
                new CogCommune("55029", "Bar-le-Duc", CogCommune.Type.CURRENT, "55", "44", null, null, List.of(),
                        "v_commune_2024.csv#line 2"),
                new CogCommune("55366", "Les Monthairons", CogCommune.Type.CURRENT, "55", "44", null, null, List.of(),
                        "v_commune_2024.csv#line 3"),
                new CogCommune("55367", "Le Petit Hameau", CogCommune.Type.DELEGATED, "55", "44", "55366", null,
                        List.of(), "v_commune_2024.csv#line 4"),
                new CogCommune("55368", "Grand-Hameau", CogCommune.Type.ASSOCIATED, "55", "44", "55366", null,
                        List.of(), "v_commune_2024.csv#line 5"),
                new CogCommune("55366", "Les Monthairons", CogCommune.Type.DELEGATED, "55", "44", "55366", null,
                        List.of(), "v_commune_2024.csv#line 6"),
                new CogCommune("2A004", "Ajaccio", CogCommune.Type.CURRENT, "2A", "94", null, null, List.of(),
                        "v_commune_2024.csv#line 8"));
    }

    @Test
    void listsEveryMissingColumn() {
        Path file = write(dir, "v_commune_2024.csv", "TYPECOM,CODE,REG,DEPT,LIBELLE\nCOM,55029,44,55,Bar\n");

        assertHasProblem(problems(() -> reader.read(file)), "v_commune_2024.csv", "line 1", "COM, DEP, COMPARENT",
                "missing column(s) [COM, DEP, COMPARENT]");
    }

    @Test
    void reportsTruncatedLinesUnknownTypesAndMissingParents() {
        Path file = write(dir, "v_commune.csv", HEADER
                + "COM,55029,44,55,55D,551,0,BAR LE DUC,Bar-le-Duc,Bar-le-Duc,5503,\n"
                + "VILLE,55030,44,55,55D,551,0,X,X,X,5503,\n"
                + "COMD,55031,,,,,0,Y,Y,Y,,\n"
                + "COM,55032,44,55,55D\n");

        var problems = problems(() -> reader.read(file));

        assertThat(problems).hasSize(3);
        assertHasProblem(problems, "v_commune.csv", "line 3", "TYPECOM", "unknown commune type 'VILLE'");
        assertHasProblem(problems, "v_commune.csv", "line 4", "COMPARENT", "missing");
        assertHasProblem(problems, "v_commune.csv", "line 5", "", "expected 12 values as in the header, found 5");
    }

    @Test
    void reportsUnterminatedQuote() {
        Path file = write(dir, "v_commune_2024.csv", HEADER + "COM,55029,44,55,55D,551,0,\"BAR LE DUC,Bar,Bar,5503,\n");

        assertThat(problems(() -> reader.read(file))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("malformed CSV"));
    }

    @Test
    void refusesInvalidUtf8() throws Exception {
        Path file = dir.resolve("v_commune_2024.csv");
        Files.write(file, (HEADER + "COM,55029,44,55,55D,551,0,BAR,Bar-le-Duc,Bar-le-Duc,5503,\nCOM,55030,44,55,55D,551,0,B,")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(file, new byte[]{(byte) 0xE9, 'a', ',', 'x', ',', '1', ',', '\n'}, java.nio.file.StandardOpenOption.APPEND);

        assertThat(problems(() -> reader.read(file))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not valid UTF-8"));
    }

    @Test
    void keepsHostileTextVerbatimButRejectsControlCharacters() {
        Path file = write(dir, "v_commune_2024.csv", HEADER
                + "COM,55029,44,55,55D,551,0,X,X,\"<script>alert('x')</script>\",5503,\n"
                + "COM,55030,44,55,55D,551,0,X,X,\"'; DROP TABLE commune;--\",5503,\n");
        Path bad = write(dir, "v_commune_2025.csv", HEADER + "COM,55029,44,55,55D,551,0,X,X,\"Bar\rle-Duc\",5503,\n");

        assertThat(reader.read(file).records()).extracting(CogCommune::name)
                .containsExactly("<script>alert('x')</script>", "'; DROP TABLE commune;--");
        assertHasProblem(problems(() -> reader.read(bad)), "v_commune_2025.csv", "line 2", "LIBELLE", "U+000D");
    }

    @Test
    void vintageComesFromTheFileNameOnly() {
        assertThat(InseeCommuneCsvReader.vintage(Path.of("v_commune_2026.csv"))).isEqualTo(2026);
        assertThat(InseeCommuneCsvReader.vintage(Path.of("communes.csv"))).isNull();
    }
}
