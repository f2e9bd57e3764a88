package fr.oasis.accessibility;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;

import fr.oasis.accessibility.engine.RoadNetwork;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Road network vintages and the travel-time tables routed on them, with plain JDBC: the graph and
 * the tables are binary columns (BLOB on H2, bytea on PostgreSQL) written with
 * {@code setBytes} and read with {@code getBytes}, which both drivers map natively (a JPA
 * {@code @Lob byte[]} would become a large-object {@code oid} on PostgreSQL). Vintages are kept
 * side by side; the latest imported one is used. Statements are constants with bound parameters.
 */
@Repository
public class RoadNetworkStore {
    private static final String COLUMNS =
            "id, label, source_format, millesime, description, demo, node_count, arc_count, imported_at";
    private static final String INSERT = "INSERT INTO road_network (label, source_format, millesime, description,"
            + " demo, node_count, arc_count, graph, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM road_network ORDER BY id DESC";
    private static final String SELECT_GRAPH = "SELECT graph FROM road_network WHERE id = ?";
    private static final String SELECT_TABLE =
            "SELECT times, computed_at FROM road_travel_table WHERE network_id = ? AND signature = ?";
    private static final String DELETE_TABLES = "DELETE FROM road_travel_table WHERE network_id = ?";
    private static final String INSERT_TABLE = "INSERT INTO road_travel_table (network_id, signature, communes,"
            + " pair_count, bound_minutes, times, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final int MAX_DESCRIPTION = 4000;

    private final JdbcTemplate jdbc;

    private final DataVersions versions;

    RoadNetworkStore(JdbcTemplate jdbc, DataVersions versions) {
        this.versions = versions;
        this.jdbc = jdbc;
    }

    /** A stored table: its bytes and when it was routed. */
    record StoredTable(byte[] times, Instant computedAt) {
    }

    /** Stores a new network vintage in one transaction and returns its id. */
    @Transactional
    public long store(RoadNetworkView.New vintage, RoadNetwork network) {
        versions.bump(DataKind.NETWORK);
        byte[] graph = RoadNetworkCodec.encode(network);
        String description = network.describe().length() > MAX_DESCRIPTION
                ? network.describe().substring(0, MAX_DESCRIPTION - 3) + "..." : network.describe();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement(INSERT, new String[] {"id"});
            ps.setString(1, vintage.label());
            ps.setString(2, vintage.format());
            ps.setInt(3, vintage.millesime());
            ps.setString(4, description);
            ps.setBoolean(5, vintage.demo());
            ps.setInt(6, network.nodeCount());
            ps.setInt(7, network.arcCount());
            ps.setBytes(8, graph);
            ps.setTimestamp(9, Timestamp.from(Instant.now()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** Every stored network vintage, latest first. */
    @Transactional(readOnly = true)
    public List<RoadNetworkView> list() {
        return jdbc.query(SELECT_ALL, RoadNetworkStore::view);
    }

    /** The most recently imported network, which the road model uses. */
    @Transactional(readOnly = true)
    public Optional<RoadNetworkView> latest() {
        return list().stream().findFirst();
    }

    /** The graph of a stored network. */
    @Transactional(readOnly = true)
    RoadNetwork graph(long networkId) {
        List<byte[]> graph = jdbc.query(SELECT_GRAPH, (rs, n) -> rs.getBytes(1), networkId);
        if (graph.isEmpty()) {
            throw new java.util.NoSuchElementException("no road network with id " + networkId);
        }
        return RoadNetworkCodec.decode(graph.get(0));
    }

    /** The table routed on a network for a signature (commune points and routing parameters), if stored. */
    @Transactional(readOnly = true)
    Optional<StoredTable> table(long networkId, String signature) {
        return jdbc.query(SELECT_TABLE, (rs, n) -> new StoredTable(rs.getBytes(1), rs.getTimestamp(2).toInstant()),
                networkId, signature).stream().findFirst();
    }

    /**
     * Stores the table of a network for a signature, replacing the network's other tables (they
     * were routed for communes or parameters no longer in use).
     */
    @Transactional
    void storeTable(long networkId, String signature, int communes, long pairs, double boundMinutes, byte[] times) {
        jdbc.update(DELETE_TABLES, networkId);
        jdbc.update(INSERT_TABLE, ps -> {
            ps.setLong(1, networkId);
            ps.setString(2, signature);
            ps.setInt(3, communes);
            ps.setLong(4, pairs);
            ps.setDouble(5, boundMinutes);
            ps.setBytes(6, times);
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
        });
    }

    private static RoadNetworkView view(ResultSet rs, int row) throws SQLException {
        return new RoadNetworkView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getBoolean(6), rs.getInt(7), rs.getInt(8), rs.getTimestamp(9).toInstant());
    }
}
