package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.ProximityZone;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerRow;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryRecord;
import fr.oasis.territory.geo.Lambert93;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.stereotype.Service;

/**
 * Proximity zones of the latest practitioner vintage, computed in Lambert-93 so that radii are
 * metres. Commune contours are projected once per territory data version, results kept per
 * territory and practitioner versions.
 */
@Service
public class ProximityService {
    static final double MAX_KM = 50;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), Lambert93.WGS84_SRID);
    private final TerritoryQueries territories;
    private final PractitionerQueries practitioners;
    private final KeptPerVersion<ProjectedCommunes> communes;
    private final KeptPerVersion<Map<String, ProximityView>> results;

    ProximityService(TerritoryQueries territories, PractitionerQueries practitioners, DataVersions versions) {
        this.communes = new KeptPerVersion<>(versions, DataKind.TERRITORIES);
        this.results = new KeptPerVersion<>(versions, DataKind.TERRITORIES, DataKind.PRACTITIONERS);
        this.territories = territories;
        this.practitioners = practitioners;
    }

    /** Result: per commune, the share of its area within {@code km} and whether its point is. */
    public record ProximityView(List<String> professions, boolean all, double km, double zoneAreaKm2,
                                fr.oasis.provenance.Provenance practitioners, List<Value> values) {
        public record Value(String code, String name, double share, boolean pointInside) {
        }
    }

    private record ProjectedCommunes(List<TerritoryRecord> records, Geometry[] contours, Point[] points) {
    }

    public ProximityView compute(List<Profession> professions, boolean all, double km) {
        if (professions.isEmpty() || !(km > 0) || km > MAX_KM) {
            throw new IllegalArgumentException("proximity: at least one profession and 0 < km <= " + MAX_KM);
        }
        PractitionerVintageView vintage = practitioners.latestVintage()
                .orElseThrow(() -> new NoSuchElementException("no practitioner data imported yet"));
        String key = vintage.id() + "/" + professions + "/" + all + "/" + km;
        // computeIfAbsent keeps concurrent first requests for the same zone from computing it twice.
        return results.get(ConcurrentHashMap::new).computeIfAbsent(key, k -> compute(vintage, professions, all, km));
    }

    private ProximityView compute(PractitionerVintageView vintage, List<Profession> professions, boolean all,
                                  double km) {
        ProjectedCommunes projected = projected();
        Map<String, Point> communePoints = new HashMap<>();
        for (int i = 0; i < projected.records().size(); i++) {
            communePoints.put(projected.records().get(i).code(), projected.points()[i]);
        }
        List<PractitionerRow> rows = practitioners.practitioners(vintage.id());
        GeometryFactory metric = new GeometryFactory(new PrecisionModel(), Lambert93.SRID);
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        for (Profession profession : professions) {
            List<Coordinate> sites = sites(rows, profession, communePoints);
            xs.add(sites.stream().mapToDouble(c -> c.x).toArray());
            ys.add(sites.stream().mapToDouble(c -> c.y).toArray());
        }
        ProximityZone.CommuneShare[] shares = new ProximityZone(metric, xs, ys, km * 1000)
                .shares(all, projected.contours(), projected.points());
        double zoneArea = java.util.Arrays.stream(shares).mapToDouble(ProximityZone.CommuneShare::areaInside).sum();
        List<ProximityView.Value> values = new ArrayList<>(shares.length);
        for (int i = 0; i < shares.length; i++) {
            TerritoryRecord c = projected.records().get(i);
            values.add(new ProximityView.Value(c.code(), c.name(), shares[i].share(), shares[i].pointInside()));
        }
        return new ProximityView(professions.stream().map(Profession::key).toList(), all, km, zoneArea / 1e6,
                vintage.provenance(), values);
    }

    /**
     * Where the profession's practitioners practise, in Lambert-93: their own address when known
     * (WGS84, projected in bulk with one transform), else their commune's reference point
     * (already projected); a practitioner whose commune has no point is left out.
     */
    private static List<Coordinate> sites(List<PractitionerRow> rows, Profession profession,
                                          Map<String, Point> communePoints) {
        List<Coordinate> sites = new ArrayList<>();
        List<Coordinate> addresses = new ArrayList<>();
        for (PractitionerRow p : rows) {
            if (!p.profession().equals(profession.key())) {
                continue;
            }
            if (p.lon() != null) {
                addresses.add(new Coordinate(p.lon(), p.lat()));
            } else if (communePoints.get(p.communeCode()) != null) {
                sites.add(communePoints.get(p.communeCode()).getCoordinate());
            }
        }
        if (!addresses.isEmpty()) {
            sites.addAll(List.of(Lambert93.fromWgs84(WGS84.createMultiPointFromCoords(
                    addresses.toArray(Coordinate[]::new))).getCoordinates()));
        }
        return sites;
    }

    private ProjectedCommunes projected() {
        return communes.get(() -> {
            List<TerritoryRecord> records = territories.all(TerritoryLevel.COMMUNE).stream()
                    .filter(r -> r.geometry() != null).toList();
            Geometry[] contours = records.parallelStream().map(r -> Lambert93.fromWgs84(r.geometry()))
                    .toArray(Geometry[]::new);
            Point[] points = records.stream().map(r -> r.referencePoint() == null ? null
                    : (Point) Lambert93.fromWgs84(r.referencePoint())).toArray(Point[]::new);
            return new ProjectedCommunes(records, contours, points);
        });
    }
}
