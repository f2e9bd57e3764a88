package fr.oasis.prospective.scenario;

import fr.oasis.accessibility.AplVariant;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved scenarios and who may do what with them: every logged-in role lists and opens them;
 * ANALYSTs and ADMINs create; only a scenario's author (or an ADMIN) changes or deletes it. A
 * scenario is checked and evaluated before it is stored (a departure of more practitioners than
 * a commune has is refused then, not when it is reopened). Refusals are French
 * ({@link AccessDeniedException}: 403; {@link IllegalArgumentException}: 400). Thread-safe.
 */
@Service
public class ScenarioCatalogue {
    private final ScenarioStore store;
    private final ScenarioEvaluator scenarios;

    ScenarioCatalogue(ScenarioStore store, ScenarioEvaluator scenarios) {
        this.store = store;
        this.scenarios = scenarios;
    }

    /** Every saved scenario, most recently changed first, saying which the caller may edit. */
    public List<SavedScenario.Summary> list(Authentication user) {
        return store.list(user == null ? "" : user.getName(), isAdmin(user));
    }

    SavedScenario get(long id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException("aucun scénario n° " + id));
    }

    boolean editable(SavedScenario s, Authentication user) {
        return user != null && (isAdmin(user) || s.author().equals(user.getName()));
    }

    /** Whether the caller may build scenarios (ANALYST, ADMIN). */
    public static boolean canBuild(Authentication user) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()) || "ROLE_ANALYST".equals(a.getAuthority()));
    }

    @Transactional
    public SavedScenario create(ScenarioDraft draft, Authentication user) {
        requireBuilder(user);
        String name = ScenarioRules.name(draft.name());
        AplVariant variant = ScenarioRules.variant(draft.variant());
        Integer years = ScenarioRules.retirementYears(draft.retirementYears());
        List<ScenarioChange> changes = scenarios.check(draft);
        scenarios.evaluate(variant, years, changes);
        return get(store.insert(name, variant.key(), years, user.getName(), scenarios.currentSource(variant),
                changes));
    }

    @Transactional
    public SavedScenario update(long id, ScenarioDraft draft, Authentication user) {
        requireBuilder(user);
        SavedScenario existing = get(id);
        if (!editable(existing, user)) {
            throw new AccessDeniedException("le scénario « " + existing.name() + " » appartient à " + existing.author()
                    + " : seul son auteur ou un administrateur peut le modifier");
        }
        String name = ScenarioRules.name(draft.name());
        AplVariant variant = ScenarioRules.variant(draft.variant());
        Integer years = ScenarioRules.retirementYears(draft.retirementYears());
        List<ScenarioChange> changes = scenarios.check(draft);
        scenarios.evaluate(variant, years, changes);
        store.replace(id, name, variant.key(), years, scenarios.currentSource(variant), changes);
        return get(id);
    }

    @Transactional
    public void delete(long id, Authentication user) {
        SavedScenario existing = get(id);
        if (!editable(existing, user) || !canBuild(user)) {
            throw new AccessDeniedException("le scénario « " + existing.name() + " » appartient à " + existing.author()
                    + " : seul son auteur ou un administrateur peut le supprimer");
        }
        store.delete(id);
    }

    /** The saved scenario evaluated on the current situation (projected after its retirement horizon, if any). */
    public ScenarioOutcome outcome(SavedScenario s) {
        return scenarios.evaluate(ScenarioRules.variant(s.variant()), s.retirementYears(), s.changes());
    }

    static void requireBuilder(Authentication user) {
        if (!canBuild(user)) {
            throw new AccessDeniedException("construire ou modifier un scénario est réservé aux analystes et aux "
                    + "administrateurs ; vous pouvez ouvrir les scénarios enregistrés");
        }
    }

    private static boolean isAdmin(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
