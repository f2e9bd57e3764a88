package fr.oasis.map;

import fr.oasis.practitioner.Profession;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /map}: the interactive map page. The page is a shell; the browser draws everything
 * from the JSON APIs, and keeps its state in the query string so a view can be shared.
 */
@Controller
class MapPageController {
    private final MapSettings settings;

    MapPageController(MapSettings settings) {
        this.settings = settings;
    }

    /** A profession as the page's select lists it. */
    record ProfessionOption(String key, String label) {
    }

    @GetMapping("/map")
    String map(Model model) {
        List<ProfessionOption> professions = Arrays.stream(Profession.values())
                .map(p -> new ProfessionOption(p.key(), p.pluralLabel())).toList();
        model.addAttribute("professions", professions);
        model.addAttribute("tileUrl", settings.tileUrl());
        model.addAttribute("tileAttribution", settings.tileAttribution());
        return "map";
    }
}
