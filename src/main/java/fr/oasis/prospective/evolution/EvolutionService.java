package fr.oasis.prospective.evolution;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.accessibility.AplComputation;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The APL of two practitioner vintages compared under one travel model. By default the stored
 * runs are compared, and refused (a French {@link IllegalArgumentException}) when they were
 * computed with different travel models or parameters; with {@code recompute} the older vintage
 * (and the newer one when its stored run is not of the current model either) is computed now
 * with the current model, nothing stored, and the answer says so. Thread-safe (stateless).
 */
@Service
public class EvolutionService {
    private final PractitionerQueries practitioners;
    private final AccessibilityQueries accessibility;
    private final AplComputation computation;
    private final Communes communes;

    EvolutionService(PractitionerQueries practitioners, AccessibilityQueries accessibility,
                     AplComputation computation, Communes communes) {
        this.practitioners = practitioners;
        this.accessibility = accessibility;
        this.computation = computation;
        this.communes = communes;
    }

    /** The stored vintages, latest first, with the travel model of their stored runs. */
    public List<EvolutionView.Vintage> vintages() {
        List<PractitionerVintageView> all = practitioners.vintages();
        return all.stream().map(v -> new EvolutionView.Vintage(v.id(), v.vintage(), v.sourceLabel(), v.demo(),
                v.countBased(), v.practitioners(), v.importedAt(),
                accessibility.runs(v.id()).stream().findFirst().map(TravelModelSignature::describe).orElse(null),
                v.id() == all.get(0).id())).toList();
    }

    /**
     * @param fromId    the earlier vintage (the "before" side); null for the second latest
     * @param toId      the later vintage; null for the latest
     * @param recompute compute the vintages with the current model instead of refusing runs of
     *                  different models
     * @throws IllegalArgumentException in French: fewer than two vintages, the same vintage twice,
     *                                  or stored runs of different travel models without {@code recompute}
     * @throws NoSuchElementException   in French: an unknown vintage, or no APL of the profession
     */
    public EvolutionView.Comparison compare(Profession profession, AplVariant variant, Long fromId, Long toId,
                                            boolean recompute) {
        List<PractitionerVintageView> all = practitioners.vintages();
        if (all.size() < 2) {
            throw new IllegalArgumentException("Il faut au moins deux millésimes de praticiens pour mesurer une "
                    + "évolution : " + (all.isEmpty() ? "aucun n'est importé." : "un seul est importé ("
                    + all.get(0).vintage() + ")."));
        }
        PractitionerVintageView from = fromId == null ? all.get(1) : find(all, fromId);
        PractitionerVintageView to = toId == null ? all.get(0) : find(all, toId);
        if (from.id() == to.id()) {
            throw new IllegalArgumentException("Choisissez deux millésimes différents (les deux côtés sont le "
                    + "millésime " + from.vintage() + ").");
        }
        Optional<AccessibilityView.Run> storedFrom = stored(from, profession, variant);
        Optional<AccessibilityView.Run> storedTo = stored(to, profession, variant);
        AccessibilityView.RunValues before;
        AccessibilityView.RunValues after;
        if (!recompute) {
            AccessibilityView.Run a = storedFrom.orElseThrow(() -> missing(from, profession, variant));
            AccessibilityView.Run b = storedTo.orElseThrow(() -> missing(to, profession, variant));
            String differs = TravelModelSignature.of(a).differences(TravelModelSignature.of(b));
            if (!differs.isEmpty()) {
                throw new IllegalArgumentException("Les millésimes " + from.vintage() + " et " + to.vintage()
                        + " n'ont pas été calculés avec le même " + differs + " (" + from.vintage() + " : "
                        + TravelModelSignature.describe(a) + " ; " + to.vintage() + " : "
                        + TravelModelSignature.describe(b) + ") : leurs APL ne sont pas comparables. Recalculez-les "
                        + "avec le modèle actuel (option « recalculer », paramètre recompute=true).");
            }
            before = new AccessibilityView.RunValues(a, accessibility.communeApl(a.id()));
            after = new AccessibilityView.RunValues(b, accessibility.communeApl(b.id()));
        } else {
            before = computation.recompute(from, profession, variant);
            TravelModelSignature current = TravelModelSignature.of(before.run());
            after = storedTo.filter(r -> TravelModelSignature.of(r).differences(current).isEmpty())
                    .map(r -> new AccessibilityView.RunValues(r, accessibility.communeApl(r.id())))
                    .orElseGet(() -> computation.recompute(to, profession, variant));
        }
        CommuneTable table = communes.table();
        EvolutionTable rows = EvolutionTable.of(table, before.apl(), after.apl());
        EvolutionView.Side a = side(from, before);
        EvolutionView.Side b = side(to, after);
        return new EvolutionView.Comparison(profession.key(), profession.pluralLabel(), variant.key(),
                before.run().unit(), a, b, note(a, b), rows.gains(), rows.losses(), rows.unchanged(),
                rows.communes(), rows.epci(), table.territoryProvenance());
    }

    private Optional<AccessibilityView.Run> stored(PractitionerVintageView vintage, Profession profession,
                                                   AplVariant variant) {
        return accessibility.runs(vintage.id()).stream()
                .filter(r -> r.profession().equals(profession.key()) && r.variant().equals(variant.key())).findFirst();
    }

    private static PractitionerVintageView find(List<PractitionerVintageView> all, long id) {
        return all.stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Aucun millésime de praticiens n'a l'identifiant " + id
                        + "."));
    }

    private static NoSuchElementException missing(PractitionerVintageView v, Profession p, AplVariant variant) {
        return new NoSuchElementException("Le millésime " + v.vintage() + " n'a pas d'APL stocké pour les "
                + p.pluralLabel().toLowerCase(java.util.Locale.FRENCH) + " (variante " + variant.key()
                + ") : recalculez-le avec le modèle actuel (recompute=true).");
    }

    private static EvolutionView.Side side(PractitionerVintageView v, AccessibilityView.RunValues values) {
        return new EvolutionView.Side(v.id(), v.vintage(), v.sourceLabel(), v.demo(), values.run().id() == 0,
                TravelModelSignature.describe(values.run()), values.run().computedAt());
    }

    private static String note(EvolutionView.Side a, EvolutionView.Side b) {
        String model = "Les deux millésimes sont calculés " + b.travelModel();
        if (!a.recomputed() && !b.recomputed()) {
            return model + " : APL stockés, comparés tels quels.";
        }
        String which = a.recomputed() && b.recomputed() ? "Les millésimes " + a.millesime() + " et " + b.millesime()
                + " ont été recalculés" : "Le millésime " + (a.recomputed() ? a.millesime() : b.millesime())
                + " a été recalculé";
        return model + ". " + which + " avec le modèle actuel pour cette comparaison (non enregistré) ; les "
                + "APL stockés ne changent pas.";
    }
}
