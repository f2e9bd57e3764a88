package fr.oasis.accessibility;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 19.2, in Java because the encoding is: copies every run's {@code apl_value}
 * rows into one {@code apl_run_values} row ({@link AplValuesCodec}), on H2 and PostgreSQL alike,
 * between V19_1 (creates the table) and V19_3 (drops {@code apl_value}). Stored runs are not
 * recomputed at start, so their figures are carried over, not dropped. Spring Boot hands every
 * {@link JavaMigration} bean to Flyway; this one needs nothing but Flyway's connection, inside
 * Flyway's transaction. Streams the rows run by run (one run in memory at a time).
 */
@Component
class AplValuesMigration implements JavaMigration {
    private static final String SELECT = "SELECT run_id, commune_code, apl, nearest_minutes FROM apl_value"
            + " ORDER BY run_id, commune_code";
    private static final String INSERT =
            "INSERT INTO apl_run_values (run_id, communes, format_version, commune_values) VALUES (?, ?, ?, ?)";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("19.2");
    }

    @Override
    public String getDescription() {
        return "apl values as one binary row per run";
    }

    @Override
    public Integer getChecksum() {
        return 19_2_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        copy(context.getConnection());
    }

    /** Copies the rows of every run; returns the number of runs written. */
    static int copy(Connection connection) throws SQLException {
        int runs = 0;
        try (PreparedStatement select = connection.prepareStatement(SELECT);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            select.setFetchSize(10_000);
            try (ResultSet rs = select.executeQuery()) {
                Run run = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (run == null || run.id != id) {
                        runs += write(insert, run);
                        run = new Run(id);
                    }
                    String code = rs.getString(2);
                    double apl = rs.getDouble(3);
                    double minutes = rs.getDouble(4);
                    run.add(code, apl, rs.wasNull() ? Double.NaN : minutes); // wasNull: the last column read
                }
                runs += write(insert, run);
            }
        }
        return runs;
    }

    private static int write(PreparedStatement insert, Run run) throws SQLException {
        if (run == null) {
            return 0;
        }
        int n = run.codes.size();
        double[] apl = new double[n];
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            apl[i] = run.apl.get(i);
            nearest[i] = run.nearest.get(i);
        }
        insert.setLong(1, run.id);
        insert.setInt(2, n);
        insert.setInt(3, AplValuesCodec.VERSION);
        insert.setBytes(4, AplValuesCodec.encode(new AplValuesCodec.Values(run.codes.toArray(String[]::new), apl,
                nearest)));
        insert.executeUpdate();
        return 1;
    }

    /** The rows of one run read so far. */
    private static final class Run {
        final long id;
        final List<String> codes = new ArrayList<>();
        final List<Double> apl = new ArrayList<>();
        final List<Double> nearest = new ArrayList<>();

        Run(long id) {
            this.id = id;
        }

        void add(String code, double value, double minutes) {
            codes.add(code);
            apl.add(value);
            nearest.add(minutes);
        }
    }
}
