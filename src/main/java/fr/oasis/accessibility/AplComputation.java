package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.AplResult;
import fr.oasis.accessibility.engine.NearestPractitioner;
import fr.oasis.accessibility.engine.Supply;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.ImportCompleted;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerRow;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.TerritoryQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes and stores the indicators of a practitioner vintage: for every profession present,
 * the APL of each variant (under-65/under-62 only when ages are known) and the time to the
 * nearest practitioner. Runs after every import, so stored results always match stored inputs.
 */
@Service
public class AplComputation {
    private static final Logger LOG = LoggerFactory.getLogger(AplComputation.class);
    private final TerritoryQueries territories;
    private final PractitionerQueries practitioners;
    private final AccessibilitySettings settings;
    private final AplRunRepository runs;
    private final AplValueTable values;
    private final TransactionTemplate transactions;
    private final AccessibilityModels models;
    private final DataVersions versions;
    private final Supplements supplements;

    AplComputation(TerritoryQueries territories, PractitionerQueries practitioners, AccessibilitySettings settings,
                   AplRunRepository runs, AplValueTable values, TransactionTemplate transactions,
                   AccessibilityModels models, DataVersions versions,
                   org.springframework.beans.factory.ObjectProvider<SupplySupplement> supplements) {
        this.versions = versions;
        this.supplements = new Supplements(supplements.orderedStream().toList());
        this.territories = territories;
        this.practitioners = practitioners;
        this.settings = settings;
        this.runs = runs;
        this.values = values;
        this.transactions = transactions;
        this.models = models;
    }

    /**
     * Territories, practitioners and road networks are the inputs; other imports (indicators)
     * change nothing here. The importing process recomputes; other instances read the stored
     * runs once the accessibility data version moves.
     */
    @EventListener
    void onImport(ImportCompleted event) {
        // Services count only when a supplement's setting is on (mobile units as fractional supply).
        if (event.changedAny(INPUTS) || event.kinds().contains(DataKind.SERVICES)
                && supplements.anyEnabled()) {
            computeLatest();
        }
    }

    private static final java.util.Set<DataKind> INPUTS =
            java.util.EnumSet.of(DataKind.TERRITORIES, DataKind.PRACTITIONERS, DataKind.NETWORK);

    /** Recomputes the latest vintage; empty when there is no practitioner or no commune yet. */
    public Optional<List<AccessibilityView.Run>> computeLatest() {
        Optional<PractitionerVintageView> vintage = practitioners.latestVintage();
        if (vintage.isEmpty() || territories.summary().get("commune") == 0) {
            return Optional.empty();
        }
        return Optional.of(compute(vintage.get()));
    }

