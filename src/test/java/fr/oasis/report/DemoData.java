package fr.oasis.report;

import fr.oasis.demo.DemoLoader;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.territory.TerritoryQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts the demonstration territory and practitioners in the test database for a report test.
 * The Spring contexts of one test JVM share one database: another context may have replaced the
 * demonstration data (or left imported indicators whose codes the demonstration reuses); the
 * data versions moved by those changes make this context's kept layers and sums follow.
 */
final class DemoData {
    private DemoData() {
    }

    static void ensure(DemoLoader demo, TerritoryQueries territories, PractitionerQueries practitioners,
                       ApplicationEventPublisher events, JdbcTemplate jdbc) {
        fr.oasis.support.DataChange.deleteImportedIndicators(jdbc);
        boolean present = fr.oasis.support.DemoInDatabase.territoryPresent(territories)
                && practitioners.latestVintage().map(PractitionerVintageView::demo).orElse(false);
        if (!present) {
            demo.load();
        }
    }
}
