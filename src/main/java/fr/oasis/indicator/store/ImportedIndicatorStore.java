package fr.oasis.indicator.store;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;

import fr.oasis.territory.TerritoryLevel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads imported indicators. A write replaces whole (indicator, millésime) pairs in one
 * transaction: a failure half-way rolls back to the previous figures. Statements are constants
 * with bound parameters.
 */
@Repository
public class ImportedIndicatorStore {
    private static final String DELETE_DEFINITION =
            "DELETE FROM indicator_definition WHERE indicator_id = ? AND millesime = ?";
    private static final String DELETE_VALUES = "DELETE FROM indicator_value WHERE indicator_id = ? AND millesime = ?";
    private static final String INSERT_DEFINITION = "INSERT INTO indicator_definition (indicator_id, millesime, label,"
            + " unit, aggregation, scale_factor, source_label, source_format, imported_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_VALUE = "INSERT INTO indicator_value (indicator_id, millesime, territory_level,"
            + " territory_code, figure, numerator, denominator) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_DEFINITIONS = "SELECT indicator_id, millesime, label, unit, aggregation,"
            + " scale_factor, source_label, source_format FROM indicator_definition";
    private static final String SELECT_VALUES = "SELECT territory_level, territory_code, figure, numerator, denominator"
            + " FROM indicator_value WHERE indicator_id = ? AND millesime = ?";
    private static final String SELECT_LEVELS =
            "SELECT DISTINCT territory_level FROM indicator_value WHERE indicator_id = ? AND millesime = ?";

    private final JdbcTemplate jdbc;

    private final DataVersions versions;

    ImportedIndicatorStore(JdbcTemplate jdbc, DataVersions versions) {
        this.versions = versions;
        this.jdbc = jdbc;
    }

    /**
     * Replaces the figures of every given definition's (indicator, millésime) with {@code values},
     * in one transaction. Values must belong to one of the definitions.
     */
    @Transactional
    public void replace(List<IndicatorDefinition> definitions, List<IndicatorValue> values) {
        versions.bump(DataKind.INDICATORS);
        Timestamp now = Timestamp.from(Instant.now());
        for (IndicatorDefinition d : definitions) {
            jdbc.update(DELETE_VALUES, d.id(), d.millesime());
            jdbc.update(DELETE_DEFINITION, d.id(), d.millesime());
            jdbc.update(INSERT_DEFINITION, d.id(), d.millesime(), d.label(), d.unit(), d.aggregation().name(),
                    d.scale(), d.source(), d.format(), now);
        }
        jdbc.batchUpdate(INSERT_VALUE, values, 1000, ImportedIndicatorStore::bind);
    }

    /** Every stored definition, by id then millésime. */
    public List<IndicatorDefinition> definitions() {
        return jdbc.query(SELECT_DEFINITIONS, ImportedIndicatorStore::definition).stream()
                .sorted(Comparator.comparing(IndicatorDefinition::id).thenComparing(IndicatorDefinition::millesime))
                .toList();
    }

    /** The latest millésime of an indicator, if it was ever imported. */
    public Optional<IndicatorDefinition> latest(String id) {
        return definitions().stream().filter(d -> d.id().equals(id))
                .max(Comparator.comparingInt(IndicatorDefinition::millesime));
    }

    /** The levels at which an indicator's millésime was published, finest first. */
    public Set<TerritoryLevel> publishedLevels(IndicatorDefinition d) {
        List<String> keys = jdbc.queryForList(SELECT_LEVELS, String.class, d.id(), d.millesime());
        Set<TerritoryLevel> levels = new LinkedHashSet<>();
        for (TerritoryLevel level : TerritoryLevel.values()) {
            if (keys.contains(level.key())) {
                levels.add(level);
            }
        }
        return levels;
    }

    /** Every stored value of an indicator's millésime, all levels. */
    public List<IndicatorValue> values(IndicatorDefinition d) {
        return jdbc.query(SELECT_VALUES, (rs, n) -> new IndicatorValue(d.id(), d.millesime(),
                TerritoryLevel.fromKey(rs.getString(1)), rs.getString(2), number(rs, 3), number(rs, 4), number(rs, 5)),
                d.id(), d.millesime());
    }

    private static void bind(PreparedStatement ps, IndicatorValue v) throws SQLException {
        ps.setString(1, v.indicatorId());
        ps.setInt(2, v.millesime());
        ps.setString(3, v.level().key());
        ps.setString(4, v.code());
        // Typed NULLs: PostgreSQL refuses an untyped NULL for a DOUBLE PRECISION parameter in batches.
        setNumber(ps, 5, v.value());
        setNumber(ps, 6, v.numerator());
        setNumber(ps, 7, v.denominator());
    }

    private static void setNumber(PreparedStatement ps, int index, Double number) throws SQLException {
        if (number == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, number);
        }
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static IndicatorDefinition definition(ResultSet rs, int row) throws SQLException {
        return new IndicatorDefinition(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                Aggregation.valueOf(rs.getString(5)), rs.getDouble(6), rs.getString(7), rs.getString(8));
    }
}
