package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.AplChange;
import fr.oasis.accessibility.engine.AplResult;
import fr.oasis.accessibility.engine.AplScenario;
import fr.oasis.accessibility.engine.Supply;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * "What if a practice with N practitioners opens in commune X?": adds their supply to X and
 * recomputes only X's catchment ({@link AplScenario}), against the latest vintage's APL kept in
 * memory. Nothing is stored.
 */
@Service
public class ScenarioService {
    /** More than this many practitioners in one practice is a typing error, not a scenario. */
    static final int MAX_PRACTITIONERS = 50;
    private final AccessibilityModels models;
    private final PractitionerQueries practitioners;
    private final KeptPerVersion<Map<String, AplResult>> bases;

    ScenarioService(AccessibilityModels models, PractitionerQueries practitioners, DataVersions versions) {
        this.bases = new KeptPerVersion<>(versions, DataKind.TERRITORIES, DataKind.PRACTITIONERS, DataKind.NETWORK);
        this.models = models;
        this.practitioners = practitioners;
    }

    /**
     * @param count    practitioners opening (negative: leaving), non-zero, at most 50 in absolute value
     * @param activity yearly activity of each, in the profession's unit; null for its default
     */
    public AccessibilityView.ScenarioResult open(Profession profession, AplVariant variant, String communeCode,
                                                 int count, Double activity) {
        if (count == 0 || Math.abs(count) > MAX_PRACTITIONERS) {
            throw new IllegalArgumentException("practitioners must be between -" + MAX_PRACTITIONERS + " and "
                    + MAX_PRACTITIONERS + ", not 0");
        }
        AccessibilityModel model = models.current();
        Integer j = model.index.get(communeCode);
        if (j == null) {
            throw new NoSuchElementException("no commune with code '" + communeCode + "'");
        }
        PractitionerVintageView vintage = practitioners.latestVintage()
                .orElseThrow(() -> new NoSuchElementException("no practitioner data imported yet"));
        AplResult base = bases.get(ConcurrentHashMap::new).computeIfAbsent(vintage.id() + "/" + profession.key() + "/" + variant,
                k -> baseResult(model, vintage, profession, variant));
        long t0 = System.nanoTime();
        double supplyAdded = count * profession.apl().supply(activity);
        List<AplChange> changes = new AplScenario(model.catchment, base).changeSupply(j, supplyAdded);
        double scale = profession.apl().aplScale();
        List<AccessibilityView.Change> result = changes.stream()
                .map(c -> new AccessibilityView.Change(model.codes[c.commune()], model.communes.get(c.commune()).name(),
                        c.before() * scale, c.after() * scale))
                .sorted(Comparator.comparingDouble((AccessibilityView.Change c) -> c.after() - c.before()).reversed())
                .toList();
        return new AccessibilityView.ScenarioResult(profession.key(), variant.key(), communeCode, supplyAdded,
                profession.apl().aplUnit(model.demand.ageStandardised()), result, (System.nanoTime() - t0) / 1_000);
    }

    private AplResult baseResult(AccessibilityModel model, PractitionerVintageView vintage, Profession profession,
                                 AplVariant variant) {
        Supply supply = model.supply(practitioners.practitioners(vintage.id()), profession, variant);
        return model.calculator.compute(model.demand, supply);
    }
}
