package fr.oasis.prospective;

import fr.oasis.prospective.scenario.ScenarioCatalogue;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /prospective}: the landing page of the prospective workspace (every role): the saved
 * scenarios, a link to build a new one (ANALYST, ADMIN), and the other tools of the workspace
 * (retirements, where to act, change over time).
 */
@Controller
class ProspectivePageController {
    private final ScenarioCatalogue scenarios;

    ProspectivePageController(ScenarioCatalogue scenarios) {
        this.scenarios = scenarios;
    }

    @GetMapping("/prospective")
    String landing(Model model, Authentication user) {
        model.addAttribute("scenarios", scenarios.list(user));
        model.addAttribute("canBuild", ScenarioCatalogue.canBuild(user));
        return "prospective";
    }
}
