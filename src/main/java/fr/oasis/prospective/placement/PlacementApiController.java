package fr.oasis.prospective.placement;

import fr.oasis.prospective.retirement.ProspectiveParams;
import fr.oasis.prospective.retirement.RetirementService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/prospective/where-to-act?profession=MG&k=5}: where k new practitioners would
 * help most (see {@link PlacementService}). Read-only: every signed-in role may call it.
 */
@RestController
class PlacementApiController {
    private final PlacementService placements;
    private final CandidateCommunes candidates;

    PlacementApiController(PlacementService placements, CandidateCommunes candidates) {
        this.placements = placements;
        this.candidates = candidates;
    }

    @GetMapping("/api/prospective/where-to-act")
    PlacementView.Result search(@RequestParam(defaultValue = "MG") String profession,
                                @RequestParam(defaultValue = "5") String k,
                                @RequestParam(defaultValue = "population") String objective,
                                @RequestParam(required = false) String threshold,
                                @RequestParam(required = false) String communes,
                                @RequestParam(required = false) String epci,
                                @RequestParam(required = false) String withProfession,
                                @RequestParam(required = false) String withStructure,
                                @RequestParam(required = false) String years) {
        return Search.run(placements, candidates, profession, k, objective, threshold, communes, epci,
                withProfession, withStructure, years);
    }

    /** The parameters read once for the API and the page. */
    static final class Search {
        private Search() {
        }

        static PlacementView.Result run(PlacementService placements, CandidateCommunes candidates, String profession,
                                        String k, String objective, String threshold, String communes, String epci,
                                        String withProfession, String withStructure, String years) {
            boolean deficit = switch (objective == null ? "" : objective.strip()) {
                case "population" -> false;
                case "deficit" -> true;
                default -> throw new IllegalArgumentException("objectif inconnu (objective) : « "
                        + ProspectiveParams.shorten(objective) + " » ; attendu population ou deficit");
            };
            return placements.search(ProspectiveParams.profession(profession),
                    ProspectiveParams.whole(k, PlacementService.MIN_K, PlacementService.MAX_K, "le nombre de praticiens (k)"),
                    deficit, ProspectiveParams.positive(threshold, "le seuil d'APL (threshold)"),
                    candidates.resolve(communes, epci, withProfession, withStructure),
                    years == null || years.isBlank() ? null : ProspectiveParams.whole(years, RetirementService.MIN_YEARS,
                            RetirementService.MAX_YEARS, "l'horizon (years)"));
        }
    }
}
