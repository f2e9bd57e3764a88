package fr.oasis.territory;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Territories as JSON: counts per level, search by name or code, one territory with its relatives. */
@RestController
@RequestMapping("/api/territories")
class TerritoryApiController {
    private final TerritoryQueries queries;

    TerritoryApiController(TerritoryQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/summary")
    Map<String, Long> summary() {
        return queries.summary();
    }

    @GetMapping
    List<TerritoryView.Item> list(@RequestParam(defaultValue = "commune") String level,
                                  @RequestParam(defaultValue = "") String q,
                                  @RequestParam(defaultValue = "50") int limit) {
        if (q.length() > 100) {
            throw new IllegalArgumentException("search text is limited to 100 characters");
        }
        return queries.search(TerritoryLevel.fromKey(level), q, limit);
    }

    @GetMapping("/{level}/{code}")
    TerritoryView.Detail one(@PathVariable String level, @PathVariable String code) {
        TerritoryLevel parsed = TerritoryLevel.fromKey(level);
        return queries.find(parsed, code).orElseThrow(() ->
                new NoSuchElementException("no " + parsed.key() + " with code '" + code + "'"));
    }
}
