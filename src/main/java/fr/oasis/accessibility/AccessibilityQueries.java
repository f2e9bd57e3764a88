package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.NearestPractitioner;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import fr.oasis.territory.KeptPerLevel;
import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the stored indicators of the latest practitioner vintage, per commune or aggregated:
 * APL and time are population-weighted means of the communes (the DREES rule for zoning units),
 * populations beyond 10/20/30 minutes are sums.
 */
@Service
@Transactional(readOnly = true)
public class AccessibilityQueries {
    private static final double[] THRESHOLDS = NearestPractitioner.DEFAULT_THRESHOLDS;
    private final AplRunRepository runs;
    private final AplValueTable values;
    private final Communes communes;
    private final PractitionerQueries practitioners;
    private final KeptPerLevel<Map<String, AccessibilityView.Layer>> layers;

    AccessibilityQueries(AplRunRepository runs, AplValueTable values, Communes communes,
                         PractitionerQueries practitioners, DataVersions versions) {
        this.runs = runs;
        this.values = values;
        this.communes = communes;
        this.layers = new KeptPerLevel<>(versions, DataKind.PRACTITIONERS, DataKind.ACCESSIBILITY);
        this.practitioners = practitioners;
    }

    public List<AccessibilityView.Run> runs() {
        return practitioners.latestVintage().map(v -> runs(v.id())).orElse(List.of());
    }

    /**
     * The stored computations of any practitioner vintage, as they were computed (an older
     * vintage keeps the runs of the model current at its time; compare {@code travelTime} and
     * {@code network} before comparing values).
     */
    public List<AccessibilityView.Run> runs(long vintageId) {
        return runs.ofVintage(vintageId).stream().map(AplRun::view).toList();
    }

    /** The stored APL per commune code of one run (in the run's unit); empty for an unknown run. */
    public Map<String, Double> communeApl(long runId) {
        Map<String, Double> apl = new java.util.HashMap<>();
        values.read(runId).forEach((code, v) -> apl.put(code, v.apl()));
        return apl;
    }

