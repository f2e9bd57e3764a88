package fr.oasis.accessibility.network;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The test network, near Bar-le-Duc (lon 5.00-5.11, lat 48.00-48.10). Distances are haversine on
 * a 6,371 km sphere; along a meridian 0.01° of latitude is 6,371,000 × 0.01 × π/180 =
 * 1,111.949 m.
 * <pre>
 *            G (5.00,48.03)
 *            ^ motorway_link, oneway, no maxspeed: 70 km/h
 *            |
 *            C ------- 7 ------- E (5.01,48.02)     E-C residential via shape point 7: 30 km/h
 *            |                   ^
 *   primary  |                   | tertiary, oneway D->E: 50 km/h
 *   maxspeed |                   |
 *   80: 72   B ----------------- D (5.01,48.01) --- F (5.02,48.01)  service, access=private
 *   km/h     |    residential        \
 *            A (5.00,48.00)  - - - - - Z footway (ignored)
 *
 *                       W (5.11,48.11)
 *                       |   secondary, maxspeed:forward=90 (81 km/h Y->W), :backward=50 (45 W->Y)
 *   X (5.10,48.10) ---- Y (5.11,48.10)   X-Y residential; X, Y, W disconnected from the rest
 * </pre>
 */
public final class OsmFixture {

    static final double A_LON = 5.00, A_LAT = 48.00;
    static final double B_LON = 5.00, B_LAT = 48.01;
    static final double C_LON = 5.00, C_LAT = 48.02;
    static final double D_LON = 5.01, D_LAT = 48.01;
    static final double E_LON = 5.01, E_LAT = 48.02;
    static final double F_LON = 5.02, F_LAT = 48.01;
    static final double G_LON = 5.00, G_LAT = 48.03;
    static final double X_LON = 5.10, X_LAT = 48.10;
    static final double Y_LON = 5.11, Y_LAT = 48.10;
    static final double W_LON = 5.11, W_LAT = 48.11;
    static final double Z_LON = 5.005, Z_LAT = 48.005;
    static final double SHAPE_LON = 5.005, SHAPE_LAT = 48.02;

    /** 2026-01-01T00:00:00Z, the extract's date. */
    static final long TIMESTAMP = 1_767_225_600L;

    private OsmFixture() {
    }

    /** Writes the fixture extract to {@code file} (for tests of other packages too) and returns it. */
    public static Path write(Path file) throws IOException {
        return new OsmPbfWriter()
                .timestamp(TIMESTAMP)
                .node(1, A_LON, A_LAT)
                .node(2, B_LON, B_LAT)
                .node(3, C_LON, C_LAT)
                .node(4, D_LON, D_LAT)
                .node(5, E_LON, E_LAT)
                .node(6, F_LON, F_LAT)
                .node(7, SHAPE_LON, SHAPE_LAT)
                .node(8, G_LON, G_LAT)
                .node(9, Z_LON, Z_LAT)
                .node(20, X_LON, X_LAT)
                .node(21, Y_LON, Y_LAT, "place", "hamlet")
                .node(22, W_LON, W_LAT)
                .way(100, new long[]{1, 2, 3}, "highway", "primary", "maxspeed", "80", "ref", "D 1")
                .way(101, new long[]{2, 4}, "highway", "residential")
                .way(102, new long[]{4, 5}, "highway", "tertiary", "oneway", "yes")
                .way(103, new long[]{5, 7, 3}, "highway", "residential")
                .way(104, new long[]{3, 8}, "highway", "motorway_link", "oneway", "yes")
                .way(105, new long[]{4, 6}, "highway", "service", "access", "private")
                .way(106, new long[]{1, 9, 4}, "highway", "footway")
                .way(120, new long[]{20, 21}, "highway", "residential")
                .way(121, new long[]{21, 22}, "highway", "secondary", "maxspeed:forward", "90",
                        "maxspeed:backward", "50")
                .write(file);
    }
}
