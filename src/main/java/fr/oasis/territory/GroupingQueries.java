package fr.oasis.territory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the stored groupings (JDBC, bind parameters only). Thread-safe (stateless). */
@Service
@Transactional(readOnly = true)
public class GroupingQueries {
    private static final String SELECT = "SELECT g.grouping_type, g.code, g.name, g.vintage, g.source_label,"
            + " g.partial_group, g.created_by, m.commune_code FROM territory_grouping g"
            + " LEFT JOIN territory_grouping_member m ON m.grouping_id = g.id";

    private final JdbcTemplate jdbc;

    GroupingQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The groups of a type, in code order, with their members. */
    public List<GroupingRecord> ofType(TerritoryLevel type) {
        return read(SELECT + " WHERE g.grouping_type = ? ORDER BY g.code, m.commune_code", type.key());
    }

    /** One group, empty when there is none. */
    public Optional<GroupingRecord> find(TerritoryLevel type, String code) {
        return read(SELECT + " WHERE g.grouping_type = ? AND g.code = ? ORDER BY m.commune_code", type.key(), code)
                .stream().findFirst();
    }

    /** For each commune, the groups it belongs to per grouping type (codes in code order). */
    Map<String, Map<TerritoryLevel, List<String>>> groupsByCommune() {
        Map<String, Map<TerritoryLevel, List<String>>> byCommune = new HashMap<>();
        jdbc.query("SELECT g.grouping_type, g.code, m.commune_code FROM territory_grouping g"
                + " JOIN territory_grouping_member m ON m.grouping_id = g.id ORDER BY g.code", rs -> {
            TerritoryLevel type = TerritoryLevel.fromKey(rs.getString(1));
            byCommune.computeIfAbsent(rs.getString(3), c -> new EnumMap<>(TerritoryLevel.class))
                    .computeIfAbsent(type, t -> new ArrayList<>()).add(rs.getString(2));
        });
        return byCommune;
    }

    private List<GroupingRecord> read(String sql, Object... args) {
        record Row(TerritoryLevel type, String code, String name, int vintage, String source, boolean partial,
                   String createdBy, List<String> communes) {
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            Row row = rows.computeIfAbsent(rs.getString(1) + " " + rs.getString(2), k -> {
                try {
                    return new Row(TerritoryLevel.fromKey(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getInt(4), rs.getString(5), rs.getBoolean(6), rs.getString(7), new ArrayList<>());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (rs.getString(8) != null) {
                row.communes().add(rs.getString(8));
            }
        }, args);
        return rows.values().stream().map(r -> new GroupingRecord(r.type(), r.code(), r.name(), r.vintage(),
                r.source(), r.partial(), r.communes(), r.createdBy())).toList();
    }
}
