package fr.oasis.territory;

import fr.oasis.provenance.DatasetRepository;
import fr.oasis.provenance.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the territory module. */
@Service
@Transactional(readOnly = true)
public class TerritoryQueries {
    private final TerritoryRepository territories;
    private final CensusPopulationRepository populations;
    private final DatasetRepository datasets;
    private final TerritoryShapeRepository shapes;
    private final CommuneAliasRepository aliases;
    private final GroupingQueries groupings;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    TerritoryQueries(TerritoryRepository territories, CensusPopulationRepository populations,
                     DatasetRepository datasets, TerritoryShapeRepository shapes, CommuneAliasRepository aliases,
                     GroupingQueries groupings, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.groupings = groupings;
        this.jdbc = jdbc;
        this.aliases = aliases;
        this.territories = territories;
        this.shapes = shapes;
        this.populations = populations;
        this.datasets = datasets;
    }

    /**
     * Number of territories per level, finest first: every administrative level (0 when empty),
     * then every grouping level that holds at least one territory.
     */
    public Map<String, Long> summary() {
        Map<TerritoryLevel, Long> byLevel = new java.util.EnumMap<>(TerritoryLevel.class);
        for (Object[] row : territories.countByLevel()) {
            byLevel.put((TerritoryLevel) row[0], (Long) row[1]);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TerritoryLevel level : TerritoryLevel.values()) {
            long n = byLevel.getOrDefault(level, 0L);
            if (!level.grouping() || n > 0) {
                counts.put(level.key(), n);
            }
        }
        return counts;
    }

    /** Territories of a level whose folded name contains, or whose code starts with, {@code query}. */
    public List<TerritoryView.Item> search(TerritoryLevel level, String query, int limit) {
        String folded = SearchText.fold(query);
        String codePrefix = query == null ? "" : query.trim().toUpperCase(java.util.Locale.ROOT);
        return territories.search(level, folded, codePrefix, PageRequest.of(0, Math.max(1, Math.min(limit, 10_000)))).stream()
                .map(TerritoryQueries::item).toList();
    }

    public Optional<TerritoryView.Detail> find(TerritoryLevel level, String code) {
        return territories.findByLevelAndCode(level, code).map(this::detail);
    }

    /** Provenance of the stored territories, empty before the first import. */
    public Optional<Provenance> provenance() {
        return datasets.findByKind(TerritoryStore.TERRITORY_KIND).map(d -> d.provenance());
    }

    /**
     * Resolves a commune code of any vintage to the current commune: itself when current, its
     * successor when it was merged or is associated/delegated, otherwise empty.
     */
    public java.util.function.Function<String, Optional<String>> communeResolver() {
        Set<String> current = new HashSet<>();
        territories.labelsOfLevel(TerritoryLevel.COMMUNE).forEach(row -> current.add((String) row[0]));
        Map<String, String> former = new java.util.HashMap<>();
        aliases.findAll().forEach(a -> former.put(a.code(), a.currentCode()));
        return code -> current.contains(code) ? Optional.of(code) : Optional.ofNullable(former.get(code));
    }

    /** Code, name, population and area of every territory of a level, by code. */
    public List<TerritoryView.Figures> figures(TerritoryLevel level) {
        return territories.figuresOfLevel(level).stream().map(r -> new TerritoryView.Figures((String) r[0],
                (String) r[1], (Integer) r[2], (Double) r[3])).toList();
    }

