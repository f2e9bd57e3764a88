package fr.oasis.demo;

import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.territory.record.PopulationByAge;
import fr.oasis.territory.record.ReferencePoint;
import fr.oasis.practitioner.Profession;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic liberal practitioners for the demonstration territory: plausible densities per
 * profession, placed preferentially in the larger communes (weight population^1.15, as in the
 * benchmark generator), with ages around 52 and yearly activities around each profession's
 * default. Deterministic for a seed. Every record's origin says "données de démonstration".
 */
final class DemoPractitioners {
    /** Liberal practitioners per 100,000 inhabitants: round figures of the French order of magnitude. */
    private static final Map<Profession, Double> DENSITY = new EnumMap<>(Map.ofEntries(
            Map.entry(Profession.MG, 85.0), Map.entry(Profession.CD, 55.0), Map.entry(Profession.INF, 150.0),
            Map.entry(Profession.MK, 110.0), Map.entry(Profession.SF, 12.0), Map.entry(Profession.PHARMA, 30.0),
            Map.entry(Profession.ORTHOPHONISTE, 30.0), Map.entry(Profession.ORTHOPTISTE, 6.0),
            Map.entry(Profession.PODOLOGUE, 20.0), Map.entry(Profession.CARDIO, 7.0),
            Map.entry(Profession.DERMATO, 5.0), Map.entry(Profession.GASTRO, 4.0),
            Map.entry(Profession.PSYCHIATRE, 9.0), Map.entry(Profession.OPHTALMO, 8.0),
            Map.entry(Profession.ORL, 4.0), Map.entry(Profession.PEDIATRE, 4.0),
            Map.entry(Profession.RADIOLOGUE, 7.0), Map.entry(Profession.GYNECO, 6.0)));
    private static final String ORIGIN = "données de démonstration#practitioner ";

    private DemoPractitioners() {
    }

    static List<PractitionerRecord> generate(DemoTerritory territory, long seed) {
        Random random = new Random(seed);
        List<ReferencePoint> points = territory.points();
        double[] weight = new double[points.size()];
        double totalWeight = 0;
        double totalPopulation = 0;
        Map<String, Double> population = new java.util.HashMap<>();
        for (PopulationByAge p : territory.populations()) {
            population.merge(p.communeCode(), p.total(), Double::sum);
            totalPopulation += p.total();
        }
        for (int i = 0; i < points.size(); i++) {
            weight[i] = Math.pow(population.getOrDefault(points.get(i).communeCode(), 0.0), 1.15);
            totalWeight += weight[i];
        }
        List<PractitionerRecord> records = new ArrayList<>();
        for (Profession profession : Profession.values()) {
            int count = (int) Math.round(totalPopulation * DENSITY.get(profession) / 100_000);
            for (int k = 0; k < count; k++) {
                ReferencePoint site = points.get(pick(random, weight, totalWeight));
                records.add(practitioner(random, profession, site, records.size() + 1));
            }
        }
        return records;
    }

    /**
     * Practitioners of a national demonstration: {@code total} of them shared out among the
     * professions in proportion to {@link #DENSITY}, placed as in {@link #generate(DemoTerritory, long)}
     * but drawn by binary search over cumulative weights (the linear scan would cost communes ×
     * practitioners draws).
     */
    static List<PractitionerRecord> generate(DemoTerritory territory, long seed, int total) {
        Random random = new Random(seed);
        Map<String, Double> population = new java.util.HashMap<>();
        for (PopulationByAge p : territory.populations()) {
            population.merge(p.communeCode(), p.total(), Double::sum);
        }
        List<ReferencePoint> points = territory.points();
        double[] cumulative = new double[points.size()];
        double sum = 0;
        for (int i = 0; i < points.size(); i++) {
            sum += Math.pow(population.getOrDefault(points.get(i).communeCode(), 0.0), 1.15);
            cumulative[i] = sum;
        }
        double densities = DENSITY.values().stream().mapToDouble(Double::doubleValue).sum();
        List<PractitionerRecord> records = new ArrayList<>(total);
        for (Profession profession : Profession.values()) {
            long count = Math.round(total * DENSITY.get(profession) / densities);
            for (int k = 0; k < count; k++) {
                int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                ReferencePoint site = points.get(Math.min(points.size() - 1, at >= 0 ? at + 1 : -at - 1));
                records.add(practitioner(random, profession, site, records.size() + 1));
            }
        }
        return records;
    }

    private static PractitionerRecord practitioner(Random random, Profession profession, ReferencePoint site, int n) {
        double lon = site.lon() + (random.nextDouble() - 0.5) * 0.004;
        double lat = site.lat() + (random.nextDouble() - 0.5) * 0.003;
        double activity = profession.apl().defaultActivity() * Math.exp(0.35 * random.nextGaussian() - 0.06);
        int age = (int) Math.max(28, Math.min(74, Math.round(52 + 11 * random.nextGaussian())));
        return new PractitionerRecord(String.format("DEMO-%05d", n), profession.key(), null, site.communeCode(),
                lon, lat, activity, age, false, ORIGIN + n);
    }

    /** Index drawn with probability proportional to its weight. */
    private static int pick(Random random, double[] weight, double total) {
        double target = random.nextDouble() * total;
        for (int i = 0; i < weight.length; i++) {
            target -= weight[i];
            if (target < 0) {
                return i;
            }
        }
        return weight.length - 1;
    }
}
