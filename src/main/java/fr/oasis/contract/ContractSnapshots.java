package fr.oasis.contract;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersion;
import fr.oasis.provenance.DataVersions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The perimeter figures of a contract frozen at one moment ({@code contract_figure_snapshot}):
 * Oasis keeps no history of its indicators, so the figures "at signature" are those taken when
 * the contract was created, when its signature date was set or changed, or when an editor asked
 * for it. A freeze replaces the previous one and records when, by whom, why and on which data
 * versions. JDBC with bind parameters; callers hold the transaction. Thread-safe (stateless).
 */
@Component
class ContractSnapshots {
    private final JdbcTemplate jdbc;
    private final ContractContext context;
    private final DataVersions versions;

    ContractSnapshots(JdbcTemplate jdbc, ContractContext context, DataVersions versions) {
        this.jdbc = jdbc;
        this.context = context;
        this.versions = versions;
    }

    /**
     * A frozen set of figures.
     *
     * @param reason       why it was taken ("création du contrat", "date de signature modifiée"...)
     * @param dataVersions the data versions of every kind when it was taken ("territories=3, practitioners=5...")
     */
    record Snapshot(Instant takenAt, String takenBy, String reason, String dataVersions,
                    List<ContractContext.Figure> figures) {
    }

    /** Freezes the perimeter figures of {@code c} as the data give them now; returns what was stored. */
    Snapshot freeze(Contract c, String username, String reason) {
        List<ContractContext.Figure> figures = context.of(c).figures();
        Snapshot s = new Snapshot(Instant.now(), username, reason, describe(versions.current()), figures);
        jdbc.update("DELETE FROM contract_figure_snapshot WHERE contract_id = ?", c.id());
        List<Object[]> rows = new ArrayList<>();
        for (ContractContext.Figure f : figures) {
            rows.add(new Object[] {c.id(), rows.size(), f.key(), cut(f.label(), 300), f.value(), cut(f.unit(), 200),
                    cut(f.source(), 300), f.millesime(), f.demo(), Timestamp.from(s.takenAt()), username,
                    cut(reason, 200), cut(s.dataVersions(), 300)});
        }
        jdbc.batchUpdate("INSERT INTO contract_figure_snapshot (contract_id, position, figure_key, label, amount, unit, "
                + "source, millesime, demo, taken_at, taken_by, reason, data_versions) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return s;
    }

    /** The frozen figures of contract {@code id}, empty when none were ever frozen (or the perimeter had none). */
    Optional<Snapshot> find(long id) {
        List<Object[]> rows = jdbc.query("SELECT figure_key, label, amount, unit, source, millesime, demo, taken_at, "
                + "taken_by, reason, data_versions FROM contract_figure_snapshot WHERE contract_id = ? ORDER BY position",
                (rs, n) -> new Object[] {new ContractContext.Figure(rs.getString(1), rs.getString(2),
                        (Double) rs.getObject(3, Double.class), rs.getString(4), rs.getString(5),
                        (Integer) rs.getObject(6, Integer.class), rs.getBoolean(7), null, null),
                        rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10), rs.getString(11)}, id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        return Optional.of(new Snapshot((Instant) first[1], (String) first[2], (String) first[3], (String) first[4],
                rows.stream().map(r -> (ContractContext.Figure) r[0]).toList()));
    }

    private static String describe(DataVersion current) {
        return Arrays.stream(DataKind.values()).map(k -> k.key() + "=" + current.of(k))
                .collect(Collectors.joining(", "));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