    /**
     * Which of {@code codes} are stored territories of the level, 500 codes a query: each code is
     * one look-up of the (level, code) key, where {@code code IN (...)} makes H2 read every row of
     * the level, contours included (a CPTS of 40 communes checked in a millisecond, not 200 ms).
     */
    public Set<String> storedCodes(TerritoryLevel level, java.util.Collection<String> codes) {
        List<String> asked = codes.stream().distinct().toList();
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < asked.size(); from += 500) {
            List<String> chunk = asked.subList(from, Math.min(asked.size(), from + 500));
            List<Object> args = new ArrayList<>(chunk);
            args.add(level.key());
            stored.addAll(jdbc.queryForList("SELECT t.code FROM (VALUES " + String.join(", ",
                    java.util.Collections.nCopies(chunk.size(), "(?)")) + ") AS asked(code) JOIN territory t"
                    + " ON t.code = asked.code AND t.level = ?", String.class, args.toArray()));
        }
        return stored;
    }

    /** Names of the territories of a level, by code. */
    public Map<String, String> names(TerritoryLevel level) {
        Map<String, String> names = new java.util.HashMap<>();
        territories.labelsOfLevel(level).forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** Every commune with a reference point, by code, with its groupings; population 0 when unknown. */
    public List<TerritoryView.CommunePoint> communePoints() {
        return communePoints(true);
    }

    /** As {@link #communePoints()}, without reading the groupings when {@code withGroups} is false. */
    List<TerritoryView.CommunePoint> communePoints(boolean withGroups) {
        Map<String, Map<TerritoryLevel, List<String>>> groups = withGroups ? groupings.groupsByCommune() : Map.of();
        List<TerritoryView.CommunePoint> points = new ArrayList<>();
        for (Object[] row : territories.communePoints()) {
            org.locationtech.jts.geom.Point p = (org.locationtech.jts.geom.Point) row[2];
            if (p != null) {
                points.add(new TerritoryView.CommunePoint((String) row[0], (String) row[1], p.getX(), p.getY(),
                        row[3] == null ? 0 : (Integer) row[3], (String) row[4], (String) row[5], (String) row[6],
                        groups.get((String) row[0])));
            }
        }
        return points;
    }

    /** Census population by age band per commune for the latest census year; empty without census. */
    public Map<String, double[]> populationByAge() {
        return censusBands().bands();
    }

    /** The latest census year (0 without census) and its population by age band per commune. */
    public record CensusBands(int year, Map<String, double[]> bands) {
    }

    /** Census population by age band per commune for the latest census year, with that year. */
    public CensusBands censusBands() {
        List<CensusPopulation> rows = populations.findAllRows();
        int year = rows.stream().mapToInt(CensusPopulation::censusYear).max().orElse(0);
        Map<String, double[]> byCommune = new java.util.HashMap<>();
        rows.stream().filter(r -> r.censusYear() == year).forEach(r -> byCommune.put(r.communeCode(), r.bands()));
        return new CensusBands(year, byCommune);
    }

    /** Provenance of the census population, empty when none was imported. */
    public Optional<Provenance> censusProvenance() {
        return datasets.findByKind(TerritoryStore.CENSUS_KIND).map(d -> d.provenance());
    }

    /** All records of a level, full detail: what the accessibility and map modules compute from. */
    public List<TerritoryRecord> all(TerritoryLevel level) {
        return territories.findAllOfLevel(level).stream().map(Territory::toRecord).toList();
    }

    /**
     * Contours of a level for a map: the stored simplified shapes of {@code zoomClass}, or the full
     * geometries when {@code zoomClass} is negative.
     */
    public List<TerritoryView.MapShape> mapShapes(TerritoryLevel level, int zoomClass) {
        Map<String, Object[]> labels = new java.util.HashMap<>();
        for (Object[] row : territories.labelsOfLevel(level)) {
            labels.put((String) row[0], row);
        }
        List<TerritoryView.MapShape> result = new ArrayList<>();
        if (zoomClass < 0) {
            for (Territory t : territories.findAllOfLevel(level)) {
                TerritoryRecord r = t.toRecord();
                if (r.geometry() != null) {
                    result.add(new TerritoryView.MapShape(r.code(), r.name(), r.population(), r.geometry()));
                }
            }
            return result;
        }
        for (TerritoryShape s : shapes.findLevel(level.key(), (short) zoomClass)) {
            Object[] label = labels.get(s.code());
            if (label != null) {
                result.add(new TerritoryView.MapShape(s.code(), (String) label[1], (Integer) label[2], s.geometry()));
            }
        }
        return result;
    }

    private TerritoryView.Detail detail(Territory entity) {
        TerritoryRecord t = entity.toRecord();
        List<Territory> communes = t.level() == TerritoryLevel.COMMUNE ? List.of(entity)
                : t.level().grouping() ? membersOf(t.level(), t.code())
                : territories.communesOf(t.level().key(), t.code());
        double[] point = t.referencePoint() == null ? null
                : new double[] {t.referencePoint().getX(), t.referencePoint().getY()};
        return new TerritoryView.Detail(t.level().key(), t.code(), t.name(), t.population(), t.areaKm2(), point,
                t.referencePointSource(), parents(t), children(t, communes), ageStructure(communes),
                entity.dataset().provenance());
    }

    private List<TerritoryView.Item> parents(TerritoryRecord t) {
        List<TerritoryView.Item> parents = new ArrayList<>();
        addParent(parents, TerritoryLevel.EPCI, t.level() == TerritoryLevel.COMMUNE ? t.epciCode() : null);
        List<String> departements = switch (t.level()) {
            case COMMUNE -> t.departementCode() == null ? List.of() : List.of(t.departementCode());
            case EPCI -> territories.departementsOfEpci(t.code());
            case DEPARTEMENT, REGION -> List.of();
            default -> membersOf(t.level(), t.code()).stream().map(c -> c.toRecord().departementCode())
                    .filter(java.util.Objects::nonNull).distinct().toList();
        };
        departements.stream().sorted().forEach(d -> addParent(parents, TerritoryLevel.DEPARTEMENT, d));
        addParent(parents, TerritoryLevel.REGION, t.level() == TerritoryLevel.REGION ? null : t.regionCode());
        return parents;
    }

    private void addParent(List<TerritoryView.Item> parents, TerritoryLevel level, String code) {
        if (code != null) {
            territories.findByLevelAndCode(level, code).map(TerritoryQueries::item).ifPresent(parents::add);
        }
    }

    private List<TerritoryView.Item> children(TerritoryRecord t, List<Territory> communes) {
        return switch (t.level()) {
            case COMMUNE -> List.of();
            case EPCI -> communes.stream().map(TerritoryQueries::item).toList();
            case DEPARTEMENT, REGION -> territories.epcisOf(t.level().key(), t.code()).stream()
                    .map(TerritoryQueries::item).toList();
            default -> communes.stream().map(TerritoryQueries::item).toList();
        };
    }

    /** The stored member communes of a grouping, by name. */
    private List<Territory> membersOf(TerritoryLevel level, String code) {
        List<String> codes = groupings.find(level, code).map(GroupingRecord::communes).orElse(List.of());
        return codes.isEmpty() ? List.of() : territories.findCommunes(codes).stream()
                .sorted(Comparator.comparing(c -> c.toRecord().name())).toList();
    }

    private TerritoryView.AgeStructure ageStructure(List<Territory> communes) {
        List<String> codes = communes.stream().map(c -> c.toRecord().code()).toList();
        // Large territories read the whole table once rather than binding thousands of parameters.
        Set<String> wanted = new HashSet<>(codes);
        List<CensusPopulation> rows = codes.size() > 1_000 ? populations.findAllRows().stream()
                .filter(p -> wanted.contains(p.communeCode())).toList() : populations.findByCommunes(codes);
        if (rows.isEmpty()) {
            return null;
        }
        int year = rows.stream().map(CensusPopulation::censusYear).max(Comparator.naturalOrder()).orElseThrow();
        double[] sum = new double[AgeBands.COUNT];
        int covered = 0;
        for (CensusPopulation row : rows) {
            if (row.censusYear() == year) {
                covered++;
                double[] bands = row.bands();
                for (int b = 0; b < sum.length; b++) {
                    sum[b] += bands[b];
                }
            }
        }
        return new TerritoryView.AgeStructure(year, AgeBands.LABELS, sum, covered,
                codes.size(), rows.get(0).dataset().provenance());
    }

    private static TerritoryView.Item item(Territory t) {
        TerritoryRecord r = t.toRecord();
        return new TerritoryView.Item(r.level().key(), r.code(), r.name(), r.population());
    }
}
