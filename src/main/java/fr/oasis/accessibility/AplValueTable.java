package fr.oasis.accessibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The per-commune values of a run, written and read with plain JDBC batches: tens of thousands of
 * rows per import, for which entities would only add cost. Statements are constants with bound
 * parameters; no SQL is built from input.
 */
@Component
class AplValueTable {
    private static final String INSERT =
            "INSERT INTO apl_value (run_id, commune_code, apl, nearest_minutes) VALUES (?, ?, ?, ?)";
    private static final String SELECT =
            "SELECT commune_code, apl, nearest_minutes FROM apl_value WHERE run_id = ?";

    /** One commune's stored values; {@code nearestMinutes} null when no practitioner exists. */
    record Value(double apl, Double nearestMinutes) {
    }

    private final JdbcTemplate jdbc;

    AplValueTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long runId, String[] codes, double[] apl, double[] nearestMinutes) {
        List<Object[]> rows = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            Double minutes = Double.isFinite(nearestMinutes[i]) ? nearestMinutes[i] : null;
            rows.add(new Object[] {runId, codes[i], apl[i], minutes});
        }
        jdbc.batchUpdate(INSERT, rows);
    }

    Map<String, Value> read(long runId) {
        Map<String, Value> values = new HashMap<>();
        jdbc.query(SELECT, rs -> {
            double minutes = rs.getDouble(3);
            Double nearest = rs.wasNull() ? null : minutes; // before reading another column
            values.put(rs.getString(1), new Value(rs.getDouble(2), nearest));
        }, runId);
        return values;
    }
}
