package fr.oasis.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** French wording shared by the printed report and the workbook. Stateless. */
final class ReportLabels {
    /** Reports are read in France: dates are local to Paris, whatever the server's zone. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);
    private static final Map<String, String> LEVELS = Map.of(
            "commune", "Commune", "epci", "Intercommunalité (EPCI)", "departement", "Département",
            "region", "Région", "selection", "Sélection de communes");

    private ReportLabels() {
    }

    /** "Intercommunalité (EPCI)" for {@code epci}; an unknown level is shown as is. */
    static String level(String level) {
        return LEVELS.getOrDefault(level, level);
    }

    /** "12 mars 2025 à 14h05", Paris time. */
    static String longDate(Instant instant) {
        return LONG_DATE.format(instant.atZone(PARIS));
    }

    /** The Paris wall-clock time, for a spreadsheet date cell. */
    static LocalDateTime parisTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, PARIS);
    }
}
