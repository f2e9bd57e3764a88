package fr.oasis.importer;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.problem.ImportException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.territory.record.ReferencePoint;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a careless export produces (issue 11), refused on a real database with a message naming the
 * file, the line or feature, the field and the value, and nothing stored changes: positions outside
 * the territory's bounding box or in [lat, lon] order, a decimal comma among points, a value of
 * tens of megabytes. Excluded records are listed with their file. Runs on H2 and PostGIS.
 */
@SpringBootTest
abstract class CarelessImportContract {
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    ManifestImporter importer;
    @Autowired
    TerritoryQueries queries;
    @Autowired
    PractitionerQueries practitionerQueries;
    @TempDir
    Path dir;

    private Map<String, Long> storedTerritories;
    private List<PractitionerVintageView> storedVintages;

    @BeforeEach
    void importTinyTerritory() {
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny territory");
        storedTerritories = queries.summary();
        storedVintages = practitionerQueries.vintages();
    }

    @Test
    void practitionersOutsideTheTerritoryOrInLatLonOrderAreRefusedAndNothingChanges() {
        List<PractitionerRecord> records = List.of(
                gp("GP1", "9A001", 5.05, 48.15, "ps.csv#line 2"),
                gp("GP2", "9A001", 5.5, 48.1, "ps.csv#line 3"), // in France, 20 km east of the territory
                gp("GP3", "9B001", 48.15, 5.15, "ps.csv#line 4")); // [lat, lon]

        ImportException e = catchThrowableOfType(ImportException.class, () -> practitioners.importPractitioners(records,
                new PractitionerVintageView.New("careless", "test", 2025, false, false), "test"));

        assertThat(e.problems()).extracting(ImportProblem::toString).containsExactly(
                "ps.csv, line 3, field 'lon, lat': point of a practitioner of 9A001 (5.5, 48.1) is outside the"
                        + " territory's bounding box (lon 4.990 to 5.210, lat 47.990 to 48.210)",
                "ps.csv, line 4, field 'lon, lat': point of a practitioner of 9B001 (48.15, 5.15) is outside the"
                        + " territory's bounding box (lon 4.990 to 5.210, lat 47.990 to 48.210); it looks like"
                        + " [lat, lon], latitude first");
        assertNothingChanged();
    }

    @Test
    void aReferencePointOutsideTheImportedContoursIsRefusedAndNothingChanges() {
        TerritoryInputs tiny = TinyTerritory.inputs();
        List<ReferencePoint> points = new ArrayList<>(tiny.points());
        points.set(1, new ReferencePoint("9B001", 48.15, 5.15, "chef_lieu_carto", "chefs-lieux.geojson#feature 2"));
        TerritoryInputs careless = new TerritoryInputs(tiny.regions(), tiny.departements(), tiny.communes(),
                tiny.epcis(), tiny.shapes(), points, tiny.populations(), tiny.cogYear(), tiny.cogLabel(),
                tiny.contourYear(), tiny.contourLabel(), tiny.censusYear(), tiny.censusLabel(), false, tiny.files());

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> territories.importTerritories(careless, "test", "careless"));

        assertThat(e.problems()).singleElement().hasToString("chefs-lieux.geojson, feature 2, field 'geometry':"
                + " reference point of 9B001 (48.15, 5.15) is outside the territory's bounding box (lon 4.990 to 5.210,"
                + " lat 47.990 to 48.210); it looks like [lat, lon], latitude first");
        assertNothingChanged();
        assertThat(queries.find(TerritoryLevel.COMMUNE, "9B001").orElseThrow().referencePoint()).isNotNull();
    }

    @Test
    void badFilesThroughAManifestAreRefusedNamingFileLineFieldAndNothingChanges() throws IOException {
        Files.writeString(dir.resolve("mixed.csv"), "id,profession,commune_code,lon,lat,activity\n"
                + "mg-1,MG,55029,5.16,48.77,4500.5\nmg-2,MG,55029,5.16,48.77,\"4100,5\"\n");
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.csv"))) {
            out.write("id,profession,specialty,commune_code\nmg-1,MG,".getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int k = 0; k < 20; k++) {
                out.write(block);
            }
            out.write(",55029\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("contours.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"code\":\"9A001\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[48.1,5.0],[48.1,5.1],[48.2,5.1],[48.2,5.0],[48.1,5.0]]]}}]}");

        assertThat(refused("practitioners", "mixed.csv")).startsWith("mixed.csv, line 3, field 'activity': decimal"
                + " comma in '4100,5' while 5 other decimal number(s) of this file use a point");
        assertThat(refused("practitioners", "huge.csv")).startsWith("huge.csv, line 2, field 'specialty': value"
                + " longer than 65536 bytes");
        assertThat(refused("commune-contours", "contours.geojson")).isEqualTo("contours.geojson, feature 1, field"
                + " 'geometry': coordinates (48.1, 5.0) is outside France: it looks like [lat, lon], latitude first;"
                + " WGS84 [lon, lat] is expected");
        assertNothingChanged();
    }

    @Test
    void excludedPractitionersAreListedWithTheirFile() {
        ImportReport report = practitioners.importPractitioners(List.of(
                        gp("GP1", "9A001", 5.05, 48.15, "ps.csv#line 2"),
                        gp("GP9", "55029", 5.16, 48.77, "ps.csv#line 3")),
                new PractitionerVintageView.New("excluded", "test", 2025, false, false), "test");

        assertThat(report.unmatchedCodes()).containsEntry("practitioner commune codes not among the stored communes",
                List.of("55029"));
        assertThat(report.summary()).contains("unmatched practitioner commune codes not among the stored communes"
                + " (1, in ps.csv): 55029");
        assertThat(practitionerQueries.vintages()).hasSize(storedVintages.size() + 1);
    }

    private String refused(String type, String file) throws IOException {
        Path manifest = Files.writeString(dir.resolve("m.yml"), "name: careless\nsources:\n  - type: " + type
                + "\n    path: " + file + "\n    vintage: 2025\n");
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.run(ImportManifest.read(manifest), "test"));
        assertThat(e).as(file).isNotNull();
        return e.problems().get(0).toString();
    }

    private void assertNothingChanged() {
        assertThat(queries.summary()).isEqualTo(storedTerritories);
        assertThat(practitionerQueries.vintages()).extracting(PractitionerVintageView::id)
                .isEqualTo(storedVintages.stream().map(PractitionerVintageView::id).toList());
        assertThat(queries.find(TerritoryLevel.COMMUNE, "9A001").orElseThrow().name()).isEqualTo("Épinal-sur-Test");
    }

    private static PractitionerRecord gp(String id, String commune, double lon, double lat, String origin) {
        return new PractitionerRecord(id, "MG", null, commune, lon, lat, 4500.0, 50, false, origin);
    }
}
