package fr.oasis.accessibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The per-commune values of a run, stored as one binary row per run ({@code apl_run_values},
 * encoded by {@link AplValuesCodec}: BLOB on H2, bytea on PostgreSQL, written with
 * {@code setBytes} and read with {@code getBytes} like the road tables). A recompute of all
 * professions at the France scale writes 54 rows instead of 1.9 million. Plain JDBC; the
 * statements are constants with bound parameters. Thread-safe.
 */
@Component
class AplValueTable {
    private static final String INSERT =
            "INSERT INTO apl_run_values (run_id, communes, format_version, commune_values) VALUES (?, ?, ?, ?)";
    private static final String SELECT = "SELECT commune_values FROM apl_run_values WHERE run_id = ?";

    /** One commune's stored values; {@code nearestMinutes} null when no practitioner exists. */
    record Value(double apl, Double nearestMinutes) {
    }

    private final JdbcTemplate jdbc;

    AplValueTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the values of a run; {@code nearestMinutes} NaN or infinite where there is none. */
    void insert(long runId, String[] codes, double[] apl, double[] nearestMinutes) {
        insert(runId, codes.length, encode(codes, apl, nearestMinutes));
    }

    /** The bytes {@link #insert(long, int, byte[])} stores, made apart (e.g. off the storing transaction). */
    static byte[] encode(String[] codes, double[] apl, double[] nearestMinutes) {
        return AplValuesCodec.encode(new AplValuesCodec.Values(codes, apl, nearestMinutes));
    }

    /** Stores the values of a run already encoded by {@link #encode}. */
    void insert(long runId, int communes, byte[] encoded) {
        jdbc.update(INSERT, ps -> {
            ps.setLong(1, runId);
            ps.setInt(2, communes);
            ps.setInt(3, AplValuesCodec.VERSION);
            ps.setBytes(4, encoded);
        });
    }

    /** The values of a run by commune code; empty when the run stored none. */
    Map<String, Value> read(long runId) {
        List<byte[]> rows = jdbc.query(SELECT, (rs, n) -> rs.getBytes(1), runId);
        if (rows.isEmpty()) {
            return Map.of();
        }
        AplValuesCodec.Values values = AplValuesCodec.decode(rows.get(0));
        Map<String, Value> byCode = new HashMap<>(values.size() * 4 / 3 + 1);
        for (int i = 0; i < values.size(); i++) {
            double minutes = values.nearestMinutes()[i];
            byCode.put(values.codes()[i], new Value(values.apl()[i], Double.isNaN(minutes) ? null : minutes));
        }
        return byCode;
    }
}
