package fr.oasis.accessibility.network;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.accessibility.engine.AccessLeg;
import fr.oasis.accessibility.engine.GreatCircle;
import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.accessibility.engine.RoadTravelTime;
import fr.oasis.support.RealData;
import fr.oasis.tabular.DelimitedFile;
import fr.oasis.tabular.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The road-speed calibration table of {@code docs/road-calibration.md}, recomputed on the real
 * Travel Mapping graph and the IGN town-hall points (opt-in: {@code -Doasis.acceptance=true
 * -Doasis.shared.data=...}) with {@link RoadSpeeds#DEFAULT} and the default access leg. The pairs
 * and their reference times are {@code src/test/resources/accessibility/road-calibration-pairs.csv}:
 * <ul>
 *   <li>the six town-to-town reference trips keep the documented error: each within ±10 %, mean
 *       absolute error at most 6 %;</li>
 *   <li>every rural pair with a reference time must name its source and fall within ±25 %; the
 *       number of sourced rural pairs is the documented one ({@link #SOURCED_RURAL_PAIRS}: none
 *       could be sourced, see the document), so adding a source means updating the document;</li>
 *   <li>no rural trip is faster, town hall to town hall as the crow flies, than the 80 km/h limit
 *       of two-lane roads allows (a necessary bound that any tier-5 speed must keep).</li>
 * </ul>
 * Prints the table the document reproduces.
 */
class RuralRoadCalibrationTest {
    static final int SOURCED_RURAL_PAIRS = 0;

    record Pair(String kind, String from, String to, String label, Double reference, String source) {
    }

    static List<Pair> pairs() throws Exception {
        Path file = Path.of(RuralRoadCalibrationTest.class.getResource("/accessibility/road-calibration-pairs.csv").toURI());
        List<Pair> pairs = new ArrayList<>();
        try (DelimitedFile csv = DelimitedFile.open(file, Dialect.CSV)) {
            csv.require("kind", "from_code", "to_code", "label", "reference_minutes", "source");
            while (csv.next()) {
                pairs.add(new Pair(csv.text(0), csv.text(1), csv.text(2), csv.text(3),
                        csv.isBlank(4) ? null : csv.number(4), csv.isBlank(5) ? null : csv.text(5)));
            }
        }
        return pairs;
    }

    @Test
    void calibrationTableHoldsOnTheRealNetwork() throws Exception {
        Path data = RealData.folder();
        RoadNetwork network = RoadNetworkFiles.read(data.resolve("roads-travelmapping-grandest"), RoadSpeeds.DEFAULT);
        GrandEstTownHalls halls = GrandEstTownHalls.read(data);
        double[] lon = halls.lon();
        double[] lat = halls.lat();
        Map<String, Integer> index = halls.index();
        RoadTravelTime times = RoadTravelTime.route(network, lon, lat, AccessLeg.DEFAULT, 30);

        double sumAbs = 0;
        int references = 0;
        int sourcedRural = 0;
        System.out.println("| kind | pair | crow-fly km | model min | crow-fly km/h | reference min | error |");
        for (Pair p : pairs()) {
            int a = index.get(p.from());
            int b = index.get(p.to());
            double minutes = byRoad(times, a, b);
            double km = GreatCircle.haversineKm(lon[a], lat[a], lon[b], lat[b]);
            Double error = p.reference() == null ? null : (minutes - p.reference()) / p.reference();
            System.out.printf("| %s | %s | %.1f | %.1f | %.0f | %s | %s |%n", p.kind(), p.label(), km, minutes,
                    km / minutes * 60, p.reference() == null ? "no source" : String.format("%.0f", p.reference()),
                    error == null ? "" : String.format("%+.1f %%", 100 * error));
            if (p.kind().equals("reference")) {
                references++;
                sumAbs += Math.abs(error);
                assertThat(Math.abs(error)).as(p.label()).isLessThanOrEqualTo(0.10);
            } else {
                assertThat(km / minutes * 60).as(p.label() + ": crow-fly speed within the 80 km/h limit")
                        .isLessThan(80);
                if (p.reference() != null) {
                    sourcedRural++;
                    assertThat(p.source()).as(p.label() + " names its source").isNotBlank();
                    assertThat(Math.abs(error)).as(p.label()).isLessThanOrEqualTo(0.25);
                }
            }
        }
        assertThat(references).isEqualTo(6);
        assertThat(sumAbs / references).as("mean absolute error of the six reference trips").isLessThanOrEqualTo(0.06);
        assertThat(sourcedRural).as("sourced rural pairs, as documented").isEqualTo(SOURCED_RURAL_PAIRS);
    }

    /** Beyond the 30-minute table, the time is the nearest-source search from one of them. */
    private static double byRoad(RoadTravelTime model, int from, int to) {
        double[] minutes = new double[model.size()];
        int[] nearest = new int[model.size()];
        model.nearest(new int[] {to}, minutes, nearest);
        return minutes[from];
    }
}
