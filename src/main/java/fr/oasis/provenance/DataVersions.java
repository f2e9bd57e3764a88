package fr.oasis.provenance;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data versions stored in the database ({@code data_version}, one row per {@link DataKind}).
 * An import increments its kind's version in its own transaction ({@link #bump}); every instance
 * reads the table again when its last read is older than {@code oasis.data-version.max-age}
 * (default one second), so in-memory caches keyed on these versions follow imports made by any
 * instance or by the {@code import} command within that delay. Thread-safe; a read is one small
 * query.
 */
@Component
public class DataVersions {
    private record Read(DataVersion version, long atNanos) {
    }

    private final JdbcTemplate jdbc;
    private final long maxAgeNanos;
    private volatile Read last;

    DataVersions(JdbcTemplate jdbc, @Value("${oasis.data-version.max-age:1s}") Duration maxAge) {
        this.jdbc = jdbc;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The versions, read from the database unless the last read is recent enough. */
    public DataVersion current() {
        Read read = last;
        long now = System.nanoTime();
        if (read == null || now - read.atNanos() >= maxAgeNanos) {
            read = new Read(readNow(), now);
            last = read;
        }
        return read.version();
    }

    /**
     * Increments the version of {@code kind} inside the caller's transaction: other instances see
     * it once that transaction commits; this one at once after the commit. The row lock also
     * serialises two imports of the same kind.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bump(DataKind kind) {
        int updated = jdbc.update("UPDATE data_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP "
                + "WHERE kind = ?", kind.key());
        if (updated != 1) {
            throw new IllegalStateException("data_version has no row for " + kind.key());
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                last = null;
            }
        });
    }

    private DataVersion readNow() {
        Map<DataKind, Long> versions = new EnumMap<>(DataKind.class);
        jdbc.query("SELECT kind, version FROM data_version", rs -> {
            for (DataKind kind : DataKind.values()) {
                if (kind.key().equals(rs.getString(1))) {
                    versions.put(kind, rs.getLong(2));
                }
            }
        });
        return new DataVersion(versions);
    }
}
