package fr.oasis.grouping;

import fr.oasis.territory.TerritoryLevel;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /groupings}: the groupings of communes and, for ANALYST and ADMIN, their editor (map of
 * the communes: click to add or remove one, "all communes of these EPCI", pasted codes). A VIEWER
 * sees the list read-only. The page draws everything from {@code /api/groupings} and the layers.
 */
@Controller
class GroupingPageController {
    /** A grouping type as the select lists it. */
    record TypeOption(String key, String label) {
    }

    @GetMapping("/groupings")
    String page(Model model, Authentication user) {
        model.addAttribute("types", TerritoryLevel.groupings().stream().map(t -> new TypeOption(t.key(), t.label())).toList());
        model.addAttribute("canEdit", user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_ANALYST")));
        return "groupings";
    }
}
