package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.AplCalculator;
import fr.oasis.accessibility.engine.Catchment;
import fr.oasis.accessibility.engine.Demand;
import fr.oasis.accessibility.engine.StepWeights;
import fr.oasis.accessibility.engine.Supply;
import fr.oasis.practitioner.PractitionerRow;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.TerritoryView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored communes turned into engine inputs: dense indices, reference points, demand, the
 * travel times (by road or crow-fly, see {@link TravelTimeSelector}) and one catchment shared by
 * every profession and variant (it depends only on where people live).
 * Demand is age-standardised when the census covers every inhabited commune, otherwise it falls
 * back to the total population and says so.
 * <p>
 * Margin: the computation runs over every stored commune, so a study area (an EPCI, a
 * département) gets supply from across its border as far as the stored territory reaches; to
 * serve border communes fully, import the neighbouring communes within 20 minutes too
 * ({@code StudyAreaMargin} says exactly which). Immutable once built; thread-safe.
 */
final class AccessibilityModel {
    final List<TerritoryView.CommunePoint> communes;
    final String[] codes;
    final Map<String, Integer> index = new HashMap<>();
    final double[] population;
    final double[] population75;
    final Demand demand;
    final TravelTimes times;
    final StepWeights steps;
    final Catchment catchment;
    final AplCalculator calculator;

    /** Chooses the travel times for the communes (codes and reference points, index = commune). */
    interface TravelTimeFactory {
        TravelTimes create(String[] codes, double[] lon, double[] lat);
    }

    AccessibilityModel(List<TerritoryView.CommunePoint> communes, Map<String, double[]> bands,
                       AccessibilitySettings settings, TravelTimeFactory travelTimes) {
        this.communes = List.copyOf(communes);
        int n = communes.size();
        codes = new String[n];
        population = new double[n];
        double[] lon = new double[n];
        double[] lat = new double[n];
        double[][] byBand = new double[Demand.BAND_COUNT][n];
        boolean allBands = !bands.isEmpty();
        for (int i = 0; i < n; i++) {
            TerritoryView.CommunePoint c = communes.get(i);
            codes[i] = c.code();
            index.put(c.code(), i);
            lon[i] = c.lon();
            lat[i] = c.lat();
            population[i] = c.population();
            double[] b = bands.get(c.code());
            if (b == null) {
                allBands &= c.population() == 0;
            } else {
                for (int k = 0; k < Demand.BAND_COUNT; k++) {
                    byBand[k][i] = b[k];
                }
            }
        }
        demand = allBands ? Demand.standardised(byBand, settings.ageWeightArray()) : Demand.unstandardised(population);
        population75 = allBands ? byBand[Demand.BAND_75_PLUS] : null;
        times = travelTimes.create(codes, lon, lat);
        steps = settings.stepWeights();
        catchment = times.model().catchment(steps.zeroPoint());
        calculator = new AplCalculator(catchment, steps);
    }

    int size() {
        return codes.length;
    }

    /**
     * The supply of one profession for one variant: each practitioner's activity turned into
     * supply by the profession's floor and cap ({@link Profession#apl()}), at its commune.
     */
    Supply supply(List<PractitionerRow> practitioners, Profession profession, AplVariant variant) {
        return supply(practitioners, profession, variant, Map.of());
    }

    /**
     * The same plus {@code extraFte}, full-time equivalents by commune code from a
     * {@link SupplySupplement} (mobile units...), each worth the profession's activity per FTE
     * (no floor or cap: they are fractions by design) and of unknown age; communes not in the
     * model are ignored.
     */
    Supply supply(List<PractitionerRow> practitioners, Profession profession, AplVariant variant,
                  Map<String, Double> extraFte) {
        Supply.Builder builder = Supply.builder(size()).maxAge(variant.maxAge());
        extraFte.forEach((code, fte) -> {
            Integer i = index.get(code);
            if (i != null && fte > 0) {
                builder.add("supplement " + code, i, fte * profession.apl().activityPerFte(), Supply.UNKNOWN_AGE);
            }
        });
        for (PractitionerRow p : practitioners) {
            if (!p.profession().equals(profession.key())) {
                continue; // before the code lookup: 54 runs × every practitioner at the France scale
            }
            Integer i = index.get(p.communeCode());
            if (i != null) {
                builder.add(p.sourceId(), i, profession.apl().supply(p.activity()),
                        p.age() == null ? Supply.UNKNOWN_AGE : p.age());
            }
        }
        return builder.build();
    }
}
