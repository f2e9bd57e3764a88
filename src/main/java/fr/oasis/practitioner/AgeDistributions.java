package fr.oasis.practitioner;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored age distributions of practitioners (table {@code practitioner_age_class}): written
 * whole by an import inside its transaction, read by the retirement projection. No cache: the
 * table holds a few hundred rows, read in about a millisecond. Thread-safe.
 */
@Service
public class AgeDistributions {
    private final JdbcTemplate jdbc;

    AgeDistributions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored class with its provenance. */
    public record Stored(AgeClassCount count, String sourceLabel, int sourceVintage) {
    }

    /** Replaces every stored class by {@code counts}; joins the import's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceAll(List<AgeClassCount> counts, String sourceLabel, int sourceVintage) {
        jdbc.update("DELETE FROM practitioner_age_class");
        jdbc.batchUpdate("INSERT INTO practitioner_age_class (source_label, source_vintage, profession_group,"
                        + " zone_code, class_label, min_age, end_age, data_year, headcount) VALUES (?,?,?,?,?,?,?,?,?)",
                counts, 500, (ps, c) -> {
                    ps.setString(1, sourceLabel);
                    ps.setInt(2, sourceVintage);
                    ps.setString(3, c.group());
                    ps.setString(4, c.zone());
                    ps.setString(5, c.classLabel());
                    ps.setInt(6, c.minAge());
                    if (c.endAge() == null) {
                        ps.setNull(7, java.sql.Types.INTEGER);
                    } else {
                        ps.setInt(7, c.endAge());
                    }
                    ps.setInt(8, c.year());
                    ps.setLong(9, c.count());
                });
    }

    /** Every stored class, by group, zone, year and first age. */
    @Transactional(readOnly = true)
    public List<Stored> all() {
        return jdbc.query("SELECT source_label, source_vintage, profession_group, zone_code, class_label, min_age,"
                        + " end_age, data_year, headcount FROM practitioner_age_class"
                        + " ORDER BY profession_group, zone_code, data_year, min_age",
                (rs, n) -> new Stored(new AgeClassCount(rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), (Integer) rs.getObject(7, Integer.class), rs.getInt(8), rs.getLong(9), null),
                        rs.getString(1), rs.getInt(2)));
    }
}
