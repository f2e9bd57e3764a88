package fr.oasis.importer;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.problem.ImportException;
import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CogDepartement;
import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.record.CogRegion;
import fr.oasis.territory.record.ReferencePoint;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * The validated COG hierarchy of one import: current communes, and the EPCI, départements and
 * régions that have at least one of them (a national départements file is thus cut to the
 * imported area). Codes that do not fit are errors (a commune in two EPCI, a commune whose
 * département is unknown) or are listed in the report (EPCI members outside the imported area).
 */
record CogHierarchy(Map<String, CogCommune> communes, Map<String, CogEpci> epcis,
                    Map<String, CogDepartement> departements, Map<String, CogRegion> regions,
                    Map<String, String> epciOfCommune) {

    static CogHierarchy validate(TerritoryInputs inputs, ImportReport report) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, CogCommune> communes = new LinkedHashMap<>();
        for (CogCommune c : inputs.communes()) {
            if (c.type() == CogCommune.Type.CURRENT && communes.putIfAbsent(c.code(), c) != null) {
                problems.add(ImportProblem.at(c.origin(), "code", "duplicate commune code " + c.code()
                        + " (also at " + communes.get(c.code()).origin() + ")"));
            }
        }
        if (communes.isEmpty()) {
            throw ImportException.of("COG", "", "", "no current commune in the COG sources");
        }
        Map<String, CogDepartement> allDeps = inputs.departements().stream()
                .collect(Collectors.toMap(CogDepartement::code, d -> d, (a, b) -> a));
        Map<String, CogRegion> allRegions = inputs.regions().stream()
                .collect(Collectors.toMap(CogRegion::code, r -> r, (a, b) -> a));
        Map<String, CogDepartement> departements = new TreeMap<>();
        Map<String, CogRegion> regions = new TreeMap<>();
        for (CogCommune c : communes.values()) {
            CogDepartement d = allDeps.get(c.departementCode());
            CogRegion r = allRegions.get(c.regionCode());
            if (d == null) {
                problems.add(ImportProblem.at(c.origin(), "departement", "département '" + c.departementCode()
                        + "' of commune " + c.code() + " is not in the départements source"));
            } else {
                departements.put(d.code(), d);
            }
            if (r == null) {
                problems.add(ImportProblem.at(c.origin(), "region", "région '" + c.regionCode()
                        + "' of commune " + c.code() + " is not in the régions source"));
            } else {
                regions.put(r.code(), r);
            }
            if (problems.size() >= 50) {
                break;
            }
        }
        Map<String, String> epciOf = new HashMap<>();
        Map<String, CogEpci> epcis = new TreeMap<>();
        List<String> outside = new ArrayList<>();
        for (CogEpci e : inputs.epcis()) {
            for (String member : e.memberCodes()) {
                if (!communes.containsKey(member)) {
                    outside.add(member + " (" + e.code() + ")");
                    continue;
                }
                String previous = epciOf.putIfAbsent(member, e.code());
                if (previous != null && !previous.equals(e.code())) {
                    problems.add(ImportProblem.at(e.origin(), "membres", "commune " + member + " belongs to EPCI "
                            + previous + " and " + e.code()));
                }
                epcis.put(e.code(), e);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        report.unmatched("EPCI members outside the imported communes", outside);
        report.unmatched("communes in no EPCI", communes.keySet().stream()
                .filter(c -> !epciOf.containsKey(c)).sorted().toList());
        return new CogHierarchy(communes, epcis, departements, regions, epciOf);
    }

    Map<String, List<String>> epciMembers() {
        return group(c -> epciOfCommune.get(c.code()));
    }

    Map<String, List<String>> departementMembers() {
        return group(CogCommune::departementCode);
    }

    Map<String, List<String>> regionMembers() {
        return group(CogCommune::regionCode);
    }

    private Map<String, List<String>> group(java.util.function.Function<CogCommune, String> key) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (CogCommune c : communes.values()) {
            String k = key.apply(c);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(c.code());
            }
        }
        return groups;
    }

    /** Builds the stored records; parents' populations are sums over their imported communes. */
    List<TerritoryRecord> records(Map<TerritoryLevel, Map<String, MultiPolygon>> geoms,
                                  Map<TerritoryLevel, Map<String, Double>> areas,
                                  Map<String, ReferencePoint> points, Set<String> interiorPoints) {
        List<TerritoryRecord> records = new ArrayList<>();
        Map<String, MultiPolygon> communeGeoms = geoms.get(TerritoryLevel.COMMUNE);
        for (CogCommune c : communes.values()) {
            ReferencePoint p = points.get(c.code());
            records.add(new TerritoryRecord(TerritoryLevel.COMMUNE, c.code(), c.name(), epciOfCommune.get(c.code()),
                    c.departementCode(), c.regionCode(), c.population(), areas.get(TerritoryLevel.COMMUNE).get(c.code()),
                    communeGeoms.get(c.code()), p == null ? null : TerritoryAssembler.point(p),
                    p == null ? null : interiorPoints.contains(c.code()) ? "interior-point" : "chef-lieu"));
        }
        Map<String, List<String>> epciMembers = epciMembers();
        for (CogEpci e : epcis.values()) {
            List<String> members = epciMembers.getOrDefault(e.code(), List.of());
            String mainDep = mainDepartement(members);
            records.add(parent(TerritoryLevel.EPCI, e.code(), e.name(), mainDep,
                    departements.get(mainDep).regionCode(), members, geoms, areas));
        }
        Map<String, List<String>> depMembers = departementMembers();
        departements.values().forEach(d -> records.add(parent(TerritoryLevel.DEPARTEMENT, d.code(), d.name(), null,
                d.regionCode(), depMembers.getOrDefault(d.code(), List.of()), geoms, areas)));
        Map<String, List<String>> regionMembers = regionMembers();
        regions.values().forEach(r -> records.add(parent(TerritoryLevel.REGION, r.code(), r.name(), null, null,
                regionMembers.getOrDefault(r.code(), List.of()), geoms, areas)));
        return records;
    }

    private TerritoryRecord parent(TerritoryLevel level, String code, String name, String dep, String region,
                                   List<String> members, Map<TerritoryLevel, Map<String, MultiPolygon>> geoms,
                                   Map<TerritoryLevel, Map<String, Double>> areas) {
        return new TerritoryRecord(level, code, name, null, dep, region, population(members),
                areas.get(level).get(code), geoms.get(level).get(code), null, null);
    }

    /** The département holding most of an EPCI's population (EPCI may straddle départements). */
    private String mainDepartement(List<String> members) {
        Map<String, Long> byDep = new HashMap<>();
        for (String m : members) {
            CogCommune c = communes.get(m);
            byDep.merge(c.departementCode(), c.population() == null ? 0L : c.population(), Long::sum);
        }
        return byDep.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private Integer population(List<String> members) {
        long sum = 0;
        for (String m : members) {
            Integer p = communes.get(m).population();
            if (p == null) {
                return null;
            }
            sum += p;
        }
        return (int) sum;
    }
}
