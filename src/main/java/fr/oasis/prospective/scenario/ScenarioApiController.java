package fr.oasis.prospective.scenario;

import fr.oasis.territory.Communes;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/prospective/scenarios}: evaluate a draft (ANALYST, ADMIN), save, list, open,
 * change and delete scenarios (see {@link ScenarioCatalogue} for who may), the outcome of a saved
 * one (every role) and the current baseline of a profession for the map. Errors go through
 * {@code web.ApiErrorHandler} with French messages.
 */
@RestController
@RequestMapping("/api/prospective/scenarios")
class ScenarioApiController {
    private final ScenarioEvaluator scenarios;
    private final ScenarioCatalogue catalogue;
    private final Communes communes;

    ScenarioApiController(ScenarioEvaluator scenarios, ScenarioCatalogue catalogue, Communes communes) {
        this.scenarios = scenarios;
        this.catalogue = catalogue;
        this.communes = communes;
    }

    @GetMapping
    List<SavedScenario.Summary> list(Authentication user) {
        return catalogue.list(user);
    }

    /** What the changes would do, without saving anything. */
    @PostMapping("/evaluate")
    ScenarioOutcome evaluate(@RequestBody ScenarioDraft draft, Authentication user) {
        ScenarioCatalogue.requireBuilder(user);
        return scenarios.evaluate(draft);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ScenarioView create(@RequestBody ScenarioDraft draft, Authentication user) {
        return view(catalogue.create(draft, user), user);
    }

    @GetMapping("/{id}")
    ScenarioView get(@PathVariable long id, Authentication user) {
        return view(catalogue.get(id), user);
    }

    @PutMapping("/{id}")
    ScenarioView update(@PathVariable long id, @RequestBody ScenarioDraft draft, Authentication user) {
        return view(catalogue.update(id, draft, user), user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, Authentication user) {
        catalogue.delete(id, user);
    }

    /** The saved scenario evaluated on the current situation. */
    @GetMapping("/{id}/outcome")
    ScenarioOutcome outcome(@PathVariable long id) {
        return catalogue.outcome(catalogue.get(id));
    }

    /** The APL and time to the nearest per commune, now or projected, for the scenario map. */
    @GetMapping("/baseline")
    ScenarioEvaluator.BaselineLayer baseline(@RequestParam(defaultValue = "MG") String profession,
                                           @RequestParam(defaultValue = "all") String variant,
                                           @RequestParam(required = false) Double retirementYears) {
        return scenarios.baselineLayer(ScenarioRules.profession(profession), ScenarioRules.variant(variant),
                ScenarioRules.retirementYears(retirementYears));
    }

    private ScenarioView view(SavedScenario s, Authentication user) {
        return ScenarioView.of(s, catalogue.editable(s, user) && ScenarioCatalogue.canBuild(user),
                communes.table().byCode());
    }
}
