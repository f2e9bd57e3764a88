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
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.stereotype.Component;

/**
 * Writes the territories of one grouping level from its groups: the contour dissolved from the
 * member communes' full contours ({@link CoverageDissolver}: coverage union, so neighbours share
 * edges and nothing gaps), the population and area summed over the members, the département and
 * région holding most of its inhabitants ({@link MainParent}), and the map shapes of each zoom
 * class ({@link CoverageGeneralizer}: a partitioning type is simplified all at once like the EPCI,
 * an overlapping one group by group, since its groups do not form a coverage). Provenance is one
 * dataset per type ({@code grouping-<type>}). Runs in the caller's transaction. Not thread-safe
 * beyond that of the entity manager it is given.
 */
@Component
class GroupingTerritories {
    static final List<ZoomClass> MAP_ZOOM_CLASSES = List.of(ZoomClass.REGION, ZoomClass.DEPARTEMENT, ZoomClass.EPCI);
    private final EntityManager entityManager;
    private final TerritoryRepository territories;
    private final DatasetRepository datasets;

    GroupingTerritories(EntityManager entityManager, TerritoryRepository territories, DatasetRepository datasets) {
        this.entityManager = entityManager;
        this.territories = territories;
        this.datasets = datasets;
    }

    void replace(TerritoryLevel type, List<GroupingRecord> groups) {
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
        List<String> sources = groups.stream().map(GroupingRecord::source).distinct().toList();
        Dataset dataset = datasets.save(new Dataset(kind, sources.size() == 1 ? sources.get(0)
                : String.join(" ; ", sources.subList(0, Math.min(3, sources.size()))),
                groups.stream().mapToInt(GroupingRecord::vintage).max().orElse(0), false, null));
        Map<String, TerritoryRecord> communes = communes(groups);
        Map<String, List<String>> members = new LinkedHashMap<>();
        groups.forEach(g -> members.put(g.code(), g.communes()));
        Map<String, MultiPolygon> geoms = new HashMap<>();
        communes.forEach((code, r) -> {
            if (r.geometry() != null) {
                geoms.put(code, r.geometry());
            }
        });
        Map<String, MultiPolygon> dissolved = type.partitions()
                ? CoverageDissolver.dissolve(geoms, members).geometries()
                : dissolveEach(geoms, members);
        for (GroupingRecord g : groups) {
            entityManager.persist(new Territory(record(g, communes, dissolved.get(g.code())), dataset));
        }
        for (ZoomClass zoom : MAP_ZOOM_CLASSES) {
            Map<String, MultiPolygon> simplified = new HashMap<>();
            if (type.partitions()) {
                simplified.putAll(CoverageGeneralizer.generalize(dissolved, zoom).geometries());
            } else {
                dissolved.forEach((code, geom) -> simplified.putAll(
                        CoverageGeneralizer.generalize(Map.of(code, geom), zoom).geometries()));
            }
            simplified.forEach((code, geom) -> entityManager.persist(new TerritoryShape(type, code, zoom.ordinal(), geom)));
        }
        entityManager.flush();
        entityManager.clear();
    }

    private static Map<String, MultiPolygon> dissolveEach(Map<String, MultiPolygon> geoms, Map<String, List<String>> members) {
        Map<String, MultiPolygon> result = new HashMap<>();
        members.forEach((code, list) -> result.putAll(CoverageDissolver.dissolve(geoms, Map.of(code, list)).geometries()));
        return result;
    }

    private Map<String, TerritoryRecord> communes(List<GroupingRecord> groups) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        groups.forEach(g -> wanted.addAll(g.communes()));
        Map<String, TerritoryRecord> byCode = new HashMap<>();
        if (wanted.size() > 500) {
            territories.findAllOfLevel(TerritoryLevel.COMMUNE).stream().map(Territory::toRecord)
                    .filter(r -> wanted.contains(r.code())).forEach(r -> byCode.put(r.code(), r));
        } else {
            territories.findCommunes(wanted).stream().map(Territory::toRecord).forEach(r -> byCode.put(r.code(), r));
        }
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
