package fr.oasis.structure;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the care structures ({@code care_structure}) with JDBC: the structures of the types an
 * import brings replace the stored ones of those types, and the {@code structures} data version
 * moves, all in the caller's transaction (a manifest import's: a failure anywhere leaves every
 * stored structure as it was). Thread-safe (stateless).
 */
@Repository
public class StructureStore {
    private final JdbcTemplate jdbc;
    private final DataVersions versions;

    StructureStore(JdbcTemplate jdbc, DataVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /**
     * Replaces the stored structures of {@code types} by {@code sites} (each of one of those types).
     *
     * @throws IllegalArgumentException for a site of another type
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(Collection<StructureType> types, List<StructureSite> sites) {
        for (StructureSite s : sites) {
            if (!types.contains(s.type())) {
                throw new IllegalArgumentException("a " + s.type().key() + " structure among the types " + types);
            }
        }
        versions.bump(DataKind.STRUCTURES);
        for (StructureType type : types) {
            jdbc.update("DELETE FROM care_structure WHERE structure_type = ?", type.key());
        }
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM care_structure", Long.class);
        long next = max == null ? 1 : max + 1;
        List<Object[]> rows = new ArrayList<>(sites.size());
        for (StructureSite s : sites) {
            rows.add(new Object[] {next++, s.type().key(), s.communeCode(), s.count(), s.lon(), s.lat(),
                    s.atCommunePoint(), s.name(), s.facilityType(), s.finess(), s.source(), s.millesime(), s.demo()});
        }
        jdbc.batchUpdate("INSERT INTO care_structure (id, structure_type, commune, structure_count, lon, lat, "
                + "at_commune_point, name, facility_type, finess, source, millesime, demo) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Every stored structure, by type then commune. */
    List<StructureSite> all() {
        return jdbc.query("SELECT structure_type, commune, structure_count, lon, lat, at_commune_point, name, "
                + "facility_type, finess, source, millesime, demo FROM care_structure "
                + "ORDER BY structure_type, commune, id", (rs, n) -> new StructureSite(
                StructureType.fromKey(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getDouble(4),
                rs.getDouble(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getInt(11), rs.getBoolean(12)));
    }
}
