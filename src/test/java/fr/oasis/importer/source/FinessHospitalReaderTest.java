package fr.oasis.importer.source;

import fr.oasis.structure.StructureRecord;
import fr.oasis.structure.StructureType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Hospitals of the FINESS extraction with coordinates (Eurostat/GISCO column layout). */
class FinessHospitalReaderTest {
    private static final String HEADER = "id,hospital_name,site_name,lat,lon,geo_qual,street,house_number,postcode,"
            + "city,cc,country,cap_beds,cap_prac,cap_rooms,emergency,facility_type,public_private,list_specs,tel,"
            + "email,url,ref_date,pub_date,comments\n";
    private final FinessHospitalReader reader = new FinessHospitalReader();

    @TempDir
    Path dir;

    @Test
    void readsOneHospitalPerLineWithItsPointCategoryAndMillesime() {
        Path file = fixture("hospitals_finess-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<StructureRecord> result = reader.read(file);

        assertThat(result.vintage()).isEqualTo(2020);
        assertThat(result.itemsRead()).isEqualTo(3);
        assertThat(result.records()).extracting(StructureRecord::finess)
                .containsExactly("080000110", "080000136", "550003354");
        StructureRecord first = result.records().get(0);
        assertThat(first.type()).isEqualTo(StructureType.HOSPITAL);
        assertThat(first.communeCode()).isNull();
        assertThat(first.lon()).isEqualTo(4.94053);
        assertThat(first.lat()).isEqualTo(49.7051);
        assertThat(first.facilityType()).isEqualTo("Centre Hospitalier (C.H.)");
        assertThat(first.origin()).isEqualTo("hospitals_finess-test.csv#line 2");
        assertThat(result.records().get(2).name()).isEqualTo("CENTRE HOSPITALIER DE VERDUN ST MIHIEL — SITE DE SAINT-MIHIEL");
        assertThat(result.records().get(2).facilityType()).isEqualTo("Centre hospitalier, ex Hôpital local");
    }

    @Test
    void refusesBadNumbersCoordinatesAndDuplicatesNamingLineAndField() {
        Path file = write(dir, "hospitals.csv", HEADER
                + "080000110,CH A,,49.7,4.9,1,,,,,,,,,,,Centre Hospitalier (C.H.),,,,,,06/03/2020,,\n"
                + "080000110,CH B,,49.7,4.9,1,,,,,,,,,,,Centre Hospitalier (C.H.),,,,,,06/03/2020,,\n"
                + "08000011,CH C,,49.7,4.9,1,,,,,,,,,,,Centre Hospitalier (C.H.),,,,,,06/03/2020,,\n"
                + "080000111,CH D,,4.9,49.7,1,,,,,,,,,,,Centre Hospitalier (C.H.),,,,,,06/03/2020,,\n"
                + "080000112,CH E,,40.1,-20.5,1,,,,,,,,,,,Centre Hospitalier (C.H.),,,,,,06/03/2020,,\n"
                + "080000113,CH F,,,4.9,1,,,,,,,,,,,Centre Hospitalier (C.H.),,,,,,06/03/2020,,\n"
                + "080000114,CH G,,49.7,quatre,1,,,,,,,,,,,Centre Hospitalier (C.H.),,,,,,06/03/2020,,\n"
                + "080000115,,,49.7,4.9,1,,,,,,,,,,,,,,,,,06/03/2020,,\n"
                + "080000116,CH H,,49.7,4.9,1,,,,,,,,,,,Centre Hospitalier (C.H.),,,,,,2020-03-06,,\n"
                + "080000117,CH I,,49.7,4.9,1,,,,,,,,,,,Centre Hospitalier (C.H.),,,,,,06/03/2021,,\n");

        var problems = problems(() -> reader.read(file));

        assertHasProblem(problems, "hospitals.csv", "line 3", "id", "duplicate code 080000110, already used by line 2");
        assertHasProblem(problems, "hospitals.csv", "line 4", "id", "not a 9-character FINESS number");
        assertHasProblem(problems, "hospitals.csv", "line 5", "lon, lat", "looks like [lat, lon]");
        assertHasProblem(problems, "hospitals.csv", "line 6", "lon, lat", "outside France");
        assertHasProblem(problems, "hospitals.csv", "line 7", "lat", "missing coordinate");
        assertHasProblem(problems, "hospitals.csv", "line 8", "lon", "quatre");
        assertHasProblem(problems, "hospitals.csv", "line 9", "hospital_name", "missing or blank value");
        assertHasProblem(problems, "hospitals.csv", "line 9", "facility_type", "missing or blank value");
        assertHasProblem(problems, "hospitals.csv", "line 10", "ref_date", "not a date dd/mm/yyyy");
        assertHasProblem(problems, "hospitals.csv", "line 11", "ref_date", "extraction year 2021 differs from 2020");
    }

    @Test
    void sniffsTheHeaderAndListsMissingColumns() {
        Path file = write(dir, "hospitals.csv", "id,hospital_name,lat,lon\n080000110,CH,49.7,4.9\n");

        assertThat(reader.canRead(file)).isFalse();
        assertHasProblem(problems(() -> reader.read(file)), "hospitals.csv", "line 1", "facility_type",
                "missing column(s)");
    }
}
