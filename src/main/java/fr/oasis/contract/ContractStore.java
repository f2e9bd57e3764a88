package fr.oasis.contract;

import fr.oasis.contract.Contract.Action;
import fr.oasis.contract.Contract.Axis;
import fr.oasis.contract.Contract.Indicator;
import fr.oasis.contract.Contract.Objective;
import fr.oasis.contract.Contract.YearStatus;
import fr.oasis.contract.Contract.YearValue;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads whole contracts with JDBC (bind parameters only). A write deletes the
 * contract's children and inserts them again; callers hold the transaction, so a failure leaves
 * the previous contract. Reading goes through {@link ContractReader}. Thread-safe (stateless).
 */
@Repository
class ContractStore {
    private final JdbcTemplate jdbc;

    ContractStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Contract> all() {
        return jdbc.queryForList("SELECT id FROM contract ORDER BY name, id", Long.class).stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    Optional<Contract> find(long id) {
        return new ContractReader(jdbc).read(id);
    }

    /** Inserts a new contract (its {@code id} and {@code version} are ignored); returns the new id. */
    long insert(Contract c, String username) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO contract (name, kind, perimeter_level, "
                    + "perimeter_code, perimeter_name, start_year, end_year, signed_on, demo, version, updated_at, "
                    + "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", new String[] {"id"});
            ps.setString(1, c.name());
            ps.setString(2, c.kind());
            ps.setString(3, c.perimeter().isTerritory() ? c.perimeter().level() : null);
            ps.setString(4, c.perimeter().isTerritory() ? c.perimeter().code() : null);
            ps.setString(5, c.perimeter().name());
            ps.setInt(6, c.startYear());
            ps.setInt(7, c.endYear());
            ps.setDate(8, c.signedOn() == null ? null : Date.valueOf(c.signedOn()));
            ps.setBoolean(9, c.demo());
            ps.setTimestamp(10, Timestamp.from(Instant.now()));
            ps.setString(11, username);
            return ps;
        }, key);
        long id = key.getKeyAs(Number.class).longValue();
        children(id, c);
        editors(id, c.editors());
        return id;
    }

    /** Replaces the content of contract {@code id} (not its editors) and increments its version. */
    void replace(long id, Contract c, String username) {
        jdbc.update("UPDATE contract SET name = ?, kind = ?, perimeter_level = ?, perimeter_code = ?, perimeter_name = ?, "
                        + "start_year = ?, end_year = ?, signed_on = ?, demo = ?, version = version + 1, updated_at = ?, "
                        + "updated_by = ? WHERE id = ?", c.name(), c.kind(),
                c.perimeter().isTerritory() ? c.perimeter().level() : null,
                c.perimeter().isTerritory() ? c.perimeter().code() : null, c.perimeter().name(), c.startYear(),
                c.endYear(), c.signedOn() == null ? null : Date.valueOf(c.signedOn()), c.demo(),
                Timestamp.from(Instant.now()), username, id);
        for (String table : List.of("contract_commune", "contract_signatory", "contract_axis", "contract_objective",
                "contract_action", "contract_action_year", "contract_indicator", "contract_indicator_value")) {
            jdbc.update("DELETE FROM " + table + " WHERE contract_id = ?", id);
        }
        children(id, c);
    }

    void editors(long id, List<String> usernames) {
        jdbc.update("DELETE FROM contract_editor WHERE contract_id = ?", id);
        jdbc.batchUpdate("INSERT INTO contract_editor (contract_id, username) VALUES (?, ?)",
                usernames.stream().distinct().map(u -> new Object[] {id, u}).toList());
    }

    void delete(long id) {
        jdbc.update("DELETE FROM contract WHERE id = ?", id);
    }

    /** One audit row: the whole contract before and after, as JSON (null for a creation or a deletion). */
    void recordChange(long id, String username, String type, String summary, String beforeJson, String afterJson) {
        jdbc.update("INSERT INTO contract_change (contract_id, changed_at, username, change_type, summary, before_json, "
                + "after_json) VALUES (?, ?, ?, ?, ?, ?, ?)", id, Timestamp.from(Instant.now()), username, type,
                summary == null || summary.length() <= 2000 ? summary : summary.substring(0, 1997) + "…",
                beforeJson, afterJson);
    }

    List<ContractChange> changes(long id) {
        return jdbc.query("SELECT id, changed_at, username, change_type, summary, before_json, after_json "
                        + "FROM contract_change WHERE contract_id = ? ORDER BY id DESC", (rs, n) -> new ContractChange(
                        rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)), id);
    }

    private void children(long id, Contract c) {
        List<Object[]> communes = new ArrayList<>();
        for (int i = 0; i < c.perimeter().communes().size(); i++) {
            communes.add(new Object[] {id, i, c.perimeter().communes().get(i)});
        }
        jdbc.batchUpdate("INSERT INTO contract_commune (contract_id, position, commune_code) VALUES (?, ?, ?)", communes);
        List<Object[]> signatories = new ArrayList<>();
        for (int i = 0; i < c.signatories().size(); i++) {
            signatories.add(new Object[] {id, i, c.signatories().get(i)});
        }
        jdbc.batchUpdate("INSERT INTO contract_signatory (contract_id, position, name) VALUES (?, ?, ?)", signatories);
        List<Object[]> axes = new ArrayList<>();
        List<Object[]> objectives = new ArrayList<>();
        for (Axis axis : c.axes()) {
            axes.add(new Object[] {id, axes.size(), axis.code(), axis.title()});
            for (Objective o : axis.objectives()) {
                objectives.add(new Object[] {id, objectives.size(), axis.code(), o.code(), o.title()});
            }
        }
        jdbc.batchUpdate("INSERT INTO contract_axis (contract_id, position, code, title) VALUES (?, ?, ?, ?)", axes);
        jdbc.batchUpdate("INSERT INTO contract_objective (contract_id, position, axis_code, code, title) "
                + "VALUES (?, ?, ?, ?, ?)", objectives);
        actions(id, c.actions());
    }

    private void actions(long id, List<Action> actions) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> years = new ArrayList<>();
        List<Object[]> indicators = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (Action a : actions) {
            rows.add(new Object[] {id, rows.size(), a.code(), a.title(), a.axis(), blankToNull(a.objective()),
                    a.porteur(), String.join("\n", a.partners()), a.targetPublic(), String.join(",", a.communes()),
                    a.start() == null ? null : Date.valueOf(a.start()), a.end() == null ? null : Date.valueOf(a.end()),
                    a.budgetEuros()});
            for (YearStatus s : a.statuses()) {
                years.add(new Object[] {id, a.code(), s.year(), s.value().name(), s.comment()});
            }
            for (Indicator i : a.indicators()) {
                indicators.add(new Object[] {id, indicators.size(), a.code(), i.code(),
                        IndicatorKind.parse(i.kind()).orElseThrow().name(), i.label(), i.unit(), i.target(), i.source(),
                        i.method()});
                for (YearValue v : i.values()) {
                    values.add(new Object[] {id, a.code(), i.code(), v.year(), v.value(), v.finding()});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO contract_action (contract_id, position, code, title, axis_code, objective_code, "
                + "porteur, partners, target_public, communes, start_date, end_date, budget_euros) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO contract_action_year (contract_id, action_code, follow_year, status, status_note) "
                + "VALUES (?, ?, ?, ?, ?)", years);
        jdbc.batchUpdate("INSERT INTO contract_indicator (contract_id, position, action_code, code, kind, label, unit, "
                + "target, source, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", indicators);
        jdbc.batchUpdate("INSERT INTO contract_indicator_value (contract_id, action_code, indicator_code, follow_year, amount, "
                + "finding) VALUES (?, ?, ?, ?, ?, ?)", values);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
