package fr.oasis.outreach;

import fr.oasis.outreach.Outreach.Initiative;
import fr.oasis.outreach.Outreach.Stop;
import fr.oasis.outreach.Outreach.TeleconsultationSite;
import fr.oasis.tabular.Decimals;
import fr.oasis.territory.TerritoryView;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of one service, the same for a line of an imported file and for a form of the portal:
 * codes of 1 to 40 letters, digits, points or dashes; kinds from their lists; communes stored;
 * WGS84 coordinates within {@value #MAX_SITE_DISTANCE_KM} km of the site's commune (catches
 * swapped lon/lat); 1 to 40 half-days a month per stop; dates {@code AAAA-MM-JJ}; texts of at most
 * 300 characters without control characters. Each problem is a French sentence naming where
 * (file and line, or the stop of a form) and the field, added to the caller's list; the values
 * returned are then not to be stored. Not thread-safe: one instance per check.
 */
final class ServiceRules {
    /** The kinds of each item, with their French labels, in the order of the forms. */
    static final Map<String, String> SITE_LABELS = labels("cabine", "Cabine de téléconsultation", "pharmacie",
            "Pharmacie", "ehpad", "EHPAD", "salle-msp", "Salle de MSP", "autre", "Autre");
    static final Map<String, String> UNIT_LABELS = labels("bus-dentaire", "Bus dentaire", "medicobus", "Médicobus",
            "equipe-mobile", "Équipe mobile", "bus-france-services", "Bus France Services", "autre", "Autre");
    static final Map<String, String> INITIATIVE_LABELS = labels("depistage", "Dépistage", "forum", "Forum santé",
            "prevention", "Prévention", "autre", "Autre");
    static final Set<String> SITE_KINDS = SITE_LABELS.keySet();
    static final Set<String> UNIT_KINDS = UNIT_LABELS.keySet();
    static final Set<String> INITIATIVE_KINDS = INITIATIVE_LABELS.keySet();
    static final int MAX_TEXT = 300;
    static final double MAX_SITE_DISTANCE_KM = 100;

    /** A mobile unit's own fields, before its stops are attached. */
    record UnitHead(String code, String name, String kind, String operator) {
    }

    /**
     * The stored communes.
     *
     * @param names  every commune's name by INSEE code
     * @param points the reference points of the communes that have one, by code
     */
    record Communes(Map<String, String> names, Map<String, TerritoryView.CommunePoint> points) {
    }

    private final Communes communes;
    private final List<String> problems;

    /** @param problems where problems are added */
    ServiceRules(Communes communes, List<String> problems) {
        this.communes = communes;
        this.problems = problems;
    }

    TeleconsultationSite site(ServiceRow row, String source, boolean demo) {
        Check c = new Check(row);
        String commune = c.commune("commune");
        double lon = c.number("lon", -180, 180, true);
        double lat = c.number("lat", -90, 90, true);
        TerritoryView.CommunePoint p = commune == null ? null : communes.points().get(commune);
        if (p != null && Double.isFinite(lon) && Double.isFinite(lat)) {
            double km = kilometres(lon, lat, p.lon(), p.lat());
            if (km > MAX_SITE_DISTANCE_KM) {
                problems.add(c.where("lon, lat") + String.format(java.util.Locale.FRANCE, "le point (%.4f ; %.4f) est à "
                        + "%.0f km de la commune « %s » (au plus %.0f km) : longitude et latitude inversées ou erronées ?",
                        lon, lat, km, p.name(), MAX_SITE_DISTANCE_KM));
            }
        }
        return new TeleconsultationSite(c.code("code"), c.required("nom"), c.kind(SITE_KINDS), commune, lon, lat,
                c.optional("horaires"), c.optional("professions"), c.optional("gestionnaire"), source, demo);
    }

    UnitHead unit(ServiceRow row) {
        Check c = new Check(row);
        return new UnitHead(c.code("code"), c.required("nom"), c.kind(UNIT_KINDS), c.optional("operateur"));
    }

    Stop stop(ServiceRow row) {
        Check c = new Check(row);
        String commune = c.commune("commune");
        double halfDays = c.number("demi_journees_par_mois", 1, Outreach.MAX_HALF_DAYS_PER_MONTH, true);
        if (Double.isFinite(halfDays) && halfDays != Math.rint(halfDays)) {
            problems.add(c.where("demi_journees_par_mois") + "« " + row.value("demi_journees_par_mois")
                    + " » : un nombre entier de demi-journées est attendu");
        }
        return new Stop(commune, c.optional("lieu"), Double.isFinite(halfDays) ? (int) halfDays : 0,
                c.optional("horaires"));
    }

