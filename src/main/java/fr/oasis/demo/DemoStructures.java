package fr.oasis.demo;

import fr.oasis.importer.StructureImportService;
import fr.oasis.structure.StructureRecord;
import fr.oasis.structure.StructureType;
import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.ReferencePoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fictional care structures of the demonstration territory, placed by commune rank (largest
 * population first; communes with a reference point only, so every hospital lies inside its
 * commune): pharmacies in every commune of 1,500 inhabitants and more (one per 4,000), laboratories
 * from 5,000, MSP in a few bourgs, centres de santé, emergency services and a maternity in the
 * towns, and three hospitals at their town's reference point. Deterministic (no random draw).
 * Everything is labelled "données de démonstration".
 */
final class DemoStructures {
    static final String BPE_SOURCE = "Oasis, structures de soins fictives (" + DemoTerritory.SOURCE + ")";
    static final String HOSPITAL_SOURCE = "Oasis, établissements hospitaliers fictifs (" + DemoTerritory.SOURCE + ")";
    private static final String ORIGIN = DemoTerritory.SOURCE + "#structure ";

    private DemoStructures() {
    }

    /** The two inputs of the import: counts per commune (six BPE types) and hospitals (points). */
    static List<StructureImportService.Input> inputs(DemoTerritory territory) {
        Map<String, ReferencePoint> points = territory.points().stream()
                .collect(Collectors.toMap(ReferencePoint::communeCode, Function.identity(), (a, b) -> a));
        List<CogCommune> ranked = territory.communes().stream()
                .filter(c -> c.type() == CogCommune.Type.CURRENT && c.population() != null
                        && points.containsKey(c.code()))
                .sorted(Comparator.comparing(CogCommune::population).reversed().thenComparing(CogCommune::code))
                .toList();
        List<StructureRecord> counts = new ArrayList<>();
        for (int rank = 0; rank < ranked.size(); rank++) {
            CogCommune c = ranked.get(rank);
            int population = c.population();
            add(counts, StructureType.PHARMACY, c, population >= 1500 ? Math.max(1, population / 4000) : 0);
            add(counts, StructureType.LABORATORY, c, population >= 15000 ? 2 : population >= 5000 ? 1 : 0);
            add(counts, StructureType.MSP, c, List.of(5, 8, 12, 17, 23, 30).contains(rank) ? 1 : 0);
            add(counts, StructureType.HEALTH_CENTRE, c, rank == 0 ? 2 : rank == 1 || rank == 3 ? 1 : 0);
            add(counts, StructureType.EMERGENCY, c, rank == 0 || rank == 2 ? 1 : 0);
            add(counts, StructureType.MATERNITY, c, rank == 0 ? 1 : 0);
        }
        List<StructureRecord> hospitals = new ArrayList<>();
        String[][] kinds = {{"Centre Hospitalier (C.H.)", "Centre hospitalier de "},
                {"Etablissement de santé privé autorisé en SSR", "Clinique de soins de suite de "},
                {"Centre hospitalier, ex Hôpital local", "Hôpital local de "}};
        int[] ranks = {0, 1, 4};
        for (int k = 0; k < ranks.length && ranks[k] < ranked.size(); k++) {
            CogCommune c = ranked.get(ranks[k]);
            ReferencePoint p = points.get(c.code());
            hospitals.add(new StructureRecord(StructureType.HOSPITAL, null, 1, p.lon(), p.lat(), kinds[k][1] + c.name(),
                    kinds[k][0], String.format("%s%07d", c.departementCode(), k + 1), DemoTerritory.COG_VINTAGE,
                    ORIGIN + "hospital " + (k + 1)));
        }
        EnumSet<StructureType> bpe = EnumSet.noneOf(StructureType.class);
        for (StructureType t : StructureType.values()) {
            if (t.countedByCommune()) {
                bpe.add(t);
            }
        }
        return List.of(new StructureImportService.Input(BPE_SOURCE, DemoTerritory.COG_VINTAGE, true, bpe, counts),
                new StructureImportService.Input(HOSPITAL_SOURCE, DemoTerritory.COG_VINTAGE, true,
                        EnumSet.of(StructureType.HOSPITAL), hospitals));
    }

    private static void add(List<StructureRecord> out, StructureType type, CogCommune c, int count) {
        if (count > 0) {
            out.add(new StructureRecord(type, c.code(), count, null, null, null, null, null, DemoTerritory.COG_VINTAGE,
                    ORIGIN + type.key() + " " + c.code()));
        }
    }
}
