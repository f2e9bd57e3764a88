package fr.oasis.report;

import fr.oasis.territory.TerritoryLevel;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Territorial reports as JSON: the same {@link TerritoryReport} the page, the PDF and the
 * workbook show. Unknown codes answer 404, a bad level 400 (see the API error handler).
 */
@RestController
@RequestMapping("/api/reports")
class ReportApiController {
    private final ReportService reports;

    ReportApiController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/{level}/{code}")
    TerritoryReport report(@PathVariable String level, @PathVariable String code) {
        return reports.report(TerritoryLevel.fromKey(level), code);
    }

    /** {@code ?communes=55029,55040&name=...}: codes comma-separated or repeated. */
    @GetMapping("/selection")
    TerritoryReport selection(@RequestParam List<String> communes, @RequestParam(required = false) String name) {
        return reports.selection(communes, name);
    }
}
