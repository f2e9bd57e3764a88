package fr.oasis.contract;

import fr.oasis.contract.Contract.Action;
import fr.oasis.contract.Contract.Axis;
import fr.oasis.contract.Contract.Indicator;
import fr.oasis.contract.Contract.Objective;
import fr.oasis.contract.Contract.Perimeter;
import fr.oasis.contract.Contract.YearStatus;
import fr.oasis.contract.Contract.YearValue;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads one stored contract back into a {@link Contract}: one query per child table, children
 * grouped in memory. Not thread-safe (one instance per read).
 */
final class ContractReader {
    private final JdbcTemplate jdbc;

    ContractReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Contract> read(long id) {
        List<Object[]> head = jdbc.query("SELECT name, kind, perimeter_level, perimeter_code, perimeter_name, start_year, "
                + "end_year, signed_on, demo, version FROM contract WHERE id = ?", (rs, n) -> new Object[] {
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getInt(7), rs.getDate(8), rs.getBoolean(9), rs.getInt(10)}, id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.get(0);
        List<String> communes = jdbc.queryForList("SELECT commune_code FROM contract_commune WHERE contract_id = ? "
                + "ORDER BY position", String.class, id);
        List<String> signatories = jdbc.queryForList("SELECT name FROM contract_signatory WHERE contract_id = ? "
                + "ORDER BY position", String.class, id);
        List<String> editors = jdbc.queryForList("SELECT username FROM contract_editor WHERE contract_id = ? "
                + "ORDER BY username", String.class, id);
        Perimeter perimeter = new Perimeter((String) h[2], (String) h[3], communes, (String) h[4]);
        return Optional.of(new Contract(id, (String) h[0], (String) h[1], perimeter, (int) h[5], (int) h[6],
                date((Date) h[7]), signatories, axes(id), actions(id), (boolean) h[8], editors, (int) h[9]));
    }

    private List<Axis> axes(long id) {
        Map<String, List<Objective>> objectives = new LinkedHashMap<>();
        jdbc.query("SELECT axis_code, code, title FROM contract_objective WHERE contract_id = ? ORDER BY position",
                rs -> {
                    objectives.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Objective(rs.getString(2), rs.getString(3)));
                }, id);
        return jdbc.query("SELECT code, title FROM contract_axis WHERE contract_id = ? ORDER BY position",
                (rs, n) -> new Axis(rs.getString(1), rs.getString(2),
                        objectives.getOrDefault(rs.getString(1), List.of())), id);
    }

    private List<Action> actions(long id) {
        Map<String, List<YearStatus>> statuses = new LinkedHashMap<>();
        jdbc.query("SELECT action_code, follow_year, status, status_note FROM contract_action_year WHERE contract_id = ? "
                + "ORDER BY follow_year", rs -> {
                    statuses.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new YearStatus(rs.getInt(2),
                            ActionStatus.valueOf(rs.getString(3)).label(), rs.getString(4)));
                }, id);
        Map<String, List<YearValue>> values = new LinkedHashMap<>();
        jdbc.query("SELECT action_code, indicator_code, follow_year, amount, finding FROM contract_indicator_value "
                + "WHERE contract_id = ? ORDER BY follow_year", rs -> {
                    double raw = rs.getDouble(4);
                    Double amount = rs.wasNull() ? null : raw;
                    values.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new ArrayList<>())
                            .add(new YearValue(rs.getInt(3), amount, rs.getString(5)));
                }, id);
        Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
        jdbc.query("SELECT action_code, code, kind, label, unit, target, source, method FROM contract_indicator "
                + "WHERE contract_id = ? ORDER BY position", rs -> {
                    double target = rs.getDouble(6);
                    Double t = rs.wasNull() ? null : target;
                    String action = rs.getString(1);
                    String code = rs.getString(2);
                    indicators.computeIfAbsent(action, k -> new ArrayList<>()).add(new Indicator(code,
                            IndicatorKind.valueOf(rs.getString(3)).label(), rs.getString(4), rs.getString(5), t,
                            rs.getString(7), rs.getString(8), values.getOrDefault(action + "\u0000" + code, List.of())));
                }, id);
        return jdbc.query("SELECT code, title, axis_code, objective_code, porteur, partners, target_public, communes, "
                + "start_date, end_date, budget_euros FROM contract_action WHERE contract_id = ? ORDER BY position",
                (rs, n) -> {
                    String code = rs.getString(1);
                    java.math.BigDecimal budget = rs.getBigDecimal(11);
                    return new Action(code, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            split(rs.getString(6), "\n"), rs.getString(7), split(rs.getString(8), ","),
                            date(rs.getDate(9)), date(rs.getDate(10)), budget == null ? null : budget.doubleValue(),
                            statuses.getOrDefault(code, List.of()), indicators.getOrDefault(code, List.of()));
                }, id);
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
