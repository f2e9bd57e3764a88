package fr.oasis.prospective.retirement;

import fr.oasis.practitioner.Profession;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page {@code /prospective/retirements}: a form (horizon, profession, threshold) and the
 * projection, drawn on the server (no script). Bad input shows its French message with a 400.
 */
@Controller
class RetirementPageController {
    private final RetirementService retirements;

    RetirementPageController(RetirementService retirements) {
        this.retirements = retirements;
    }

    @GetMapping("/prospective/retirements")
    String page(@RequestParam(defaultValue = "5") String years, @RequestParam(required = false) String profession,
                @RequestParam(required = false) String threshold, Model model, HttpServletResponse response) {
        model.addAttribute("professions", Profession.values());
        model.addAttribute("years", years);
        model.addAttribute("profession", profession == null ? "" : profession);
        model.addAttribute("threshold", threshold == null ? "" : threshold);
        model.addAttribute("retirementAge", retirements.retirementAge());
        try {
            int n = ProspectiveParams.whole(years, RetirementService.MIN_YEARS, RetirementService.MAX_YEARS, "L'horizon");
            Double given = ProspectiveParams.positive(threshold, "Le seuil d'APL");
            RetirementView.Summary result = profession == null || profession.isBlank() ? retirements.summary(n)
                    : retirements.profession(ProspectiveParams.profession(profession), n, given);
            model.addAttribute("result", result);
            model.addAttribute("detail", profession != null && !profession.isBlank());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
        } catch (java.util.NoSuchElementException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "prospective-retirements";
    }
}
