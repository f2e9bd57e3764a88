package fr.oasis.outreach;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a service file or one form of the portal, before it is checked: the values by field
 * name (the CSV column names of {@code docs/services.md}), and where it comes from so that every
 * problem names it. Immutable.
 *
 * @param kind   which of the four formats
 * @param file   the file name (never a server path), or null for a portal form
 * @param line   the physical line in the file (header = 1), 0 for a portal form
 * @param values untrimmed values by field; a missing field reads as empty
 */
public record ServiceRow(Kind kind, String file, long line, Map<String, String> values) {
    public ServiceRow {
        values = Map.copyOf(values);
    }

    /** The value of {@code field} stripped of surrounding blanks, "" when absent. */
    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v.strip();
    }

    /** The four service formats, each recognised by its exact header. */
    public enum Kind {
        SITE("sites de téléconsultation", List.of("code", "nom", "type", "commune", "lon", "lat", "horaires",
                "professions", "gestionnaire")),
        UNIT("unités mobiles", List.of("code", "nom", "type", "operateur")),
        STOP("arrêts", List.of("unite", "commune", "lieu", "demi_journees_par_mois", "horaires")),
        INITIATIVE("initiatives", List.of("code", "titre", "type", "date", "commune", "lieu", "public_touche"));

        private final String label;
        private final List<String> columns;

        Kind(String label, List<String> columns) {
            this.label = label;
            this.columns = columns;
        }

        /** French name of the format, for messages. */
        public String label() {
            return label;
        }

        /** The header, in order. */
        public List<String> columns() {
            return columns;
        }

        /** Columns read as numbers (their decimal grammar is checked by the file reader). */
        public List<String> numericColumns() {
            return switch (this) {
                case SITE -> List.of("lon", "lat");
                case STOP -> List.of("demi_journees_par_mois");
                case INITIATIVE -> List.of("public_touche");
                case UNIT -> List.of();
            };
        }

        /** The kind whose header is exactly {@code header}. */
        public static Optional<Kind> ofHeader(List<String> header) {
            for (Kind k : values()) {
                if (k.columns.equals(header)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        /**
         * The kind a header was probably meant to be (by its distinctive column), for a message
         * naming the missing and unexpected columns; empty when nothing resembles a service file.
         */
        public static Optional<Kind> closest(List<String> header) {
            if (header.contains("demi_journees_par_mois") || header.contains("unite")) {
                return Optional.of(STOP);
            }
            boolean named = header.contains("code") || header.contains("nom") || header.contains("titre");
            if (named && (header.contains("titre") || header.contains("public_touche"))) {
                return Optional.of(INITIATIVE);
            }
            if (named && (header.contains("lon") || header.contains("lat") || header.contains("gestionnaire"))) {
                return Optional.of(SITE);
            }
            if (header.contains("code") && header.contains("nom") && header.contains("type")) {
                return Optional.of(UNIT);
            }
            return Optional.empty();
        }

        /** "fichier « f », ligne 1 : en-tête […] non reconnu …": the one message of a bad header. */
        public static String headerProblem(String file, long line, List<String> header) {
            StringBuilder s = new StringBuilder("fichier « " + file + " », ligne " + line + " : en-tête " + header
                    + " non reconnu");
            if (header.size() == 1 && header.get(0).indexOf(';') >= 0) {
                s.append(" ; séparateur « ; » trouvé : les fichiers de services sont séparés par des virgules");
            }
            closest(header).ifPresent(k -> {
                List<String> missing = k.columns.stream().filter(c -> !header.contains(c)).toList();
                List<String> unexpected = header.stream().filter(c -> !k.columns.contains(c)).toList();
                s.append(" ; pour les ").append(k.label);
                if (!missing.isEmpty()) {
                    s.append(", colonne(s) manquante(s) ").append(missing);
                }
                if (!unexpected.isEmpty()) {
                    s.append(", colonne(s) inattendue(s) ").append(unexpected);
                }
                if (missing.isEmpty() && unexpected.isEmpty()) {
                    s.append(", colonnes attendues dans l'ordre ").append(k.columns);
                }
            });
            return s.append(" ; les formats sont sites de téléconsultation ").append(SITE.columns)
                    .append(", unités mobiles ").append(UNIT.columns).append(", arrêts ").append(STOP.columns)
                    .append(", initiatives ").append(INITIATIVE.columns).append(" (ne renommez pas les colonnes)")
                    .toString();
        }
    }
}
