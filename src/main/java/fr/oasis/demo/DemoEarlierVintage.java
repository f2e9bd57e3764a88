package fr.oasis.demo;

import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.territory.record.PopulationByAge;
import fr.oasis.territory.record.ReferencePoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An earlier demonstration vintage ({@link #YEARS_BEFORE} years before the current one), so the
 * embedded portal has two vintages to compare: the current practitioners, younger by that many
 * years, less those installed since (under 28 then, and one in twelve drawn at random), plus
 * practitioners who have retired since (aged 62 to 70 then, about one in ten per profession),
 * placed in the smaller communes (uniformly among communes under 2,000 inhabitants), as rural
 * retirements often go unreplaced. Deterministic for a seed. Every record says "données de
 * démonstration".
 */
final class DemoEarlierVintage {
    static final int YEARS_BEFORE = 3;
    private static final int SMALL_COMMUNE = 2_000;
    private static final String ORIGIN = "données de démonstration#practitioner (earlier vintage) ";

    private DemoEarlierVintage() {
    }

    static List<PractitionerRecord> generate(DemoTerritory territory, List<PractitionerRecord> current, long seed) {
        Random random = new Random(seed ^ 0x5eed_2023L);
        List<PractitionerRecord> earlier = new ArrayList<>();
        Map<String, Integer> perProfession = new HashMap<>();
        for (PractitionerRecord r : current) {
            int age = r.age() == null ? 50 : r.age() - YEARS_BEFORE;
            if (age < 28 || random.nextInt(12) == 0) {
                continue; // installed since
            }
            earlier.add(copy(r, "E" + r.id(), r.communeCode(), r.lon(), r.lat(), age, r.origin()));
            perProfession.merge(r.professionKey(), 1, Integer::sum);
        }
        Map<String, Double> population = new HashMap<>();
        for (PopulationByAge p : territory.populations()) {
            population.merge(p.communeCode(), p.total(), Double::sum);
        }
        List<ReferencePoint> small = territory.points().stream()
                .filter(p -> population.getOrDefault(p.communeCode(), 0.0) < SMALL_COMMUNE).toList();
        List<ReferencePoint> sites = small.isEmpty() ? territory.points() : small;
        int n = 0;
        for (PractitionerRecord r : current) {
            if (random.nextInt(10) != 0) {
                continue; // draws one retired practitioner per ten current ones, profession by profession
            }
            ReferencePoint site = sites.get(random.nextInt(sites.size()));
            n++;
            earlier.add(copy(r, "DEMO-R" + n, site.communeCode(), site.lon() + (random.nextDouble() - 0.5) * 0.004,
                    site.lat() + (random.nextDouble() - 0.5) * 0.003, 62 + random.nextInt(9), ORIGIN + n));
        }
        return earlier;
    }

    private static PractitionerRecord copy(PractitionerRecord r, String id, String commune, Double lon, Double lat,
                                           int age, String origin) {
        return new PractitionerRecord(id, r.professionKey(), r.specialty(), commune, lon, lat, r.activity(), age,
                false, origin);
    }
}
