package fr.oasis.territory;

import fr.oasis.provenance.Dataset;
import fr.oasis.provenance.DatasetRepository;
import fr.oasis.territory.geo.CoverageDissolver;
import fr.oasis.territory.geo.CoverageGeneralizer;
import fr.oasis.territory.geo.Projections;
import fr.oasis.territory.geo.ZoomClass;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.stereotype.Component;

/**
 * Writes the territories of one grouping level from its groups: the contour dissolved from the
 * member communes' full contours ({@link CoverageDissolver}: coverage union, so neighbours share
 * edges and nothing gaps), the population and area summed over the members, the département and
 * région holding most of its inhabitants ({@link MainParent}), and the map shapes of each zoom
 * class ({@link CoverageGeneralizer}: a partitioning type is simplified all at once like the EPCI,
 * an overlapping one group by group, since its groups do not form a coverage). Provenance is one
 * dataset per type ({@code grouping-<type>}). The member communes are read untracked; groups are
 * dissolved, and zoom classes generalised, in parallel on the common fork-join pool (the geometries
 * are only read there); the phases' wall and CPU times are logged. Runs in the caller's
 * transaction, entity manager use staying on the caller's thread. Not thread-safe beyond that.
 */
@Component
class GroupingTerritories {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GroupingTerritories.class);
    static final List<ZoomClass> MAP_ZOOM_CLASSES = List.of(ZoomClass.REGION, ZoomClass.DEPARTEMENT, ZoomClass.EPCI);
    private final EntityManager entityManager;
    private final DatasetRepository datasets;

    GroupingTerritories(EntityManager entityManager, DatasetRepository datasets) {
        this.entityManager = entityManager;
        this.datasets = datasets;
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
        records.forEach(r -> entityManager.persist(new Territory(r, dataset)));
        for (ZoomClass zoom : MAP_ZOOM_CLASSES) {
            shapes.get(zoom).forEach((code, geom) -> entityManager.persist(new TerritoryShape(type, code, zoom.ordinal(), geom)));
        }
        entityManager.flush();
        entityManager.clear();
        clock.lap("write");
        LOG.info("{} territories derived from {} groups: {}", type.key(), groups.size(), clock);
    }

    /**
     * The member communes as records, read without tracking (no snapshot, no dirty check of their
     * full contours at the next flush) and detached at once.
     */
    private Map<String, TerritoryRecord> communes(List<GroupingRecord> groups) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        groups.forEach(g -> wanted.addAll(g.communes()));
        var query = wanted.size() > 500
                ? entityManager.createQuery("select t from Territory t where t.level = :level", Territory.class)
                        .setParameter("level", TerritoryLevel.COMMUNE)
                : entityManager.createQuery("select t from Territory t where t.level = :level and t.code in :codes",
                        Territory.class).setParameter("level", TerritoryLevel.COMMUNE).setParameter("codes", wanted);
        Map<String, TerritoryRecord> byCode = new HashMap<>();
        query.setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList().stream()
                .map(Territory::toRecord).filter(r -> wanted.contains(r.code())).forEach(r -> byCode.put(r.code(), r));
        entityManager.clear();
        return byCode;
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
