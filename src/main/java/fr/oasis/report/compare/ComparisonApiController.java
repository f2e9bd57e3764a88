package fr.oasis.report.compare;

import fr.oasis.export.SpreadsheetCsv;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comparison as data: JSON ({@code /api/compare}) and the downloads of the page
 * ({@code /reports/compare.csv}, {@code .xlsx}). Bad requests answer 400 and unknown territories
 * 404, with the message, through the API error handler.
 */
@RestController
class ComparisonApiController {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final ComparisonService service;

    ComparisonApiController(ComparisonService service) {
        this.service = service;
    }

    /** E.g. {@code /api/compare?level=epci&codes=200000545,200066793}. */
    @GetMapping("/api/compare")
    Comparison compare(@RequestParam(defaultValue = "epci") String level, @RequestParam String codes) {
        return build(level, codes);
    }

    @GetMapping("/reports/compare.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "epci") String level, @RequestParam String codes) {
        Comparison comparison = build(level, codes);
        ComparisonTable table = ComparisonTable.of(comparison);
        SpreadsheetCsv csv = new SpreadsheetCsv();
        row(csv, table.header());
        table.rows().forEach(r -> row(csv, r));
        csv.text(table.note()).endRow();
        return download(csv.toBytes(), new MediaType("text", "csv", StandardCharsets.UTF_8), comparison, "csv");
    }

    @GetMapping("/reports/compare.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "epci") String level, @RequestParam String codes) {
        Comparison comparison = build(level, codes);
        return download(ComparisonWorkbook.write(ComparisonTable.of(comparison)), XLSX, comparison, "xlsx");
    }

    private static void row(SpreadsheetCsv csv, java.util.List<?> cells) {
        cells.forEach(csv::value);
        csv.endRow();
    }

    private Comparison build(String level, String codes) {
        return service.compare(ComparisonService.level(level), ComparisonService.codes(codes));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, Comparison comparison, String extension) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"oasis-comparaison-"
                        + comparison.level() + "." + extension + "\"")
                .contentType(type).body(body);
    }
}
