package fr.oasis.prospective.evolution;

import fr.oasis.accessibility.AplVariant;
import fr.oasis.practitioner.Profession;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /prospective/evolution}: the page shell (choices of profession, variant and the two
 * vintages); the browser draws the difference map and the table from
 * {@code /api/prospective/evolution} ({@code static/js/evolution.js}). Every logged-in role.
 */
@Controller
class EvolutionPageController {
    private final EvolutionService evolution;

    EvolutionPageController(EvolutionService evolution) {
        this.evolution = evolution;
    }

    /** A choice of a select list. */
    record Option(String key, String label) {
    }

    @GetMapping("/prospective/evolution")
    String page(Model model) {
        List<EvolutionView.Vintage> vintages = evolution.vintages();
        model.addAttribute("vintages", vintages);
        model.addAttribute("demo", vintages.stream().anyMatch(EvolutionView.Vintage::demo));
        model.addAttribute("professions", Arrays.stream(Profession.values())
                .map(p -> new Option(p.key(), p.pluralLabel())).toList());
        model.addAttribute("variants", List.of(new Option(AplVariant.ALL.key(), "tous les professionnels"),
                new Option(AplVariant.UNDER_65.key(), "professionnels de moins de 65 ans"),
                new Option(AplVariant.UNDER_62.key(), "professionnels de moins de 62 ans")));
        return "evolution";
    }
}