    /**
     * The indicators of one level, profession and variant; kept until the next computation (the
     * map asks for the same layer again and again, and a région-wide answer costs ~100 ms), or for
     * a grouping level until its groupings change. No transaction of its own: a report asks for a
     * kept layer dozens of times, and the reads of a layer to build make their own.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public AccessibilityView.Layer layer(TerritoryLevel level, Profession profession, AplVariant variant) {
        Map<String, AccessibilityView.Layer> kept = layers.get(level, java.util.concurrent.ConcurrentHashMap::new);
        String key = level + "/" + profession + "/" + variant;
        AccessibilityView.Layer cached = kept.get(key);
        if (cached == null) {
            cached = compute(level, profession, variant);
            kept.put(key, cached);
        }
        return cached;
    }

    /**
     * The indicators of a custom set of communes (a report's selection), aggregated exactly as the
     * territories of a level are, from the kept commune layer; empty when none of the communes
     * has a value. Not kept.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public java.util.Optional<AccessibilityView.TerritoryValue> aggregate(String code, String name,
                                                                         java.util.Collection<String> communeCodes,
                                                                         Profession profession, AplVariant variant) {
        java.util.Set<String> wanted = new java.util.HashSet<>(communeCodes);
        Aggregate sum = null;
        for (AccessibilityView.TerritoryValue c : layer(TerritoryLevel.COMMUNE, profession, variant).values()) {
            if (wanted.contains(c.code())) {
                if (sum == null) {
                    sum = new Aggregate(c.population75Beyond() == null);
                }
                sum.add(c);
            }
        }
        return sum == null ? java.util.Optional.empty() : java.util.Optional.of(sum.value(code, name));
    }

    private AccessibilityView.Layer compute(TerritoryLevel level, Profession profession, AplVariant variant) {
        CommuneTable table = communes.table();
        Map<String, double[]> bands = table.bands();
        Map<String, Aggregate> groups = new TreeMap<>();
        if (level != TerritoryLevel.COMMUNE) {
            // From the kept commune layer (the same sums as from the stored values, see
            // Aggregate#add(TerritoryValue)), which also says which run and vintage it shows: the
            // stored values are read once per run, not once per level (35,000 rows a run at the
            // France scale), and a grouping level built again after a new CPTS reads nothing.
            // Each territory sums its own communes (in code order, as the commune layer lists them).
            AccessibilityView.Layer communeLayer = layer(TerritoryLevel.COMMUNE, profession, variant);
            List<AccessibilityView.TerritoryValue> byCode = communeLayer.values();
            table.members(level).forEach((group, members) -> {
                for (String code : members) {
                    int i = find(byCode, code);
                    if (i >= 0) {
                        groups.computeIfAbsent(group, g -> new Aggregate(bands.isEmpty())).add(byCode.get(i));
                    }
                }
            });
            Map<String, String> names = table.names(level);
            List<AccessibilityView.TerritoryValue> list = new ArrayList<>(groups.size());
            groups.forEach((code, a) -> list.add(a.value(code, names.getOrDefault(code, code))));
            AccessibilityView.Layer c = communeLayer;
            return new AccessibilityView.Layer(level.key(), c.profession(), c.professionLabel(), c.variant(), c.unit(),
                    c.ageStandardised(), c.travelTime(), c.travelModel(), c.network(), c.thresholdsMinutes().clone(),
                    c.practitioners(), c.territories(), list);
        }
        PractitionerVintageView vintage = practitioners.latestVintage()
                .orElseThrow(() -> new NoSuchElementException("no practitioner data imported yet"));
        AplRun run = runs.find(vintage.id(), profession.key(), variant).orElseThrow(() -> new NoSuchElementException(
                "no " + variant.key() + " APL for " + profession.key() + " in practitioner vintage " + vintage.vintage()
                        + (variant == AplVariant.ALL ? "" : " (practitioner ages unknown)")));
        AccessibilityView.Run r = run.view();
        Map<String, String> names = table.names(level);
        Map<String, AplValueTable.Value> byCommune = values.read(r.id());
        for (TerritoryView.CommunePoint c : table.points()) {
            AplValueTable.Value v = byCommune.get(c.code());
            if (v != null) {
                double[] b = bands.get(c.code());
                groups.computeIfAbsent(c.code(), g -> new Aggregate(bands.isEmpty()))
                        .add(c.population(), b == null ? 0 : b[5], v);
            }
        }
        List<AccessibilityView.TerritoryValue> list = new ArrayList<>(groups.size());
        groups.forEach((code, a) -> list.add(a.value(code, names.getOrDefault(code, code))));
        return new AccessibilityView.Layer(level.key(), profession.key(), profession.pluralLabel(), variant.key(),
                r.unit(), r.ageStandardised(), r.travelTime(), r.travelModel(), r.network(), THRESHOLDS.clone(),
                vintage.provenance(),
                table.territoryProvenance(), list);
    }

    /** The position of {@code code} in values sorted by code, or -1. */
    private static int find(List<AccessibilityView.TerritoryValue> sorted, String code) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = sorted.get(mid).code().compareTo(code);
            if (order == 0) {
                return mid;
            }
            if (order < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /** Running sums for one territory. */
    private static final class Aggregate {
        private double population;
        private double aplWeighted;
        private double aplPlain;
        private double minutesWeighted;
        private double minutesPopulation;
        private double minutesPlain;
        private int communesWithNearest;
        private int communes;
        private boolean anyNearest;
        private final double[] beyond = new double[THRESHOLDS.length];
        private final double[] beyond75;

        Aggregate(boolean noBands) {
            beyond75 = noBands ? null : new double[THRESHOLDS.length];
        }

        void add(int people, double people75, AplValueTable.Value v) {
            communes++;
            population += people;
            aplWeighted += people * v.apl();
            aplPlain += v.apl();
            if (v.nearestMinutes() != null) {
                anyNearest = true;
                minutesWeighted += people * v.nearestMinutes();
                minutesPopulation += people;
                minutesPlain += v.nearestMinutes();
                communesWithNearest++;
            }
            for (int k = 0; k < THRESHOLDS.length; k++) {
                if (v.nearestMinutes() == null || v.nearestMinutes() > THRESHOLDS[k]) {
                    beyond[k] += people;
                    if (beyond75 != null) {
                        beyond75[k] += people75;
                    }
                }
            }
        }

        /**
         * Adds a commune from its own indicators: the same sums as adding its stored value, the
         * 75+ beyond N minutes being taken from the commune (its 75+ when beyond, else 0).
         */
        void add(AccessibilityView.TerritoryValue commune) {
            add(commune.population(), 0, new AplValueTable.Value(commune.apl(), commune.nearestMinutes()));
            for (int k = 0; beyond75 != null && k < THRESHOLDS.length; k++) {
                beyond75[k] += commune.population75Beyond()[k];
            }
        }

        AccessibilityView.TerritoryValue value(String code, String name) {
            // An uninhabited territory (the Meuse "villages morts") keeps its plain APL.
            double apl = population > 0 ? aplWeighted / population : aplPlain / communes;
            Double minutes = !anyNearest ? null : minutesPopulation > 0 ? minutesWeighted / minutesPopulation
                    : minutesPlain / communesWithNearest;
            return new AccessibilityView.TerritoryValue(code, name, (int) population, apl, minutes, beyond.clone(),
                    beyond75 == null ? null : beyond75.clone());
        }
    }
}
