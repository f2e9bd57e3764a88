package fr.oasis.prospective.placement;

import fr.oasis.practitioner.Profession;
import jakarta.servlet.http.HttpServletResponse;
import fr.oasis.structure.StructureType;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page {@code /prospective/where-to-act}: a form and, once submitted, the communes chosen
 * step by step with their gains, drawn on the server. Bad input shows its French message with a 400.
 */
@Controller
class PlacementPageController {
    private final PlacementService placements;
    private final CandidateCommunes candidates;

    PlacementPageController(PlacementService placements, CandidateCommunes candidates) {
        this.placements = placements;
        this.candidates = candidates;
    }

    @GetMapping("/prospective/where-to-act")
    String page(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        model.addAttribute("professions", Profession.values());
        model.addAttribute("structureTypes", StructureType.values());
        model.addAttribute("p", params);
        if (params.containsKey("k")) {
            try {
                model.addAttribute("result", PlacementApiController.Search.run(placements, candidates,
                        params.getOrDefault("profession", "MG"), params.get("k"),
                        params.getOrDefault("objective", "population"), params.get("threshold"), params.get("communes"),
                        params.get("epci"), params.get("withProfession"), params.get("withStructure"),
                        params.get("years")));
            } catch (IllegalArgumentException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("error", e.getMessage());
            } catch (java.util.NoSuchElementException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "prospective-where-to-act";
    }
}
