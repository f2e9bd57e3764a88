package fr.oasis.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.provenance.DataKind;
import fr.oasis.support.DataChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The per-commune values of a run stored as one binary row ({@code apl_run_values}) on each
 * database: read back exactly, missing times kept missing, deleted with their run, and the
 * V19_2 migration's copy of former {@code apl_value} rows. Works on its own practitioner vintage,
 * deleted after each test (the database is shared with other test classes).
 */
@SpringBootTest
abstract class AplValueStorageContract {
    @Autowired
    AplValueTable table;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    long vintage;

    @BeforeEach
    void ownVintage() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("INSERT INTO practitioner_vintage (source_label, source_format,"
                    + " vintage, demo, count_based, practitioners, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, "storage test");
            ps.setString(2, "test");
            ps.setInt(3, 1900);
            ps.setBoolean(4, false);
            ps.setBoolean(5, false);
            ps.setInt(6, 0);
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            return ps;
        }, key);
        vintage = key.getKey().longValue();
    }

    @AfterEach
    void dropVintage() {
        jdbc.update("DELETE FROM practitioner_vintage WHERE id = ?", vintage);
        DataChange.bump(jdbc, DataKind.PRACTITIONERS);
        DataChange.bump(jdbc, DataKind.ACCESSIBILITY);
    }

    private long run(String profession) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("INSERT INTO apl_run (vintage_id, profession, variant, unit,"
                    + " travel_time, parameters, age_standardised, total_supply, unserved_supply, computed_at)"
                    + " VALUES (?, ?, 'ALL', 'u', 't', 'p', FALSE, 0, 0, ?)", new String[] {"id"});
            ps.setLong(1, vintage);
            ps.setString(2, profession);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    @Test
    void valuesComeBackExactlyInOneRowPerRun() {
        long run = run("MG");
        AplValuesCodec.Values stored = AplValuesCodecTest.random(11, 3_000);
        table.insert(run, stored.codes(), stored.apl(), stored.nearestMinutes());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM apl_run_values WHERE run_id = ?", Integer.class, run))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT communes FROM apl_run_values WHERE run_id = ?", Integer.class, run))
                .isEqualTo(3_000);
        Map<String, AplValueTable.Value> read = table.read(run);
        assertThat(read).hasSize(3_000);
        for (int i = 0; i < stored.size(); i++) {
            AplValueTable.Value v = read.get(stored.codes()[i]);
            assertThat(v.apl()).isEqualTo(stored.apl()[i]);
            if (Double.isNaN(stored.nearestMinutes()[i])) {
                assertThat(v.nearestMinutes()).isNull();
            } else {
                assertThat(v.nearestMinutes()).isEqualTo(stored.nearestMinutes()[i]);
            }
        }
        assertThat(read.values()).anyMatch(v -> v.nearestMinutes() == null);
    }

    @Test
    void aRunWithoutValuesReadsEmptyAndValuesGoWithTheirRun() {
        long run = run("SF");
        assertThat(table.read(run)).isEmpty();
        table.insert(run, new String[] {"9A001"}, new double[] {1.5}, new double[] {Double.POSITIVE_INFINITY});
        assertThat(table.read(run)).containsExactly(Map.entry("9A001", new AplValueTable.Value(1.5, null)));
        jdbc.update("DELETE FROM apl_run WHERE id = ?", run);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM apl_run_values WHERE run_id = ?", Integer.class, run))
                .isZero();
    }

    @Test
    void theMigrationCopiesFormerRowsRunByRun() throws Exception {
        long first = run("MG");
        long second = run("IDE");
        // The former table, as V2_1 created it (V19_3 dropped it), filled the way runs were stored.
        jdbc.execute("CREATE TABLE apl_value (run_id BIGINT NOT NULL, commune_code VARCHAR(16) NOT NULL,"
                + " apl DOUBLE PRECISION NOT NULL, nearest_minutes DOUBLE PRECISION,"
                + " PRIMARY KEY (run_id, commune_code))");
        try {
            String insert = "INSERT INTO apl_value VALUES (?, ?, ?, ?)";
            jdbc.update(insert, first, "9A002", 2.25, 7.5);
            jdbc.update(insert, first, "9A001", 3.0, null);
            jdbc.update(insert, second, "9B001", 0.125, 0.0);
            int runs;
            try (Connection connection = dataSource.getConnection()) {
                runs = AplValuesMigration.copy(connection);
            }
            assertThat(runs).isEqualTo(2);
            assertThat(table.read(first)).containsOnly(Map.entry("9A001", new AplValueTable.Value(3.0, null)),
                    Map.entry("9A002", new AplValueTable.Value(2.25, 7.5)));
            assertThat(table.read(second)).containsOnly(Map.entry("9B001", new AplValueTable.Value(0.125, 0.0)));
        } finally {
            jdbc.execute("DROP TABLE apl_value");
        }
    }
}
