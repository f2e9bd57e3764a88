package fr.oasis.report;

import java.util.Optional;

/**
 * A section another module adds at the end of every territorial report (e.g. the services beyond
 * practices of the subject's communes), so that the report does not depend on that module.
 * Implementations are Spring beans; they must be thread-safe and fast (called per report).
 */
public interface ReportSectionSource {
    /** The section for the report's subject (its {@code communeCodes}), or empty to add none. */
    Optional<TerritoryReport.Section> section(TerritoryReport.Subject subject);
}
