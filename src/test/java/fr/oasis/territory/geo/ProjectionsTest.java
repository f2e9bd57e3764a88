package fr.oasis.territory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Areas measured where the territory lies; overseas systems reprojected; unknown codes refused. */
class ProjectionsTest {
    private final WKTReader wkt = new WKTReader();

    @Test
    void overseasAreaIsMeasuredInAnEqualAreaProjection() throws Exception {
        // A 10 km × 10 km square in RGR92 / UTM 40S (La Réunion): 100 km², UTM's scale error
        // (≈ 0.04 % here) aside.
        Geometry utm = wkt.read("POLYGON ((340000 7680000, 350000 7680000, 350000 7690000, 340000 7690000, "
                + "340000 7680000))");
        Geometry wgs84 = Projections.toWgs84(utm, 2975);
        assertThat(Projections.areaKm2(wgs84)).isCloseTo(100.0, within(0.5));
        // Lambert-93, made for metropolitan France, is far off there: why it is not used.
        assertThat(Math.abs(Lambert93.areaKm2(wgs84) - 100.0)).isGreaterThan(5.0);
    }

    @Test
    void metropolitanAreasStayTheLambert93Ones() throws Exception {
        Geometry square = wkt.read("POLYGON ((5.1 48.7, 5.2 48.7, 5.2 48.8, 5.1 48.8, 5.1 48.7))");
        assertThat(Projections.areaKm2(square)).isEqualTo(Lambert93.areaKm2(square));
    }

    @Test
    void knowsTheOverseasCodesAndRefusesUnknownOnes() {
        for (int code : new int[] {2154, 2972, 2975, 5490, 4471, 4326}) {
            assertThat(Projections.isKnown(code)).as("EPSG:" + code).isTrue();
        }
        assertThat(Projections.isKnown(999999)).isFalse();
    }
}
