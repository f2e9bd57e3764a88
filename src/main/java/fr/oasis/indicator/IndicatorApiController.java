package fr.oasis.indicator;

import fr.oasis.territory.TerritoryLevel;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue and the multi-criteria filter as JSON (and CSV). */
@RestController
class IndicatorApiController {
    private final IndicatorCatalogue catalogue;
    private final TerritoryFilter filter;

    IndicatorApiController(IndicatorCatalogue catalogue, TerritoryFilter filter) {
        this.catalogue = catalogue;
        this.filter = filter;
    }

    @GetMapping("/api/indicators")
    List<IndicatorView.Definition> definitions() {
        return catalogue.definitions();
    }

    @GetMapping("/api/indicators/{id}")
    IndicatorView.Values values(@PathVariable String id, @RequestParam(defaultValue = "commune") String level,
                                @RequestParam(defaultValue = "MG") String profession,
                                @RequestParam(defaultValue = "all") String variant,
                                @RequestParam(required = false) Integer year) {
        return catalogue.values(id, TerritoryLevel.fromKey(level), profession, variant, year);
    }

    /** An imported indicator's evolution for one territory, e.g. {@code /api/indicators/mortality/series?level=departement&code=55}. */
    @GetMapping("/api/indicators/{id}/series")
    IndicatorView.Series series(@PathVariable String id, @RequestParam(defaultValue = "commune") String level,
                                @RequestParam String code) {
        return catalogue.series(id, TerritoryLevel.fromKey(level), code);
    }

    @GetMapping("/api/filter")
    ResponseEntity<?> filter(@RequestParam(defaultValue = "commune") String level,
                             @RequestParam(defaultValue = "and") String combine,
                             @RequestParam("c") List<String> conditions,
                             @RequestParam(defaultValue = "json") String format) {
        if (!combine.equals("and") && !combine.equals("or")) {
            throw new IllegalArgumentException("combine must be 'and' or 'or'");
        }
        IndicatorView.FilterResult result = filter.apply(TerritoryLevel.fromKey(level), combine.equals("and"),
                conditions);
        if (format.equals("csv")) {
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"oasis-filtre-" + result.level() + ".csv\"")
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(FilterCsv.write(result, FilterCsv.sources(catalogue.definitions())));
        }
        if (!format.equals("json")) {
            throw new IllegalArgumentException("format must be json or csv");
        }
        return ResponseEntity.ok(result);
    }
}
