package fr.oasis.importer.source;

import fr.oasis.territory.record.ReferencePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ChefLieuGeoJsonReaderTest {
    private final ChefLieuGeoJsonReader reader = new ChefLieuGeoJsonReader();

    @TempDir
    Path dir;

    @Test
    void keepsOnePointPerCurrentCodeAndSkipsAbsentOnes() {
        Path file = fixture("cheflieu-test.geojson");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<ReferencePoint> result = reader.read(file);

        // 55545: no chef_lieu_carto point, so the one whose cinsee0 is 55545 wins over former communes;
        // 57463: the chef_lieu_carto point wins although it comes second.
        assertThat(result.records()).extracting(ReferencePoint::communeCode, ReferencePoint::lon,
                ReferencePoint::lat, ReferencePoint::source, ReferencePoint::origin).containsExactly(
                tuple("55029", 5.16, 48.77, "chef_lieu_carto", "cheflieu-test.geojson#feature 1"),
                tuple("55545", 5.38, 49.16, "wpgp", "cheflieu-test.geojson#feature 3"),
                tuple("57463", 6.17, 49.12, "chef_lieu_carto", "cheflieu-test.geojson#feature 7"));
        assertThat(result.itemsRead()).isEqualTo(7);
        assertThat(result.skipped()).isEqualTo(1);
        assertHasProblem(result.warnings(), "cheflieu-test.geojson", "feature 5", "geometry", "skipped");
    }

    @Test
    void acceptsPlainCodeProperty() {
        Path file = write(dir, "points.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"code\":\"08105\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.72,49.76]}}]}");

        assertThat(reader.read(file).records()).extracting(ReferencePoint::communeCode, ReferencePoint::lon)
                .containsExactly(tuple("08105", 4.72));
    }

    @Test
    void reportsMissingCodeAndBadPoint() {
        Path file = write(dir, "bad.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{\"cinseea\":\"\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[4,49]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{\"cinseea\":\"08105\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"4\",49]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{\"cinseea\":\"08106\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[849000,6850000]}}]}");

        var problems = problems(() -> reader.read(file));

        assertThat(problems).hasSize(3);
        assertHasProblem(problems, "bad.geojson", "feature 1", "cinseea", "missing");
        assertHasProblem(problems, "bad.geojson", "feature 2", "geometry", "two numbers");
        assertHasProblem(problems, "bad.geojson", "feature 3", "geometry", "Lambert-93");
    }

    @Test
    void doesNotMistakeCommuneContoursForPoints() {
        assertThat(reader.canRead(fixture("communes-test.geojson"))).isFalse();
    }
}
