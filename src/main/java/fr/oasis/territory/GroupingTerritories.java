package fr.oasis.territory;

import fr.oasis.provenance.Dataset;
import fr.oasis.provenance.DatasetRepository;
import fr.oasis.territory.geo.CoverageDissolver;
import fr.oasis.territory.geo.CoverageGeneralizer;
import fr.oasis.territory.geo.Projections;
import fr.oasis.territory.geo.ZoomClass;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the territories of one grouping level from its groups: the contour dissolved from the
 * member communes' full contours ({@link CoverageDissolver}: coverage union, so neighbours share
 * edges and nothing gaps), the population and area summed over the members, the département and
 * région holding most of its inhabitants ({@link MainParent}), and the map shapes of each zoom
 * class ({@link CoverageGeneralizer}: a partitioning type is simplified all at once like the EPCI,
 * an overlapping one group by group, since its groups do not form a coverage). Provenance is one
 * dataset per type ({@code grouping-<type>}). The member communes are read, and the territories and
 * shapes written, over plain JDBC with contours as EWKB ({@link GeometryJdbc}: the import of the
 * 232 TVS of Grand Est spent most of its time converting 5,115 commune contours through Hibernate
 * Spatial); groups are dissolved, and zoom classes generalised, in parallel on the common
 * fork-join pool (the geometries are only read there); the phases' wall and CPU times are logged.
 * Runs in the caller's transaction, database use staying on the caller's thread. Not thread-safe
 * beyond that.
 */
