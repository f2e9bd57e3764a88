package fr.oasis.outreach;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of {@code POST}/{@code PUT /api/services/...}: the fields {@code GET /api/services}
 * gives (its {@code source} and {@code demo} are ignored: the server sets them), every one
 * optional and as loose as a form's, so that a missing or malformed value gets the same French
 * message naming the field as in the portal ({@link ServiceRules}) rather than a parse error.
 */
final class ServiceBodies {
    private ServiceBodies() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Site(String code, String name, String kind, String commune, Object lon, Object lat, String hours,
                String professions, String operator) {
        Map<String, String> fields() {
            return ServiceForms.fields("code", code, "nom", name, "type", kind, "commune", commune, "lon", text(lon),
                    "lat", text(lat), "horaires", hours, "professions", professions, "gestionnaire", operator);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stop(String commune, String place, Object halfDaysPerMonth, String schedule) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unit(String code, String name, String kind, String operator, List<Stop> stops) {
        Map<String, String> fields() {
            return ServiceForms.fields("code", code, "nom", name, "type", kind, "operateur", operator);
        }

        List<Map<String, String>> stopFields() {
            return stops == null ? List.of() : stops.stream().map(s -> s == null ? Map.<String, String>of()
                    : ServiceForms.fields("commune", s.commune(), "lieu", s.place(), "demi_journees_par_mois",
                    text(s.halfDaysPerMonth()), "horaires", s.schedule())).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Initiative(String code, String title, String kind, String date, String commune, String place,
                      Object publicReached) {
        Map<String, String> fields() {
            return ServiceForms.fields("code", code, "titre", title, "type", kind, "date", date, "commune", commune,
                    "lieu", place, "public_touche", text(publicReached));
        }
    }

    /** A JSON number or string as the text a form would hold ("" for null). */
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
