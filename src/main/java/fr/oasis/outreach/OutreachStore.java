package fr.oasis.outreach;

import fr.oasis.outreach.Outreach.Initiative;
import fr.oasis.outreach.Outreach.MobileUnit;
import fr.oasis.outreach.Outreach.Stop;
import fr.oasis.outreach.Outreach.TeleconsultationSite;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The service catalogue's tables with JDBC and bind parameters: written whole by an import or item by
 * item by the portal, read whole (a catalogue is small: hundreds of rows for a région), and the
 * audit trail of the portal's changes. Callers hold the transaction. Thread-safe (stateless).
 */
@Repository
class OutreachStore {
    private final JdbcTemplate jdbc;

    OutreachStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replaceAll(Outreach.Catalogue c) {
        for (String table : List.of("outreach_stop", "outreach_unit", "outreach_site", "outreach_initiative")) {
            jdbc.update("DELETE FROM " + table);
        }
        c.sites().forEach(this::insert);
        c.units().forEach(this::insert);
        c.initiatives().forEach(this::insert);
    }

    void insert(TeleconsultationSite s) {
        jdbc.update("INSERT INTO outreach_site (code, name, kind, commune, lon, lat, hours, professions, operator, "
                + "source, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.code(), s.name(), s.kind(), s.commune(),
                s.lon(), s.lat(), s.hours(), s.professions(), s.operator(), s.source(), s.demo());
    }

    void insert(MobileUnit u) {
        jdbc.update("INSERT INTO outreach_unit (code, name, kind, operator, source, demo) VALUES (?, ?, ?, ?, ?, ?)",
                u.code(), u.name(), u.kind(), u.operator(), u.source(), u.demo());
        List<Object[]> stops = new ArrayList<>();
        for (int i = 0; i < u.stops().size(); i++) {
            Stop s = u.stops().get(i);
            stops.add(new Object[] {u.code(), i, s.commune(), s.place(), s.halfDaysPerMonth(), s.schedule()});
        }
        jdbc.batchUpdate("INSERT INTO outreach_stop (unit_code, position, commune, place, half_days, schedule) "
                + "VALUES (?, ?, ?, ?, ?, ?)", stops);
    }

    void insert(Initiative i) {
        jdbc.update("INSERT INTO outreach_initiative (code, title, kind, held_on, commune, place, public_reached, "
                + "source, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", i.code(), i.title(), i.kind(),
                Date.valueOf(i.date()), i.commune(), i.place(), i.publicReached(), i.source(), i.demo());
    }

    /** Deletes one item (a unit with its stops); false when there was none of that code. */
    boolean delete(ServiceRow.Kind kind, String code) {
        return switch (kind) {
            case SITE -> jdbc.update("DELETE FROM outreach_site WHERE code = ?", code) > 0;
            case UNIT -> {
                jdbc.update("DELETE FROM outreach_stop WHERE unit_code = ?", code);
                yield jdbc.update("DELETE FROM outreach_unit WHERE code = ?", code) > 0;
            }
            case INITIATIVE -> jdbc.update("DELETE FROM outreach_initiative WHERE code = ?", code) > 0;
            case STOP -> throw new IllegalArgumentException("a stop is changed with its unit");
        };
    }

    /** One audit row: the item before and after, as JSON (null for a creation or a deletion). */
    void recordChange(String username, String type, ServiceRow.Kind kind, String code, String summary,
                      String beforeJson, String afterJson) {
        jdbc.update("INSERT INTO outreach_change (changed_at, username, change_type, item_kind, item_code, summary, "
                + "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.from(Instant.now()), username,
                type, kind.name(), code, summary.length() <= 2000 ? summary : summary.substring(0, 1997) + "…",
                beforeJson, afterJson);
    }

    /** The audited changes, newest first, at most {@code limit}. */
    List<OutreachChange> changes(int limit) {
        return jdbc.query("SELECT id, changed_at, username, change_type, item_kind, item_code, summary, before_json, "
                + "after_json FROM outreach_change ORDER BY id DESC", rs -> {
                    List<OutreachChange> out = new ArrayList<>();
                    while (rs.next() && out.size() < limit) {
                        out.add(new OutreachChange(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9)));
                    }
                    return out;
                });
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