@Component
class GroupingTerritories {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GroupingTerritories.class);
    static final List<ZoomClass> MAP_ZOOM_CLASSES = List.of(ZoomClass.REGION, ZoomClass.DEPARTEMENT, ZoomClass.EPCI);
    /** Enough rows per fetch for every commune of a région in one round trip (H2 server mode fetches 100). */
    private static final int FETCH_SIZE = 10_000;
    private static final String INSERT_TERRITORY = "INSERT INTO territory (id, level, code, name, search_name,"
            + " departement_code, region_code, population, area_km2, geom, dataset_id)"
            + " VALUES (NEXTVAL('territory_seq'), ?, ?, ?, ?, ?, ?, ?, ?, %s, ?)";
    private static final String INSERT_SHAPE = "INSERT INTO territory_shape (level, code, zoom_class, geom)"
            + " VALUES (?, ?, ?, %s)";
    private final EntityManager entityManager;
    private final DatasetRepository datasets;
    private final JdbcTemplate jdbc;
    private final GeometryJdbc geometries;

    GroupingTerritories(EntityManager entityManager, DatasetRepository datasets, JdbcTemplate jdbc,
                        GeometryJdbc geometries) {
        this.entityManager = entityManager;
        this.datasets = datasets;
        this.jdbc = jdbc;
        this.geometries = geometries;
    }

    void replace(TerritoryLevel type, List<GroupingRecord> groups) {
        PhaseClock clock = new PhaseClock();
        entityManager.createQuery("delete from TerritoryShape s where s.level = :level")
                .setParameter("level", type.key()).executeUpdate();
        entityManager.createQuery("delete from Territory t where t.level = :level")
                .setParameter("level", type).executeUpdate();
        String kind = "grouping-" + type.key();
        datasets.findByKind(kind).ifPresent(datasets::delete);
        entityManager.flush();
        if (groups.isEmpty()) {
            return;
        }
        Map<String, TerritoryRecord> communes = communes(groups);
        Map<String, MultiPolygon> geoms = new HashMap<>();
        communes.forEach((code, r) -> {
            if (r.geometry() != null) {
                geoms.put(code, r.geometry());
            }
        });
        clock.lap("load " + communes.size() + " communes");
        // Each group is dissolved alone (a coverage union of its members), so groups run in parallel;
        // the member geometries are only read.
        Map<String, MultiPolygon> unordered = new ConcurrentHashMap<>();
        groups.parallelStream().forEach(g -> clock.workerCpu(() -> {
            unordered.putAll(CoverageDissolver.dissolve(geoms, Map.of(g.code(), g.communes())).geometries());
            return null;
        }));
        Map<String, MultiPolygon> dissolved = new LinkedHashMap<>();
        groups.stream().filter(g -> unordered.containsKey(g.code())).forEach(g -> dissolved.put(g.code(),
                unordered.get(g.code())));
        clock.lap("dissolve");
        List<TerritoryRecord> records = groups.parallelStream()
                .map(g -> clock.workerCpu(() -> record(g, communes, dissolved.get(g.code())))).toList();
        clock.lap("figures");
        // A partitioning type is simplified as one coverage per zoom class (zoom classes in
        // parallel), an overlapping one group by group.
        Map<ZoomClass, Map<String, MultiPolygon>> shapes = new ConcurrentHashMap<>();
        if (type.partitions()) {
            MAP_ZOOM_CLASSES.parallelStream().forEach(zoom -> clock.workerCpu(() -> shapes.put(zoom,
                    CoverageGeneralizer.generalize(dissolved, zoom).geometries())));
        } else {
            MAP_ZOOM_CLASSES.forEach(zoom -> shapes.put(zoom, new ConcurrentHashMap<>()));
            dissolved.entrySet().parallelStream().forEach(e -> clock.workerCpu(() -> {
                MAP_ZOOM_CLASSES.forEach(zoom -> shapes.get(zoom).putAll(
                        CoverageGeneralizer.generalize(Map.of(e.getKey(), e.getValue()), zoom).geometries()));
                return null;
            }));
        }
        clock.lap("generalise");
        List<String> sources = groups.stream().map(GroupingRecord::source).distinct().toList();
        Dataset dataset = datasets.save(new Dataset(kind, sources.size() == 1 ? sources.get(0)
                : String.join(" ; ", sources.subList(0, Math.min(3, sources.size()))),
                groups.stream().mapToInt(GroupingRecord::vintage).max().orElse(0), false, null));
        entityManager.flush();
        write(type, records, dataset.getId(), shapes);
        entityManager.clear();
        clock.lap("write");
        LOG.info("{} territories derived from {} groups: {}", type.key(), groups.size(), clock);
    }

    /**
     * The member communes as records (code, name, parents, population, full contour), read over
     * plain JDBC with their contours as EWKB ({@link GeometryJdbc}): no entity, no geometry
     * conversion, one round trip. All communes when many are wanted, else only those.
     */
    private Map<String, TerritoryRecord> communes(List<GroupingRecord> groups) {
        Set<String> wanted = new HashSet<>();
        groups.forEach(g -> wanted.addAll(g.communes()));
        List<String> codes = wanted.size() > 500 ? List.of() : List.copyOf(wanted);
        String sql = "SELECT code, name, epci_code, departement_code, region_code, population, "
                + geometries.select("geom") + " FROM territory WHERE level = ?"
                + (codes.isEmpty() ? "" : " AND code IN (" + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")");
        Map<String, TerritoryRecord> byCode = new HashMap<>();
        jdbc.query(c -> {
            PreparedStatement s = c.prepareStatement(sql);
            s.setFetchSize(FETCH_SIZE);
            s.setString(1, TerritoryLevel.COMMUNE.key());
            for (int i = 0; i < codes.size(); i++) {
                s.setString(i + 2, codes.get(i));
            }
            return s;
        }, rs -> {
            String code = rs.getString(1);
            if (wanted.contains(code)) {
                byCode.put(code, new TerritoryRecord(TerritoryLevel.COMMUNE, code, rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, Integer.class), null,
                        GeometryJdbc.read(rs, 7), null, null));
            }
        });
        return byCode;
    }

    /** The group territories and their map shapes, in JDBC batches (contours as EWKB, see {@link GeometryJdbc}). */
    private void write(TerritoryLevel type, List<TerritoryRecord> records, long datasetId,
                       Map<ZoomClass, Map<String, MultiPolygon>> shapes) {
        jdbc.batchUpdate(INSERT_TERRITORY.formatted(geometries.parameter()), records, records.size(), (s, r) -> {
            s.setString(1, r.level().key());
            s.setString(2, r.code());
            s.setString(3, r.name());
            s.setString(4, SearchText.fold(r.name()));
            s.setString(5, r.departementCode());
            s.setString(6, r.regionCode());
            s.setObject(7, r.population(), Types.INTEGER);
            s.setObject(8, r.areaKm2(), Types.DOUBLE);
            if (r.geometry() == null) {
                s.setNull(9, Types.BINARY);
            } else {
                GeometryJdbc.bind(s, 9, r.geometry());
            }
            s.setLong(10, datasetId);
        });
        List<Object[]> rows = new ArrayList<>();
        for (ZoomClass zoom : MAP_ZOOM_CLASSES) {
            shapes.get(zoom).forEach((code, geom) -> rows.add(new Object[] {code, zoom, geom}));
        }
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT_SHAPE.formatted(geometries.parameter()), rows, rows.size(), (s, row) -> {
            s.setString(1, type.key());
            s.setString(2, (String) row[0]);
            s.setShort(3, (short) ((ZoomClass) row[1]).ordinal());
            GeometryJdbc.bind(s, 4, (MultiPolygon) row[2]);
        });
    }

    private static TerritoryRecord record(GroupingRecord g, Map<String, TerritoryRecord> communes, MultiPolygon geom) {
        List<TerritoryRecord> members = g.communes().stream().map(communes::get).filter(Objects::nonNull).toList();
        boolean populationKnown = members.stream().allMatch(r -> r.population() != null);
        int population = members.stream().mapToInt(r -> r.population() == null ? 0 : r.population()).sum();
        List<TerritoryView.CommunePoint> points = members.stream().map(r -> new TerritoryView.CommunePoint(r.code(),
                r.name(), 0, 0, r.population() == null ? 0 : r.population(), r.epciCode(), r.departementCode(),
                r.regionCode())).toList();
        Double area = geom == null ? null : Projections.areaKm2(geom);
        return new TerritoryRecord(g.type(), g.code(), g.name(), null, MainParent.of(points, TerritoryLevel.DEPARTEMENT),
                MainParent.of(points, TerritoryLevel.REGION), populationKnown ? population : null, area, geom, null, null);
    }
}
