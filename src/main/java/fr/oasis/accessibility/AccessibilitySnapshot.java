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
 * {@link Supply#UNKNOWN_AGE}). The base APL of a profession (all ages) is computed once, on first
 * use. Immutable apart from that memo; thread-safe. Arrays are shared: do not modify them.
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

    AccessibilitySnapshot(AccessibilityModel model, PractitionerVintageView vintage, List<PractitionerRow> rows) {
        this.model = model;
        this.vintage = vintage;
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

    /** The current supply per commune of a profession, all ages. */
    public double[] supply(Profession profession) {
        Practitioners list = practitioners.get(profession);
        double[] supply = new double[size()];
        for (int p = 0; p < list.count(); p++) {
            supply[list.commune()[p]] += list.supply()[p];
        }
        return supply;
    }

    /** The APL of the profession today, all ages (computed once). */
    public AplResult base(Profession profession) {
        return bases.computeIfAbsent(profession, p -> compute(supply(p)));
    }
}
