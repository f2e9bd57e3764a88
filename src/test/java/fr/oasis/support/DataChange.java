package fr.oasis.support;

import fr.oasis.provenance.DataKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Direct changes to the shared test database, made the way an import makes them: the data
 * version of the kind is moved too, so every context's caches see the change (as another Oasis
 * instance would).
 */
public final class DataChange {
    private DataChange() {
    }

    public static void bump(JdbcTemplate jdbc, DataKind kind) {
        jdbc.update("UPDATE data_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE kind = ?",
                kind.key());
    }

    /** Deletes every road network vintage (and their routed tables). */
    public static void deleteNetworks(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM road_network");
        bump(jdbc, DataKind.NETWORK);
    }

    /** Deletes every imported indicator. */
    public static void deleteImportedIndicators(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM indicator_value");
        jdbc.update("DELETE FROM indicator_definition");
        bump(jdbc, DataKind.INDICATORS);
    }

    /** Deletes every stored care structure. */
    public static void deleteStructures(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM care_structure");
        bump(jdbc, DataKind.STRUCTURES);
    }
}
