package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.AplCalculator;
import fr.oasis.accessibility.engine.Catchment;
import fr.oasis.accessibility.engine.Demand;
import fr.oasis.accessibility.engine.Supply;
import fr.oasis.accessibility.engine.TravelTimeModel;
import fr.oasis.practitioner.PractitionerRow;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.Provenance;

/**
 * The engine inputs of the current accessibility model, for modules that evaluate scenarios
 * outside this package (the prospective workspace): communes in the dense order of
 * {@code territory.CommuneTable}, demand, populations, the catchment and its transpose, the
 * calculator and the travel-time model (for the time to the nearest practitioner), and how times
 * were obtained. Obtained from {@link ScenarioModels#current()}; immutable; thread-safe. Arrays are
 * not copied: callers must not modify them.
 */
public final class ScenarioInputs {
    private final AccessibilityModel model;
    private final Catchment reaching;
    private final Supplements supplements;

    ScenarioInputs(AccessibilityModel model, Supplements supplements) {
        this.model = model;
        this.supplements = supplements;
        this.reaching = model.catchment.transpose();
    }

    /** Number of communes; index {@code i} is the {@code CommuneTable} index. */
    public int size() {
        return model.size();
    }

    /** Commune index of an INSEE code, or -1 when the commune is not in the model. */
    public int indexOf(String code) {
        Integer i = model.index.get(code);
        return i == null ? -1 : i;
    }

    public String code(int i) {
        return model.codes[i];
    }

    public String name(int i) {
        return model.communes.get(i).name();
    }

    public String epciCode(int i) {
        return model.communes.get(i).epciCode();
    }

    /** Total population per commune. */
    public double[] population() {
        return model.population;
    }

    /** Population aged 75+ per commune, or null without census age bands. */
    public double[] population75() {
        return model.population75;
    }

    public Demand demand() {
        return model.demand;
    }

    public AplCalculator calculator() {
        return model.calculator;
    }

    /** The catchment transposed once: row {@code j} lists the communes reaching {@code j}. */
    public Catchment reaching() {
        return reaching;
    }

    public TravelTimeModel travelTimes() {
        return model.times.model();
    }

    /** {@code road} or {@code crow-fly}. */
    public String travelModel() {
        return model.times.kind().key();
    }

    /** How travel times were obtained, with every parameter. */
    public String travelDescription() {
        return model.times.describe();
    }

    /** The road network's label and millésime, null for crow-fly. */
    public Provenance network() {
        return model.times.network() == null ? null : model.times.network().provenance();
    }

    /** The APL unit of a profession for this demand. */
    public String aplUnit(Profession profession) {
        return profession.apl().aplUnit(model.demand.ageStandardised());
    }

    /**
     * Supply per commune of the practitioners of one profession and variant (their practices: what
     * the time to the nearest practitioner searches).
     */
    public double[] supply(java.util.List<PractitionerRow> practitioners, Profession profession, AplVariant variant) {
        return model.supply(practitioners, profession, variant).values();
    }

    /**
     * Supply per commune that the stored APL of one profession and variant counts: the
     * practitioners plus the {@link SupplySupplement}s on (mobile units, when
     * {@code oasis.services.mobile-supply.enabled}), by the same rule as the stored runs.
     */
    public double[] aplSupply(java.util.List<PractitionerRow> practitioners, Profession profession, AplVariant variant) {
        java.util.List<SupplySupplement> added = supplements.added(profession, variant);
        return added.isEmpty() ? supply(practitioners, profession, variant)
                : model.supply(practitioners, profession, variant, Supplements.extraFte(added, profession)).values();
    }

    /** The APL unit of the stored runs of a profession and variant, with the label of the supplements on. */
    public String aplUnit(Profession profession, AplVariant variant) {
        return Supplements.unit(aplUnit(profession), supplements.added(profession, variant));
    }

    /** Practitioners per commune that the same supply counts (same age rule), as whole numbers. */
    public double[] practitioners(java.util.List<PractitionerRow> practitioners, Profession profession,
                                  AplVariant variant) {
        Supply.Builder counts = Supply.builder(size()).maxAge(variant.maxAge());
        for (PractitionerRow p : practitioners) {
            int i = indexOf(p.communeCode());
            if (i >= 0 && p.profession().equals(profession.key())) {
                counts.add(p.sourceId(), i, 1.0, p.age() == null ? Supply.UNKNOWN_AGE : p.age());
            }
        }
        return counts.build().values();
    }
}