    List<AccessibilityView.Run> compute(PractitionerVintageView vintage) {
        long t0 = System.nanoTime();
        AccessibilityModel model = models.current();
        long modelMs = (System.nanoTime() - t0) / 1_000_000;
        // Grouped once by profession: each run then walks its own practitioners only.
        java.util.Map<String, List<PractitionerRow>> byProfession = practitioners.practitioners(vintage.id()).stream()
                .collect(java.util.stream.Collectors.groupingBy(PractitionerRow::profession));
        long readMs = (System.nanoTime() - t0) / 1_000_000 - modelMs;
        // Computed first, outside the transaction (arithmetic only, the runs side by side on the
        // cores; the time to the nearest practitioner comes from the travel-time table, a search
        // only for communes farther than its bound); then stored in one short
        // transaction: one run row and one binary values row per run.
        record Job(Profession profession, AplVariant variant) {
        }
        List<Job> jobs = new ArrayList<>();
        for (String key : practitioners.professions(vintage.id())) {
            Profession profession = Profession.fromKey(key);
            boolean agesKnown = byProfession.getOrDefault(key, List.of()).stream().anyMatch(r -> r.age() != null);
            for (AplVariant variant : AplVariant.values()) {
                if (variant == AplVariant.ALL || agesKnown) {
                    jobs.add(new Job(profession, variant));
                }
            }
        }
        long cpu0 = processCpuNanos();
        List<Computed> computed = jobs.parallelStream()
                .map(job -> computeOne(model, vintage, byProfession.getOrDefault(job.profession().key(), List.of()),
                        job.profession(), job.variant())).toList();
        long t1 = System.nanoTime();
        long cpuMs = (processCpuNanos() - cpu0) / 1_000_000;
        List<AccessibilityView.Run> stored = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            versions.bump(DataKind.ACCESSIBILITY);
            runs.deleteOfVintage(vintage.id());
            for (Computed c : computed) {
                AplRun run = runs.save(c.run());
                values.insert(run.id(), model.codes.length, c.values());
                stored.add(run.view());
            }
        });
        long t2 = System.nanoTime();
        LOG.info("Computed {} APL runs for practitioner vintage {} over {} communes ({} pairs, {} travel times) in {} ms"
                        + " (model ready in {} ms, practitioners read in {} ms, runs computed in {} ms using {} ms of"
                        + " process CPU, stored in {} ms)",
                stored.size(), vintage.id(), model.size(), model.catchment.pairCount(), model.times.kind().key(),
                (t2 - t0) / 1_000_000, modelMs, readMs, (t1 - t0) / 1_000_000 - modelMs - readMs, cpuMs,
                (t2 - t1) / 1_000_000);
        return stored;
    }

    /** CPU time of the whole process so far (all threads, GC included), or 0 where the JVM cannot say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** One run computed, its values encoded ({@link AplValuesCodec}), not yet stored. */
    private record Computed(AplRun run, byte[] values) {
    }

    private Computed computeOne(AccessibilityModel model, PractitionerVintageView vintage,
                                List<PractitionerRow> rows, Profession profession, AplVariant variant) {
        List<SupplySupplement> added = added(profession, variant);
        java.util.Map<String, Double> extra = extraFte(added, profession);
        Supply supply = model.supply(rows, profession, variant, extra);
        AplResult result = model.calculator.compute(model.demand, supply).checkInvariants();
        // The time to the nearest practitioner stays a practitioner's: a stop twice a month is not a practice.
        Supply practices = extra.isEmpty() ? supply : model.supply(rows, profession, variant);
        NearestPractitioner.Result nearest = new NearestPractitioner(model.times.model()).compute(practices.values(),
                model.population, model.population75, NearestPractitioner.DEFAULT_THRESHOLDS);
        return new Computed(run(model, vintage, profession, variant, supply, result, added),
                AplValueTable.encode(model.codes, scaled(result, profession), nearest.minutes()));
    }

    /**
     * The APL of one profession and variant of any stored vintage computed now with the current
     * model (territories, travel times, settings), without storing anything: what lets an older
     * vintage be compared with the latest under the same travel model. Run id 0.
     *
     * @throws java.util.NoSuchElementException when the vintage has no practitioner of the
     *                                          profession, or no known age for an age variant
     */
    public AccessibilityView.RunValues recompute(PractitionerVintageView vintage, Profession profession,
                                                 AplVariant variant) {
        AccessibilityModel model = models.current();
        List<PractitionerRow> rows = practitioners.practitioners(vintage.id()).stream()
                .filter(r -> r.profession().equals(profession.key())).toList();
        if (rows.isEmpty() || (variant != AplVariant.ALL && rows.stream().allMatch(r -> r.age() == null))) {
            throw new java.util.NoSuchElementException("no " + variant.key() + " APL for " + profession.key()
                    + " in practitioner vintage " + vintage.vintage());
        }
        // The same supplements as the stored runs, so that a comparison of vintages shows practitioners' changes.
        List<SupplySupplement> added = added(profession, variant);
        Supply supply = model.supply(rows, profession, variant, extraFte(added, profession));
        AplResult result = model.calculator.compute(model.demand, supply).checkInvariants();
        double[] apl = scaled(result, profession);
        java.util.Map<String, Double> byCode = new java.util.HashMap<>();
        for (int i = 0; i < apl.length; i++) {
            byCode.put(model.codes[i], apl[i]);
        }
        AccessibilityView.Run r = run(model, vintage, profession, variant, supply, result, added).view();
        return new AccessibilityView.RunValues(new AccessibilityView.Run(0, r.vintageId(), r.profession(), r.variant(),
                r.unit(), r.travelTime(), r.travelModel(), r.network(), r.parameters(), r.ageStandardised(),
                r.totalSupply(), r.unservedSupply(), r.computedAt()), byCode);
    }

    /** The supplements on for this profession: the all-ages variant only (they have no age); their label goes in the unit. */
    private List<SupplySupplement> added(Profession profession, AplVariant variant) {
        return supplements.added(profession, variant);
    }

    private static java.util.Map<String, Double> extraFte(List<SupplySupplement> added, Profession profession) {
        return Supplements.extraFte(added, profession);
    }

    private static double[] scaled(AplResult result, Profession profession) {
        double scale = profession.apl().aplScale();
        double[] apl = result.apl().clone();
        for (int i = 0; i < apl.length; i++) {
            apl[i] *= scale;
        }
        return apl;
    }

    /** The run's description (not saved). */
    private static AplRun run(AccessibilityModel model, PractitionerVintageView vintage, Profession profession,
                              AplVariant variant, Supply supply, AplResult result, List<SupplySupplement> added) {
        double scale = profession.apl().aplScale();
        String parameters = "steps " + model.steps + "; " + model.demand.describe() + "; " + supply.describe()
                + "; supply per practitioner = FTE(activity) × " + profession.apl().activityPerFte()
                + " with FTE floor " + profession.apl().fteFloor() + " and cap " + profession.apl().fteCap()
                + " (default activity " + profession.apl().defaultActivity() + " " + profession.apl().activityUnit()
                + "); APL scale " + scale + (vintage.countBased() ? "; count-based supply (BPE)" : "")
                + model.times.unsnappedNote()
                + added.stream().map(s -> "; " + s.describe(profession)).collect(java.util.stream.Collectors.joining());
        String unit = Supplements.unit(profession.apl().aplUnit(model.demand.ageStandardised()), added);
        return new AplRun(vintage.id(), profession.key(), variant, unit,
                model.times, parameters, model.demand.ageStandardised(), supply.total(), result.unservedSupply());
    }
}
