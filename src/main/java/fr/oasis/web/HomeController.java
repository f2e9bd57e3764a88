package fr.oasis.web;

import fr.oasis.territory.TerritoryQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the portal's home page. */
@Controller
class HomeController {
    private final TerritoryQueries territories;

    HomeController(TerritoryQueries territories) {
        this.territories = territories;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("summary", territories.summary());
        model.addAttribute("provenance", territories.provenance().orElse(null));
        return "home";
    }
}
