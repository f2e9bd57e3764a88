package fr.oasis.outreach;

import fr.oasis.outreach.Outreach.Initiative;
import fr.oasis.outreach.Outreach.MobileUnit;
import fr.oasis.outreach.Outreach.Stop;
import fr.oasis.outreach.Outreach.TeleconsultationSite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored service as the fields of its form (the CSV column names), and back as the rows the
 * {@link ServiceRules} check: the portal's forms are filled from a stored item, and the JSON API's
 * bodies (the records {@code GET /api/services} gives) are checked by the same rules as a file's
 * line. Stateless.
 */
final class ServiceForms {
    private ServiceForms() {
    }

    static Map<String, String> fields(TeleconsultationSite s) {
        return fields("code", s.code(), "nom", s.name(), "type", s.kind(), "commune", s.commune(), "lon",
                number(s.lon()), "lat", number(s.lat()), "horaires", s.hours(), "professions", s.professions(),
                "gestionnaire", s.operator());
    }

    static Map<String, String> fields(MobileUnit u) {
        return fields("code", u.code(), "nom", u.name(), "type", u.kind(), "operateur", u.operator());
    }

    static Map<String, String> fields(String unit, Stop s) {
        return fields("unite", unit, "commune", s.commune(), "lieu", s.place(), "demi_journees_par_mois",
                String.valueOf(s.halfDaysPerMonth()), "horaires", s.schedule());
    }

    static Map<String, String> fields(Initiative i) {
        return fields("code", i.code(), "titre", i.title(), "type", i.kind(), "date", i.date() == null ? null
                : i.date().toString(), "commune", i.commune(), "lieu", i.place(), "public_touche",
                i.publicReached() == null ? null : i.publicReached().toString());
    }

    /** A form row (no file): {@code position} 0 for the item itself, 1.. for the stops of a unit. */
    static ServiceRow row(ServiceRow.Kind kind, int position, Map<String, String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : kind.columns()) {
            String v = fields.get(column);
            values.put(column, v == null ? "" : v);
        }
        return new ServiceRow(kind, null, position, values);
    }

    /** The stop rows of a unit form, blank rows (no commune, place, half-days nor schedule) left out. */
    static List<ServiceRow> stopRows(String unit, List<Map<String, String>> stops) {
        List<ServiceRow> rows = new ArrayList<>();
        for (Map<String, String> stop : stops) {
            boolean blank = ServiceRow.Kind.STOP.columns().stream().filter(c -> !c.equals("unite"))
                    .allMatch(c -> stop.get(c) == null || stop.get(c).isBlank());
            if (!blank) {
                Map<String, String> values = new LinkedHashMap<>(stop);
                values.put("unite", unit);
                rows.add(row(ServiceRow.Kind.STOP, rows.size() + 1, values));
            }
        }
        return rows;
    }

    static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k + 1 < pairs.length; k += 2) {
            m.put(pairs[k], pairs[k + 1] == null ? "" : pairs[k + 1]);
        }
        return m;
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
