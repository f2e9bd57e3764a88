package fr.oasis.structure;

import fr.oasis.accessibility.NearestFacilities;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import fr.oasis.provenance.Provenance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Reads the stored care structures, kept in memory per {@code structures} data version (a région
 * holds a few thousand rows), and the time from every commune to the nearest structure of a type,
 * kept per version of the structures, territories and road network. Thread-safe.
 */
@Service
public class StructureQueries {
    private final StructureStore store;
    private final NearestFacilities nearest;
    private final KeptPerVersion<Stored> stored;
    private final KeptPerVersion<Map<StructureType, NearestFacilities.Times>> times;

    StructureQueries(StructureStore store, NearestFacilities nearest, DataVersions versions) {
        this.store = store;
        this.nearest = nearest;
        this.stored = new KeptPerVersion<>(versions, DataKind.STRUCTURES);
        this.times = new KeptPerVersion<>(versions, DataKind.STRUCTURES, DataKind.TERRITORIES, DataKind.NETWORK);
    }

    /** Every stored structure, by type then commune. */
    public List<StructureSite> sites() {
        return stored().sites();
    }

    /** The types stored, in catalogue order, with their totals and provenance. */
    public List<StructureView.TypeSummary> summary() {
        Map<StructureType, List<StructureSite>> byType = byType();
        List<StructureView.TypeSummary> out = new ArrayList<>();
        byType.forEach((type, list) -> {
            StructureSite first = list.get(0);
            out.add(new StructureView.TypeSummary(type.key(), type.pluralLabel(), type.symbol(),
                    list.stream().mapToLong(StructureSite::count).sum(),
                    (int) list.stream().map(StructureSite::communeCode).distinct().count(),
                    first.atCommunePoint() ? "commune-point" : "own-point", first.source(), first.millesime(),
                    first.demo()));
        });
        return out;
    }

    /** The source and millésime of a type's structures; empty when none is stored. */
    public Optional<Provenance> provenance(StructureType type) {
        List<StructureSite> list = byType().get(type);
        return list == null ? Optional.empty()
                : Optional.of(new Provenance(list.get(0).source(), list.get(0).millesime(), list.get(0).demo()));
    }

    /** Structures of a type per current commune code (communes without any are absent). */
    public Map<String, Integer> countsByCommune(StructureType type) {
        return stored().counts().getOrDefault(type, Map.of());
    }

    /** Structures of a type in a set of communes (a territory, a report's selection). */
    public long count(StructureType type, Collection<String> communeCodes) {
        Map<String, Integer> counts = countsByCommune(type);
        return communeCodes.stream().mapToLong(c -> counts.getOrDefault(c, 0)).sum();
    }

    /**
     * Minutes from each commune to the nearest commune holding a structure of the type (see
     * {@link NearestFacilities}); empty when none of the type is stored.
     */
    public Optional<NearestFacilities.Times> minutes(StructureType type) {
        if (!byType().containsKey(type)) {
            return Optional.empty();
        }
        Map<StructureType, NearestFacilities.Times> kept = times.get(ConcurrentHashMap::new);
        return Optional.of(kept.computeIfAbsent(type, t -> nearest.minutesTo(countsByCommune(t).keySet())));
    }

    private Map<StructureType, List<StructureSite>> byType() {
        return stored().byType();
    }

    private Stored stored() {
        return stored.get(() -> Stored.of(store.all()));
    }

    /** The stored structures as read once per data version, by type, and counted per commune. */
    private record Stored(List<StructureSite> sites, Map<StructureType, List<StructureSite>> byType,
                          Map<StructureType, Map<String, Integer>> counts) {
        static Stored of(List<StructureSite> sites) {
            Map<StructureType, List<StructureSite>> byType = new EnumMap<>(StructureType.class);
            Map<StructureType, Map<String, Integer>> counts = new EnumMap<>(StructureType.class);
            for (StructureSite s : sites) {
                byType.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s);
                counts.computeIfAbsent(s.type(), t -> new HashMap<>()).merge(s.communeCode(), s.count(), Integer::sum);
            }
            return new Stored(List.copyOf(sites), byType, counts);
        }
    }
}
