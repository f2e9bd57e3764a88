package fr.oasis.prospective.scenario;

import fr.oasis.practitioner.Profession;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads saved scenarios with JDBC (bind parameters only). A save replaces the
 * scenario's changes whole; callers hold the transaction. Touches no other table: the stored
 * practitioners and indicators never change. Thread-safe (stateless).
 */
@Repository
class ScenarioStore {
    private final JdbcTemplate jdbc;

    ScenarioStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String variant, Integer retirementYears, String author, String builtOn,
                List<ScenarioChange> changes) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO prospective_scenario (name, variant, author, "
                    + "created_at, updated_at, built_on, retirement_years) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, name);
            ps.setString(2, variant);
            ps.setString(3, author);
            ps.setTimestamp(4, now);
            ps.setTimestamp(5, now);
            ps.setString(6, builtOn);
            ps.setObject(7, retirementYears, Types.INTEGER);
            return ps;
        }, key);
        long id = key.getKeyAs(Number.class).longValue();
        writeChanges(id, changes);
        return id;
    }

    void replace(long id, String name, String variant, Integer retirementYears, String builtOn,
                 List<ScenarioChange> changes) {
        jdbc.update("UPDATE prospective_scenario SET name = ?, variant = ?, retirement_years = ?, built_on = ?, "
                + "updated_at = ? WHERE id = ?", ps -> {
                    ps.setString(1, name);
                    ps.setString(2, variant);
                    ps.setObject(3, retirementYears, Types.INTEGER);
                    ps.setString(4, builtOn);
                    ps.setTimestamp(5, Timestamp.from(Instant.now()));
                    ps.setLong(6, id);
                });
        jdbc.update("DELETE FROM prospective_scenario_change WHERE scenario_id = ?", id);
        writeChanges(id, changes);
    }

    void delete(long id) {
        jdbc.update("DELETE FROM prospective_scenario WHERE id = ?", id);
    }

    Optional<SavedScenario> find(long id) {
        List<SavedScenario> found = jdbc.query("SELECT id, name, variant, author, created_at, updated_at, built_on, "
                + "retirement_years FROM prospective_scenario WHERE id = ?", (rs, n) -> new SavedScenario(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant(), rs.getString(7), changes(rs.getLong(1)),
                rs.getObject(8) == null ? null : rs.getInt(8)), id);
        return found.stream().findFirst();
    }

    /** Every scenario, most recently changed first, with its number of changes. */
    List<SavedScenario.Summary> list(String caller, boolean admin) {
        return jdbc.query("SELECT s.id, s.name, s.variant, s.author, s.created_at, s.updated_at, s.built_on, "
                + "(SELECT COUNT(DISTINCT c.position) FROM prospective_scenario_change c WHERE c.scenario_id = s.id) "
                + "FROM prospective_scenario s ORDER BY s.updated_at DESC, s.id DESC", (rs, n) ->
                new SavedScenario.Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getInt(8),
                        admin || rs.getString(4).equals(caller)));
    }

    private void writeChanges(long id, List<ScenarioChange> changes) {
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < changes.size(); k++) {
            ScenarioChange c = changes.get(k);
            int order = 0;
            for (Map.Entry<Profession, Integer> e : c.practitioners().entrySet()) {
                rows.add(new Object[] {id, k, order++, c.kind().key(), c.communeCode(), e.getKey().key(), e.getValue()});
            }
        }
        jdbc.batchUpdate("INSERT INTO prospective_scenario_change (scenario_id, position, team_order, kind, "
                + "commune_code, profession, practitioners) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private List<ScenarioChange> changes(long id) {
        record Row(int position, String kind, String commune, String profession, int count) {
        }
        List<Row> rows = jdbc.query("SELECT position, kind, commune_code, profession, practitioners FROM "
                + "prospective_scenario_change WHERE scenario_id = ? ORDER BY position, team_order", (rs, n) ->
                new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)), id);
        Map<Integer, List<Row>> byPosition = new TreeMap<>();
        rows.forEach(r -> byPosition.computeIfAbsent(r.position(), p -> new ArrayList<>()).add(r));
        List<ScenarioChange> changes = new ArrayList<>();
        for (List<Row> team : byPosition.values()) {
            Map<Profession, Integer> counts = new LinkedHashMap<>();
            team.forEach(r -> counts.put(Profession.fromKey(r.profession()), r.count()));
            changes.add(new ScenarioChange(ChangeKind.fromKey(team.get(0).kind()), team.get(0).commune(), counts));
        }
        return changes;
    }
}
