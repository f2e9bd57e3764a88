package fr.oasis.outreach;

import fr.oasis.outreach.Outreach.Initiative;
import fr.oasis.outreach.Outreach.MobileUnit;
import fr.oasis.outreach.Outreach.Stop;
import fr.oasis.outreach.Outreach.TeleconsultationSite;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The service catalogue's tables, written whole and read whole with JDBC (a catalogue is small:
 * hundreds of rows for a région). Callers hold the transaction. Thread-safe (stateless).
 */
@Repository
class OutreachStore {
    private final JdbcTemplate jdbc;
    private final DataVersions versions;

    OutreachStore(JdbcTemplate jdbc, DataVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    void replaceAll(Outreach.Catalogue c) {
        versions.bump(DataKind.SERVICES); // reports show services: their kept answers must change
        for (String table : List.of("outreach_stop", "outreach_unit", "outreach_site", "outreach_initiative")) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.batchUpdate("INSERT INTO outreach_site (code, name, kind, commune, lon, lat, hours, professions, operator, "
                + "source, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", c.sites().stream().map(s -> new Object[] {
                s.code(), s.name(), s.kind(), s.commune(), s.lon(), s.lat(), s.hours(), s.professions(), s.operator(),
                s.source(), s.demo()}).toList());
        List<Object[]> stops = new ArrayList<>();
        for (MobileUnit u : c.units()) {
            for (int i = 0; i < u.stops().size(); i++) {
                Stop s = u.stops().get(i);
                stops.add(new Object[] {u.code(), i, s.commune(), s.place(), s.halfDaysPerMonth(), s.schedule()});
            }
        }
        jdbc.batchUpdate("INSERT INTO outreach_unit (code, name, kind, operator, source, demo) VALUES (?, ?, ?, ?, ?, ?)",
                c.units().stream().map(u -> new Object[] {u.code(), u.name(), u.kind(), u.operator(), u.source(),
                        u.demo()}).toList());
        jdbc.batchUpdate("INSERT INTO outreach_stop (unit_code, position, commune, place, half_days, schedule) "
                + "VALUES (?, ?, ?, ?, ?, ?)", stops);
        jdbc.batchUpdate("INSERT INTO outreach_initiative (code, title, kind, held_on, commune, place, public_reached, "
                + "source, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", c.initiatives().stream().map(i -> new Object[] {
                i.code(), i.title(), i.kind(), Date.valueOf(i.date()), i.commune(), i.place(), i.publicReached(),
                i.source(), i.demo()}).toList());
    }

    Outreach.Catalogue all() {
        List<TeleconsultationSite> sites = jdbc.query("SELECT code, name, kind, commune, lon, lat, hours, professions, "
                + "operator, source, demo FROM outreach_site ORDER BY code", (rs, n) -> new TeleconsultationSite(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11)));
        Map<String, List<Stop>> stops = new LinkedHashMap<>();
        jdbc.query("SELECT unit_code, commune, place, half_days, schedule FROM outreach_stop ORDER BY unit_code, position",
                rs -> {
                    stops.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Stop(rs.getString(2),
                            rs.getString(3), rs.getInt(4), rs.getString(5)));
                });
        List<MobileUnit> units = jdbc.query("SELECT code, name, kind, operator, source, demo FROM outreach_unit "
                + "ORDER BY code", (rs, n) -> new MobileUnit(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), stops.getOrDefault(rs.getString(1), List.of()), rs.getString(5), rs.getBoolean(6)));
        List<Initiative> initiatives = jdbc.query("SELECT code, title, kind, held_on, commune, place, public_reached, "
                + "source, demo FROM outreach_initiative ORDER BY held_on, code", (rs, n) -> {
                    int reached = rs.getInt(7);
                    Integer r = rs.wasNull() ? null : reached;
                    return new Initiative(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), r, rs.getString(8),
                            rs.getBoolean(9));
                });
        return new Outreach.Catalogue(sites, units, initiatives);
    }
}
