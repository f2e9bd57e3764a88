package fr.oasis.accessibility;

import fr.oasis.practitioner.Profession;
import fr.oasis.territory.TerritoryLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accessibility indicators and scenarios as JSON. */
@RestController
@RequestMapping("/api/accessibility")
class AccessibilityApiController {
    private final AccessibilityQueries queries;
    private final ScenarioService scenarios;
    private final ProximityService proximity;

    AccessibilityApiController(AccessibilityQueries queries, ScenarioService scenarios, ProximityService proximity) {
        this.proximity = proximity;
        this.queries = queries;
        this.scenarios = scenarios;
    }

    /** The stored computations of the latest practitioner vintage, with their parameters. */
    @GetMapping("/runs")
    List<AccessibilityView.Run> runs() {
        return queries.runs();
    }

    /** APL, time to nearest and populations beyond 10/20/30 min for every territory of a level. */
    @GetMapping("/{level}")
    AccessibilityView.Layer layer(@PathVariable String level, @RequestParam(defaultValue = "MG") String profession,
                                  @RequestParam(defaultValue = "all") String variant) {
        return queries.layer(TerritoryLevel.fromKey(level), Profession.fromKey(profession), AplVariant.fromKey(variant));
    }

    /**
     * Communes near practitioners: {@code professions=CD,INF&combine=or&km=1} is PASST's
     * "à moins d'1 km d'un dentiste et/ou d'un infirmier".
     */
    @GetMapping("/proximity")
    ProximityService.ProximityView proximity(@RequestParam String professions,
                                             @RequestParam(defaultValue = "or") String combine,
                                             @RequestParam(defaultValue = "1") double km) {
        if (!combine.equals("and") && !combine.equals("or")) {
            throw new IllegalArgumentException("combine must be 'and' or 'or'");
        }
        List<Profession> list = java.util.Arrays.stream(professions.split(",")).map(String::trim)
                .map(Profession::fromKey).distinct().toList();
        return proximity.compute(list, combine.equals("and"), km);
    }

    /** A practice opens (or closes): which communes gain, and by how much. */
    @PostMapping("/scenario")
    AccessibilityView.ScenarioResult scenario(@Valid @RequestBody ScenarioRequest request) {
        return scenarios.open(Profession.fromKey(request.profession()),
                AplVariant.fromKey(request.variant() == null ? "all" : request.variant()), request.communeCode(),
                request.practitioners(), request.activity());
    }

    record ScenarioRequest(@NotBlank String profession, String variant, @NotBlank String communeCode,
                           @NotNull Integer practitioners, @PositiveOrZero Double activity) {
    }
}
