package fr.oasis.report;

import fr.oasis.territory.TerritoryLevel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report as files: {@code /reports/{level}/{code}.pdf|.xlsx|.csv} and the same for a
 * selection of communes. Every format renders the one {@link TerritoryReport} the page and the
 * JSON API show. Unknown territories are 404 and bad levels 400 through the API error handling.
 */
@RestController
class ReportDownloadController {
    static final MediaType PDF = MediaType.APPLICATION_PDF;
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private final ReportService reports;
    private final ReportShapes shapes;

    ReportDownloadController(ReportService reports, ReportShapes shapes) {
        this.reports = reports;
        this.shapes = shapes;
    }

    @GetMapping("/reports/{level}/{code}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String level, @PathVariable String code) {
        return pdf(reports.report(TerritoryLevel.fromKey(level), code));
    }

    @GetMapping("/reports/{level}/{code}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String level, @PathVariable String code) {
        TerritoryReport report = reports.report(TerritoryLevel.fromKey(level), code);
        return file(report, ReportWorkbook.render(report), XLSX, "xlsx");
    }

    @GetMapping("/reports/{level}/{code}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String level, @PathVariable String code) {
        TerritoryReport report = reports.report(TerritoryLevel.fromKey(level), code);
        return file(report, ReportCsv.render(report), CSV, "csv");
    }

    @GetMapping("/reports/selection.pdf")
    ResponseEntity<byte[]> selectionPdf(@RequestParam List<String> communes, @RequestParam(required = false) String name) {
        return pdf(reports.selection(communes, name));
    }

    @GetMapping("/reports/selection.xlsx")
    ResponseEntity<byte[]> selectionXlsx(@RequestParam List<String> communes,
                                         @RequestParam(required = false) String name) {
        TerritoryReport report = reports.selection(communes, name);
        return file(report, ReportWorkbook.render(report), XLSX, "xlsx");
    }

    @GetMapping("/reports/selection.csv")
    ResponseEntity<byte[]> selectionCsv(@RequestParam List<String> communes, @RequestParam(required = false) String name) {
        TerritoryReport report = reports.selection(communes, name);
        return file(report, ReportCsv.render(report), CSV, "csv");
    }

    private ResponseEntity<byte[]> pdf(TerritoryReport report) {
        byte[] body = ReportPdf.render(report, shapes.communes(report.subject()), shapes.context(report));
        return file(report, body, PDF, "pdf");
    }

    private static ResponseEntity<byte[]> file(TerritoryReport report, byte[] body, MediaType type, String extension) {
        String name = "oasis-rapport-" + report.subject().level() + "-" + report.subject().code() + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(type).body(body);
    }
}
