package fr.oasis.report;

import fr.oasis.territory.TerritoryLevel;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The report pages: {@code /reports} (find a territory), {@code /reports/{level}/{code}} and
 * {@code /reports/selection?communes=…}. An unknown territory answers a French 404 page.
 */
@Controller
class ReportPageController {
    private final ReportService reports;
    private final ReportShapes shapes;
    private final fr.oasis.territory.TerritoryQueries territories;

    ReportPageController(ReportService reports, ReportShapes shapes, fr.oasis.territory.TerritoryQueries territories) {
        this.reports = reports;
        this.shapes = shapes;
        this.territories = territories;
    }

    /** A grouping level the search offers (TVS, CPTS...), when it holds territories. */
    record LevelOption(String key, String label) {
    }

    private ReportPage page(TerritoryReport report) {
        return ReportPage.of(report, ReportPdf.locator(shapes.communes(report.subject()), shapes.context(report)));
    }

    @GetMapping("/reports")
    String index(Model model) {
        java.util.Map<String, Long> present = territories.summary();
        model.addAttribute("groupingLevels", TerritoryLevel.groupings().stream()
                .filter(g -> present.getOrDefault(g.key(), 0L) > 0).map(g -> new LevelOption(g.key(), g.label())).toList());
        return "reports";
    }

    @GetMapping("/reports/{level}/{code}")
    String report(@PathVariable String level, @PathVariable String code, Model model) {
        model.addAttribute("page", page(reports.report(TerritoryLevel.fromKey(level), code)));
        return "report";
    }

    @GetMapping("/reports/selection")
    String selection(@RequestParam List<String> communes, @RequestParam(required = false) String name, Model model) {
        model.addAttribute("page", page(reports.selection(communes, name)));
        return "report";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NoSuchElementException e, Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("message", "Aucun territoire des données importées ne correspond à cette adresse : "
                + "vérifiez le niveau et le code, ou cherchez le territoire ci-dessous.");
        return "report-error";
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Exception e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("message", "Adresse de rapport invalide : le niveau est commune, epci, departement ou "
                + "region, et une sélection nomme de 1 à 10 000 codes de communes (paramètre communes).");
        return "report-error";
    }
}
