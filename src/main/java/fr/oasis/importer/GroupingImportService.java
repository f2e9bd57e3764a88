package fr.oasis.importer;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.record.GroupingMemberRecord;
import fr.oasis.importer.source.GroupingTableReader;
import fr.oasis.territory.GroupingRecord;
import fr.oasis.territory.GroupingStore;
import fr.oasis.territory.InvalidGroupingException;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Stores the groupings of communes read from commune → group tables (manifest type
 * {@code groupings}) on the communes stored in the caller's transaction: commune codes of an
 * older COG are re-keyed to their current commune ({@link CommuneKeys}, as the indicators and the
 * other commune-keyed sources); codes that are not stored (communes beyond the imported région)
 * are counted and listed with their files, and their groups kept with their stored communes and
 * flagged partial. A commune nouvelle formed after the zoning from former communes of two groups
 * of a partitioning type joins the group of the commune whose code it kept (else the first listed)
 * and is listed. Refused with file, line and field: the same commune code in two groups of a type
 * that partitions the territory, a group code equal to a stored EPCI SIREN.
 * All sources of one type together replace that type's imported groups. Stateless.
 */
@Service
class GroupingImportService {
    private static final int MAX_PROBLEMS = 50;
    private final TerritoryQueries territories;
    private final GroupingStore store;

    /** The records of one source with its type, millésime, publisher and column names. */
    record Input(TerritoryLevel type, int vintage, String sourceLabel, GroupingTableReader.Columns columns,
                 List<GroupingMemberRecord> records) {
    }

    GroupingImportService(TerritoryQueries territories, GroupingStore store) {
        this.territories = territories;
        this.store = store;
    }

    void store(List<Input> inputs, ImportReport report) {
        Set<String> epcis = territories.names(TerritoryLevel.EPCI).keySet();
        Map<TerritoryLevel, List<Input>> byType = new LinkedHashMap<>();
        inputs.forEach(in -> byType.computeIfAbsent(in.type(), t -> new ArrayList<>()).add(in));
        // One CommuneKeys per type (it counts what it re-keys and excludes); the first refuses to
        // start before any commune is stored.
        byType.forEach((type, list) -> storeType(type, list, CommuneKeys.of(territories, "groupings"), epcis, report));
    }

    private void storeType(TerritoryLevel type, List<Input> inputs, CommuneKeys keys, Set<String> epcis,
                           ImportReport report) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Input> sourceOf = new LinkedHashMap<>();
        Map<String, TreeSet<String>> members = new LinkedHashMap<>();
        Set<String> partial = new TreeSet<>();
        Map<String, String[]> owner = new java.util.HashMap<>();
        List<String> split = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Input in : inputs) {
            for (GroupingMemberRecord r : in.records()) {
                String group = r.groupCode();
                if (epcis.contains(group)) {
                    problems.add(ImportProblem.at(r.origin(), in.columns().code(), "group code " + group
                            + " is the SIREN of a stored EPCI: give the " + type.key() + " groups other codes"));
                    continue;
                }
                names.putIfAbsent(group, r.groupName());
                sourceOf.putIfAbsent(group, in);
                TreeSet<String> set = members.computeIfAbsent(group, g -> new TreeSet<>());
                Optional<String> current = keys.current(r.communeCode(), r.origin());
                if (current.isEmpty()) {
                    partial.add(group);
                    continue;
                }
                String[] previous = owner.putIfAbsent(current.get(), new String[] {group, r.origin(), r.communeCode()});
                if (previous != null && !previous[0].equals(group) && type.partitions()) {
                    if (previous[2].equals(r.communeCode())) {
                        problems.add(ImportProblem.at(r.origin(), in.columns().commune(), "commune " + r.communeCode()
                                + " is already in group " + previous[0] + " (" + previous[1].replace('#', ' ')
                                + "): the " + type.label() + " groups partition the territory, a commune belongs to one"));
                    } else {
                        // A commune nouvelle formed after the zoning from communes of two groups: it
                        // joins the group of the commune whose code it kept, else the first listed.
                        boolean kept = r.communeCode().equals(current.get());
                        String winner = kept ? group : previous[0];
                        String loser = kept ? previous[0] : group;
                        if (kept) {
                            members.get(previous[0]).remove(current.get());
                            owner.put(current.get(), new String[] {group, r.origin(), r.communeCode()});
                        }
                        split.add(current.get() + " (" + winner + ", not " + loser + ")");
                        if (!kept) {
                            continue;
                        }
                    }
                }
                set.add(current.get());
                if (problems.size() >= MAX_PROBLEMS) {
                    throw new ImportException(problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        List<GroupingRecord> groups = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        members.forEach((code, communes) -> {
            if (communes.isEmpty()) {
                outside.add(code);
                return;
            }
            Input in = sourceOf.get(code);
            groups.add(new GroupingRecord(type, code, names.get(code), in.vintage(), in.sourceLabel(),
                    partial.contains(code), List.copyOf(communes), null));
        });
        try {
            store.replaceImported(type, groups);
        } catch (InvalidGroupingException e) {
            throw new ImportException(e.problems().stream().map(p -> new ImportProblem(type.key(), "", "", p)).toList());
        }
        report.count(type.key() + " groups stored", groups.size());
        report.count(type.key() + " groups partial (communes not stored)", groups.stream().filter(GroupingRecord::partial).count());
        keys.report(report, type.key() + " memberships", type.key());
        report.unmatched(type.key() + " groups without any stored commune (excluded)", outside);
        report.unmatched(type.key() + " communes nouvelles whose former communes lay in two groups (kept in one)", split);
    }
}
