package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.AplResult;
import fr.oasis.accessibility.engine.Catchment;
import fr.oasis.accessibility.engine.StepWeights;
import fr.oasis.accessibility.engine.Supply;
import fr.oasis.accessibility.engine.TravelTimeModel;
import fr.oasis.practitioner.PractitionerRow;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.TerritoryView;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine inputs of the current model and the latest practitioner vintage, for modules that
 * compute "what if" on them (retirements, where to act): communes (dense index), populations, the
 * shared catchment and travel times, and per profession the practitioners as parallel arrays
 * (commune index, supply each brings after the profession's activity rule, age or
 * {@link Supply#UNKNOWN_AGE}). The base APL of a profession (all ages) is the stored one: the
 * practitioners plus the {@link SupplySupplement}s on (mobile units, by the one rule of
 * {@link Supplements}), computed once, on first use; a supplement is no practice and has no age, so
 * {@link #supply} (what the time to the nearest searches, what retirements take from) leaves it out.
 * Immutable apart from that memo; thread-safe. Arrays are shared: do not modify them.
 */
public final class AccessibilitySnapshot {

    /**
     * The practitioners of one profession, index {@code p} in every array.
     *
     * @param commune commune index of each practitioner
     * @param supply  supply each brings (engine units: the profession's activity rule applied)
     * @param age     age in years, or {@link Supply#UNKNOWN_AGE}
     */
    public record Practitioners(int[] commune, double[] supply, int[] age) {
        public int count() {
            return commune.length;
        }
    }

    private final AccessibilityModel model;
    private final PractitionerVintageView vintage;
    private final Map<Profession, Practitioners> practitioners = new EnumMap<>(Profession.class);
    private final Map<Profession, AplResult> bases = new ConcurrentHashMap<>();
    /** Supply per commune the supplements on add, for the professions that have one. */
    private final Map<Profession, double[]> supplements = new EnumMap<>(Profession.class);
    private final Map<Profession, String> aplUnits = new EnumMap<>(Profession.class);

    AccessibilitySnapshot(AccessibilityModel model, PractitionerVintageView vintage, List<PractitionerRow> rows,
                          Supplements on) {
        this.model = model;
        this.vintage = vintage;
        for (Profession p : Profession.values()) {
            List<SupplySupplement> added = on.added(p, AplVariant.ALL);
            aplUnits.put(p, Supplements.unit(p.apl().aplUnit(model.demand.ageStandardised()), added));
            if (!added.isEmpty()) {
                double[] extra = new double[model.size()];
                Supplements.extraFte(added, p).forEach((code, fte) -> {
                    Integer i = model.index.get(code);
                    if (i != null && fte > 0) {
                        extra[i] += fte * p.apl().activityPerFte(); // as AccessibilityModel.supply counts it
                    }
                });
                supplements.put(p, extra);
            }
        }
        Map<Profession, int[]> counts = new EnumMap<>(Profession.class);
        for (Profession p : Profession.values()) {
            counts.put(p, new int[1]);
        }
        for (PractitionerRow r : rows) {
            if (model.index.containsKey(r.communeCode())) {
                counts.get(Profession.fromKey(r.profession()))[0]++;
            }
        }
        for (Profession p : Profession.values()) {
            int n = counts.get(p)[0];
            practitioners.put(p, new Practitioners(new int[n], new double[n], new int[n]));
            counts.get(p)[0] = 0;
        }
        for (PractitionerRow r : rows) {
            Integer i = model.index.get(r.communeCode());
            if (i != null) {
                Profession p = Profession.fromKey(r.profession());
                Practitioners list = practitioners.get(p);
                int k = counts.get(p)[0]++;
                list.commune()[k] = i;
                list.supply()[k] = p.apl().supply(r.activity());
                list.age()[k] = r.age() == null ? Supply.UNKNOWN_AGE : r.age();
            }
        }
    }

    public PractitionerVintageView vintage() {
        return vintage;
    }

    public int size() {
        return model.size();
    }

    public String code(int commune) {
        return model.codes[commune];
    }

    public TerritoryView.CommunePoint commune(int commune) {
        return model.communes.get(commune);
    }

    /** The commune's index, or -1 when no stored commune has this code. */
    public int indexOf(String code) {
        Integer i = code == null ? null : model.index.get(code.strip());
        return i == null ? -1 : i;
    }

    /** Inhabitants per commune. */
    public double[] population() {
        return model.population;
    }

    /** Inhabitants aged 75 and over per commune, or null when the census bands are unknown. */
    public double[] population75() {
        return model.population75;
    }

    public Catchment catchment() {
        return model.catchment;
    }

    public StepWeights steps() {
        return model.steps;
    }

    /** The travel times (road or crow-fly), also for the time to the nearest practitioner. */
    public TravelTimeModel travelTimes() {
        return model.times.model();
    }

    /** How travel times are obtained, for the provenance line. */
    public String travelDescription() {
        return model.times.describe();
    }

    public boolean ageStandardised() {
        return model.demand.ageStandardised();
    }

    public Practitioners practitioners(Profession profession) {
        return practitioners.get(profession);
    }

    /** The APL (engine units; multiply by the profession's scale to show it) for a supply per commune. */
    public AplResult compute(double[] supply) {
        return model.calculator.compute(model.demand, Supply.of(supply));
    }

    /** The current supply per commune of a profession's practitioners, all ages (their practices: no supplement). */
    public double[] supply(Profession profession) {
        Practitioners list = practitioners.get(profession);
        double[] supply = new double[size()];
        for (int p = 0; p < list.count(); p++) {
            supply[list.commune()[p]] += list.supply()[p];
        }
        return supply;
    }

    /**
     * Supply per commune that the supplements on (mobile units...) add to the profession's APL, or
     * null when none is on for it: neither a practice nor of any age, so no retirement takes it.
     */
    public double[] supplement(Profession profession) {
        return supplements.get(profession);
    }

    /** {@code practices} plus the profession's {@link #supplement} (a new array), the supply an APL counts. */
    public double[] withSupplement(Profession profession, double[] practices) {
        double[] extra = supplements.get(profession);
        double[] supply = practices.clone();
        if (extra != null) {
            for (int i = 0; i < supply.length; i++) {
                supply[i] += extra[i];
            }
        }
        return supply;
    }

    /** The APL unit of the stored all-ages runs of the profession, with the label of any supplement on. */
    public String aplUnit(Profession profession) {
        return aplUnits.get(profession);
    }

    /** The APL of the profession today, all ages, as stored: practitioners and supplements (computed once). */
    public AplResult base(Profession profession) {
        return bases.computeIfAbsent(profession, p -> compute(withSupplement(p, supply(p))));
    }
}
