package fr.oasis.territory;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write side of the groupings of communes (TVS, CPTS, CLS...): the group rows with their members,
 * and, derived from them in the same transaction, the territories of the grouping level (dissolved
 * contour, summed population and area, map shapes per zoom; see {@link GroupingTerritories}). Every
 * change checks {@link GroupingRules} over the whole type and bumps the groupings data version
 * (only it: the communes did not change), so what shows a grouping level is rebuilt (see
 * {@link KeptPerLevel}) and what derives from the communes alone, such as the APL model, is kept;
 * a refused change throws {@link InvalidGroupingException} and leaves everything as it was.
 * Thread-safe (stateless).
 */
@Service
public class GroupingStore {
    private static final String INSERT_GROUP = "INSERT INTO territory_grouping (grouping_type, code, name, vintage,"
            + " source_label, partial_group, created_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_MEMBER =
            "INSERT INTO territory_grouping_member (grouping_id, commune_code) VALUES (?, ?)";

    private final JdbcTemplate jdbc;
    private final GroupingQueries queries;
    private final GroupingTerritories derived;
    private final TerritoryQueries territories;
    private final DataVersions versions;

    GroupingStore(JdbcTemplate jdbc, GroupingQueries queries, GroupingTerritories derived,
                  TerritoryQueries territories, DataVersions versions) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.derived = derived;
        this.territories = territories;
        this.versions = versions;
    }

    /**
     * Replaces the imported groups of {@code type} (those created in the portal stay) by
     * {@code groups}, inside the caller's transaction (the manifest import's).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceImported(TerritoryLevel type, List<GroupingRecord> groups) {
        List<GroupingRecord> all = new ArrayList<>(groups);
        queries.ofType(type).stream().filter(g -> g.createdBy() != null).forEach(all::add);
        check(all);
        jdbc.update("DELETE FROM territory_grouping WHERE grouping_type = ? AND created_by IS NULL", type.key());
        insert(groups);
        derive(type);
    }

    /**
     * Creates the group, or replaces the one of the same type and {@code previousCode} (null to
     * create; may equal the new code), in its own transaction.
     */
    @Transactional
    public void save(GroupingRecord group, String previousCode) {
        List<GroupingRecord> all = new ArrayList<>(queries.ofType(group.type()).stream()
                .filter(g -> !g.code().equals(previousCode)).toList());
        all.add(group);
        check(all);
        if (previousCode != null) {
            delete(group.type(), previousCode);
        }
        insert(List.of(group));
        derive(group.type());
    }

    /** Deletes one group; false when there was none. */
    @Transactional
    public boolean remove(TerritoryLevel type, String code) {
        boolean deleted = delete(type, code);
        if (deleted) {
            derive(type);
        }
        return deleted;
    }

    /**
     * Derives the territories of every grouping type again, in the caller's transaction: called by
     * {@link TerritoryStore#replaceAll} once the new communes are stored. Members that are no longer
     * stored communes (after a change of COG) are re-keyed to their current commune, or dropped and
     * their group flagged partial; a group left without member is dropped.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void rederiveAll() {
        java.util.function.Function<String, java.util.Optional<String>> resolver = territories.communeResolver();
        for (TerritoryLevel type : TerritoryLevel.groupings()) {
            List<GroupingRecord> groups = queries.ofType(type);
            if (groups.isEmpty()) {
                continue;
            }
            jdbc.update("DELETE FROM territory_grouping WHERE grouping_type = ?", type.key());
            List<GroupingRecord> rekeyed = new ArrayList<>();
            for (GroupingRecord g : groups) {
                List<String> kept = g.communes().stream().map(resolver).flatMap(java.util.Optional::stream).toList();
                if (!kept.isEmpty()) {
                    rekeyed.add(new GroupingRecord(type, g.code(), g.name(), g.vintage(), g.source(),
                            g.partial() || kept.size() < g.communes().size(), kept, g.createdBy()));
                }
            }
            insert(rekeyed);
            derive(type);
        }
    }

    private void check(List<GroupingRecord> all) {
        // Only the codes the groups name are looked up: creating a CPTS does not read every commune.
        Set<String> communes = territories.storedCodes(TerritoryLevel.COMMUNE,
                all.stream().flatMap(g -> g.communes().stream()).toList());
        Set<String> epcis = territories.storedCodes(TerritoryLevel.EPCI, all.stream().map(GroupingRecord::code).toList());
        List<String> problems = GroupingRules.check(all, communes, epcis);
        if (!problems.isEmpty()) {
            throw new InvalidGroupingException(problems);
        }
    }

    private boolean delete(TerritoryLevel type, String code) {
        return jdbc.update("DELETE FROM territory_grouping WHERE grouping_type = ? AND code = ?", type.key(), code) > 0;
    }

    /**
     * Inserts the groups and their members in two JDBC batches (a few round trips, not two per
     * group: the import command beside a running portal talks to its database over TCP).
     */
    private void insert(List<GroupingRecord> groups) {
        if (groups.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate(INSERT_GROUP, groups, groups.size(), (s, g) -> {
            s.setString(1, g.type().key());
            s.setString(2, g.code());
            s.setString(3, g.name());
            s.setInt(4, g.vintage());
            s.setString(5, g.source());
            s.setBoolean(6, g.partial());
            s.setString(7, g.createdBy());
            s.setTimestamp(8, now);
        });
        Map<String, Long> ids = new HashMap<>();
        groups.stream().map(GroupingRecord::type).distinct().forEach(type -> jdbc.query(
                "SELECT grouping_type, code, id FROM territory_grouping WHERE grouping_type = ?",
                rs -> { ids.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3)); }, type.key()));
        List<Object[]> members = new ArrayList<>();
        groups.forEach(g -> g.communes().forEach(c -> members.add(new Object[] {ids.get(g.type().key() + " " + g.code()), c})));
        jdbc.batchUpdate(INSERT_MEMBER, members);
    }

    private void derive(TerritoryLevel type) {
        versions.bump(DataKind.GROUPINGS);
        derived.replace(type, queries.ofType(type));
    }
}
