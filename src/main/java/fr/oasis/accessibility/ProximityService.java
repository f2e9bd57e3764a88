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
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.time.Duration;
import fr.oasis.limits.BoundedCache;
import fr.oasis.limits.Deadline;
import fr.oasis.limits.TimeLimitExceeded;
import org.springframework.beans.factory.annotation.Value;
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
 * <p>
 * Bounded cost (a VIEWER cannot keep the cores busy): at most {@value #MAX_PROFESSIONS}
 * professions and {@value #MAX_KM} km (PASST's zones are 1 to 3 km; the area union grows with the
 * square of the radius), the last {@value #RESULTS_KEPT} zones kept, and every area computation
 * stopped at {@code oasis.limits.compute-seconds} (default 10 s) with {@link TimeLimitExceeded}.
 * Whether a reference point is near ({@link #communesNear}, what the filter needs) takes no
 * polygon work. Thread-safe.
 */
@Service
public class ProximityService {
    public static final double MAX_KM = 5;
    public static final int MAX_PROFESSIONS = 4;
    static final int RESULTS_KEPT = 16;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), Lambert93.WGS84_SRID);
    private final TerritoryQueries territories;
    private final PractitionerQueries practitioners;
    private final KeptPerVersion<ProjectedCommunes> communes;
    private final KeptPerVersion<BoundedCache<String, ProximityView>> results;
    private final KeptPerVersion<BoundedCache<String, Set<String>>> near;
    private final Duration timeLimit;

    ProximityService(TerritoryQueries territories, PractitionerQueries practitioners, DataVersions versions,
                     @Value("${oasis.limits.compute-seconds:10}") double computeSeconds) {
        this.communes = new KeptPerVersion<>(versions, DataKind.TERRITORIES);
        this.results = new KeptPerVersion<>(versions, DataKind.TERRITORIES, DataKind.PRACTITIONERS);
        this.near = new KeptPerVersion<>(versions, DataKind.TERRITORIES, DataKind.PRACTITIONERS);
        this.territories = territories;
        this.practitioners = practitioners;
        this.timeLimit = Duration.ofMillis(Math.round(computeSeconds * 1000));
    }

    /** Result: per commune, the share of its area within {@code km} and whether its point is. */
    public record ProximityView(List<String> professions, boolean all, double km, double zoneAreaKm2,
                                fr.oasis.provenance.Provenance practitioners, List<Value> values) {
        public record Value(String code, String name, double share, boolean pointInside) {
        }
    }

    private record ProjectedCommunes(List<TerritoryRecord> records, Geometry[] contours, Point[] points) {
    }

    /**
     * Checks the bounds of a proximity request.
     *
     * @throws IllegalArgumentException (French message) outside 1..{@value #MAX_PROFESSIONS}
     *                                  professions or 0 < km <= {@value #MAX_KM}
     */
    public static void checkBounds(List<Profession> professions, double km) {
        if (professions.isEmpty() || professions.size() > MAX_PROFESSIONS) {
            throw new IllegalArgumentException("proximité : choisissez de 1 à " + MAX_PROFESSIONS
                    + " professions (demandé : " + professions.size() + ")");
        }
        if (!(km > 0) || km > MAX_KM) {
            throw new IllegalArgumentException("proximité : la distance doit être comprise entre 0 et "
                    + (int) MAX_KM + " km (demandé : " + km + ")");
        }
    }

    /** Per commune, the share of its area within {@code km} of the professions and whether its point is. */
    public ProximityView compute(List<Profession> professions, boolean all, double km) {
        checkBounds(professions, km);
        PractitionerVintageView vintage = latestVintage();
        Deadline deadline = Deadline.in(timeLimit, "zones de proximité");
        String key = vintage.id() + "/" + professions + "/" + all + "/" + km;
        // Concurrent first requests for the same zone compute it once.
        return results.get(() -> new BoundedCache<>(RESULTS_KEPT)).get(key, k -> compute(vintage, professions, all, km, deadline));
    }

    /**
     * The codes of the communes whose reference point lies within {@code km} of a practitioner of
     * every ({@code all}) or any of the professions: the exact distance to practice sites, no
     * area computed (milliseconds for a région).
     */
    public Set<String> communesNear(List<Profession> professions, boolean all, double km) {
        checkBounds(professions, km);
        PractitionerVintageView vintage = latestVintage();
        return near.get(() -> new BoundedCache<>(RESULTS_KEPT * 4)).get(vintage.id() + "/" + professions + "/" + all + "/" + km, k -> {
            ProjectedCommunes projected = projected();
            boolean[] inside = zone(vintage, professions, km, projected).pointsInside(all, projected.points());
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < inside.length; i++) {
                if (inside[i]) {
                    codes.add(projected.records().get(i).code());
                }
            }
            return Set.copyOf(codes);
        });
    }

    private PractitionerVintageView latestVintage() {
        return practitioners.latestVintage()
                .orElseThrow(() -> new NoSuchElementException("no practitioner data imported yet"));
    }

    private ProximityView compute(PractitionerVintageView vintage, List<Profession> professions, boolean all,
                                  double km, Deadline deadline) {
        ProjectedCommunes projected = projected();
        deadline.check();
        ProximityZone.CommuneShare[] shares;
        try {
            shares = zone(vintage, professions, km, projected)
                    .shares(all, projected.contours(), projected.points(), deadline.asStopSignal());
        } catch (CancellationException e) {
            throw deadline.exceeded();
        }
        double zoneArea = java.util.Arrays.stream(shares).mapToDouble(ProximityZone.CommuneShare::areaInside).sum();
        List<ProximityView.Value> values = new ArrayList<>(shares.length);
        for (int i = 0; i < shares.length; i++) {
            TerritoryRecord c = projected.records().get(i);
            values.add(new ProximityView.Value(c.code(), c.name(), shares[i].share(), shares[i].pointInside()));
        }
        return new ProximityView(professions.stream().map(Profession::key).toList(), all, km, zoneArea / 1e6,
                vintage.provenance(), values);
    }

    /** The discs of the professions' practice sites. */
    private ProximityZone zone(PractitionerVintageView vintage, List<Profession> professions, double km,
                               ProjectedCommunes projected) {
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
        return new ProximityZone(metric, xs, ys, km * 1000);
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
