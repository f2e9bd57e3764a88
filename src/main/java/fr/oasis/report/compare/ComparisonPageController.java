package fr.oasis.report.compare;

import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /reports/compare?level=epci&codes=A,B}: the comparison page. The URL holds the whole
 * selection, so a comparison can be bookmarked and shared; the search box (JavaScript) only adds
 * a code to it. With fewer than two territories the page invites to add some; a bad selection is
 * explained on the page with status 400 (404 for unknown territories).
 */
@Controller
class ComparisonPageController {
    /** The levels offered, in the order of the select. */
    private static final List<LevelOption> LEVELS = List.of(new LevelOption("epci", "Intercommunalités (EPCI)"),
            new LevelOption("commune", "Communes"), new LevelOption("departement", "Départements"));

    private final ComparisonService service;
    private final TerritoryQueries territories;

    ComparisonPageController(ComparisonService service, TerritoryQueries territories) {
        this.service = service;
        this.territories = territories;
    }

    /** The administrative levels, then every grouping level holding territories (TVS, CPTS...). */
    private List<LevelOption> levels() {
        List<LevelOption> levels = new java.util.ArrayList<>(LEVELS);
        java.util.Map<String, Long> present = territories.summary();
        for (TerritoryLevel g : TerritoryLevel.groupings()) {
            if (present.getOrDefault(g.key(), 0L) > 0) {
                levels.add(new LevelOption(g.key(), g.label()));
            }
        }
        return levels;
    }

    /** A level in the select. */
    record LevelOption(String key, String label) {
    }

    /** A chosen territory above the table, with the selection it leaves when removed. */
    record Chip(String code, String name, String codesWithout) {
    }

    @GetMapping("/reports/compare")
    String page(@RequestParam(defaultValue = "epci") String level, @RequestParam(defaultValue = "") String codes,
                Model model, HttpServletResponse response) {
        List<LevelOption> levels = levels();
        model.addAttribute("levels", levels);
        model.addAttribute("max", ComparisonService.MAX_TERRITORIES);
        model.addAttribute("level", levels.stream().anyMatch(l -> l.key().equals(level)) ? level : "epci");
        model.addAttribute("chips", List.of());
        model.addAttribute("codes", "");
        try {
            TerritoryLevel parsed = ComparisonService.level(level);
            List<String> list = ComparisonService.codes(codes);
            model.addAttribute("codes", String.join(",", list));
            model.addAttribute("chips", chips(parsed, list));
            if (list.size() < ComparisonService.MIN_TERRITORIES) {
                model.addAttribute("hint", "Ajoutez au moins deux territoires avec la recherche pour les comparer.");
            } else {
                model.addAttribute("page", ComparisonPage.of(service.compare(parsed, list)));
            }
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
        } catch (NoSuchElementException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", e.getMessage());
        }
        return "compare";
    }

    private List<Chip> chips(TerritoryLevel level, List<String> codes) {
        Map<String, String> names = territories.names(level);
        List<Chip> chips = new ArrayList<>();
        for (String code : codes) {
            List<String> others = new ArrayList<>(codes);
            others.remove(code);
            chips.add(new Chip(code, names.getOrDefault(code, code), String.join(",", others)));
        }
        return chips;
    }
}
