package fr.oasis.map;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerRow;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.territory.Communes;
import fr.oasis.territory.TerritoryView;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The practitioners of the latest vintage as map points, kept in memory (a few tens of thousands
 * for a région). A practitioner without an address is drawn at its commune's reference point.
 * Only what a map may show: profession, commune and age class; never identities or contacts.
 * Public for the OGC API's practitioner collection ({@code fr.oasis.gis}), which shows the same.
 */
@Component
public class PractitionerPoints {
    /** One drawable practitioner. */
    public record Point(double lon, double lat, String profession, String communeCode, String communeName,
                 String ageClass, boolean countBased) {
    }

    /** The points of one vintage, with its provenance. */
    public record Snapshot(PractitionerVintageView vintage, List<Point> points) {
    }

    private final PractitionerQueries practitioners;
    private final Communes communes;
    private final KeptPerVersion<java.util.Optional<Snapshot>> current;

    PractitionerPoints(PractitionerQueries practitioners, Communes communes, DataVersions versions) {
        this.practitioners = practitioners;
        this.communes = communes;
        this.current = new KeptPerVersion<>(versions, DataKind.TERRITORIES, DataKind.PRACTITIONERS);
    }

    /** @return null when no practitioner was imported */
    public Snapshot snapshot() {
        return current.get(() -> practitioners.latestVintage().map(this::load)).orElse(null);
    }

    private Snapshot load(PractitionerVintageView vintage) {
        Map<String, TerritoryView.CommunePoint> communes = this.communes.withoutGroupings().byCode();
        List<Point> points = practitioners.practitioners(vintage.id()).stream()
                .filter(p -> communes.containsKey(p.communeCode()))
                .map(p -> point(p, communes.get(p.communeCode()))).toList();
        return new Snapshot(vintage, points);
    }

    private static Point point(PractitionerRow p, TerritoryView.CommunePoint commune) {
        double lon = p.lon() == null ? commune.lon() : p.lon();
        double lat = p.lat() == null ? commune.lat() : p.lat();
        return new Point(lon, lat, p.profession(), commune.code(), commune.name(), ageClass(p.age()), p.countBased());
    }

    /** The age classes the map filters on (retirement horizon matters most). */
    static String ageClass(Integer age) {
        if (age == null) {
            return null;
        }
        return age < 40 ? "moins de 40 ans" : age < 55 ? "40-54 ans" : age < 60 ? "55-59 ans"
                : age < 65 ? "60-64 ans" : "65 ans et plus";
    }
}
