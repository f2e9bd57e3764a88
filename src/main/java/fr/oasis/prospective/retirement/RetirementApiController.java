package fr.oasis.prospective.retirement;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/prospective/retirements?years=5}: every profession projected N years ahead;
 * with {@code profession=MG} (and optionally {@code threshold=2.5}) one profession with the
 * communes that fall under the thresholds. Read-only: every signed-in role may call it.
 */
@RestController
class RetirementApiController {
    private final RetirementService retirements;

    RetirementApiController(RetirementService retirements) {
        this.retirements = retirements;
    }

    @GetMapping("/api/prospective/retirements")
    RetirementView.Summary project(@RequestParam(defaultValue = "5") String years,
                                   @RequestParam(required = false) String profession,
                                   @RequestParam(required = false) String threshold) {
        int n = ProspectiveParams.whole(years, RetirementService.MIN_YEARS, RetirementService.MAX_YEARS, "l'horizon (years)");
        Double given = ProspectiveParams.positive(threshold, "le seuil d'APL (threshold)");
        if (profession == null || profession.isBlank()) {
            return retirements.summary(n);
        }
        return retirements.profession(ProspectiveParams.profession(profession), n, given);
    }
}