    Initiative initiative(ServiceRow row, String source, boolean demo) {
        Check c = new Check(row);
        LocalDate date = null;
        String text = c.required("date");
        if (text != null) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(c.where("date") + "« " + text + " » n'est pas une date AAAA-MM-JJ");
            }
        }
        double reached = c.number("public_touche", 0, 10_000_000, false);
        return new Initiative(c.code("code"), c.required("titre"), c.kind(INITIATIVE_KINDS), date,
                c.commune("commune"), c.optional("lieu"), Double.isFinite(reached) ? (int) reached : null, source, demo);
    }

    /** Where a row is: "fichier « f », ligne N", "arrêt N" (a stop of a form), or "" (a form). */
    static String origin(ServiceRow row) {
        if (row.file() != null) {
            return "fichier « " + row.file() + " », ligne " + row.line();
        }
        return row.kind() == ServiceRow.Kind.STOP && row.line() > 0 ? "arrêt " + row.line() : "";
    }

    /** Great-circle distance in kilometres (spherical Earth, 6,371 km). */
    static double kilometres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The checks of one row. */
    private final class Check {
        private final ServiceRow row;

        Check(ServiceRow row) {
            this.row = row;
        }

        String where(String field) {
            String origin = origin(row);
            return (origin.isEmpty() ? "" : origin + ", ") + "champ « " + field + " » : ";
        }

        String optional(String field) {
            String v = row.value(field);
            if (v.length() > MAX_TEXT) {
                problems.add(where(field) + v.length() + " caractères, au plus " + MAX_TEXT);
            } else if (v.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\t')) {
                problems.add(where(field) + "caractère de contrôle refusé");
            }
            return v.isEmpty() ? null : v;
        }

        String required(String field) {
            String v = optional(field);
            if (v == null) {
                problems.add(where(field) + "valeur obligatoire");
            }
            return v;
        }

        String code(String field) {
            String v = row.value(field);
            if (!v.matches("[\\p{L}\\p{N}._-]{1,40}")) {
                problems.add(where(field) + "« " + shown(v) + " » : 1 à 40 lettres, chiffres, points, tirets");
            }
            return v;
        }

        String kind(Set<String> kinds) {
            String v = row.value("type");
            if (!kinds.contains(v)) {
                problems.add(where("type") + "« " + shown(v) + " » n'est pas dans la liste " + new TreeSet<>(kinds));
            }
            return v;
        }

        String commune(String field) {
            String v = row.value(field);
            if (!communes.names().containsKey(v)) {
                problems.add(where(field) + (v.isEmpty() ? "valeur obligatoire (code INSEE)"
                        : "commune « " + shown(v) + " » inconnue des territoires chargés"));
            }
            return v;
        }

        /** The number in {@code [min, max]}, or NaN (problem added unless blank and optional). */
        double number(String field, double min, double max, boolean required) {
            String v = row.value(field);
            if (v.isEmpty()) {
                if (required) {
                    problems.add(where(field) + "valeur obligatoire");
                }
                return Double.NaN;
            }
            double d = Decimals.parse(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                problems.add(where(field) + "« " + shown(v) + " » n'est pas un nombre");
                return Double.NaN;
            }
            if (!(d >= min && d <= max)) {
                problems.add(where(field) + v + (field.equals("demi_journees_par_mois") ? " demi-journées par mois, "
                        + "de " + (int) min + " à " + (int) max + " attendues" : " hors de " + fmt(min) + " à "
                        + fmt(max)));
                return Double.NaN;
            }
            return d;
        }
    }

    /** The kinds of {@code kind} and their labels (empty for stops). */
    static Map<String, String> kindLabels(ServiceRow.Kind kind) {
        return switch (kind) {
            case SITE -> SITE_LABELS;
            case UNIT -> UNIT_LABELS;
            case INITIATIVE -> INITIATIVE_LABELS;
            case STOP -> Map.of();
        };
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int k = 0; k + 1 < pairs.length; k += 2) {
            m.put(pairs[k], pairs[k + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String shown(String v) {
        String cut = v.length() > 40 ? v.substring(0, 40) + "…" : v;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
