package fr.oasis.report;

import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders one EPCI's PDF in the background once the portal is up, so that the first user's PDF
 * does not pay for loading the fonts, the layout engine, the contours and the accessibility layers
 * (measured on Grand Est: 4.2 s for the first PDF after a start, 0.4–0.9 s afterwards). Off with
 * {@code oasis.report.warm-up=false} (the tests do, each Spring context would pay it). A failure
 * is logged, never fatal: it only means the first PDF is slower.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "oasis.report.warm-up", havingValue = "true", matchIfMissing = true)
class ReportWarmUp {
    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);
    private final ReportService reports;
    private final ReportShapes shapes;
    private final TerritoryQueries territories;

    ReportWarmUp(ReportService reports, ReportShapes shapes, TerritoryQueries territories) {
        this.reports = reports;
        this.shapes = shapes;
        this.territories = territories;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::renderOne, "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void renderOne() {
        long start = System.nanoTime();
        try {
            territories.names(TerritoryLevel.EPCI).keySet().stream().findFirst().ifPresent(code -> {
                TerritoryReport report = reports.report(TerritoryLevel.EPCI, code);
                ReportPdf.render(report, shapes.communes(report.subject()), shapes.context(report));
                log.info("Report PDF warmed up on EPCI {} in {} ms", code, (System.nanoTime() - start) / 1_000_000);
            });
        } catch (RuntimeException e) {
            log.warn("Report warm-up failed (the first PDF will only be slower): {}", e.toString());
        }
    }
}
