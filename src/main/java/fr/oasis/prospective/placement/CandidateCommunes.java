package fr.oasis.prospective.placement;

import fr.oasis.accessibility.AccessibilitySnapshot;
import fr.oasis.accessibility.AccessibilitySnapshots;
import fr.oasis.practitioner.Profession;
import fr.oasis.prospective.retirement.ProspectiveParams;
import fr.oasis.structure.StructureQueries;
import fr.oasis.structure.StructureType;
import fr.oasis.territory.Communes;
import fr.oasis.territory.TerritoryLevel;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The candidate communes a user asks for, as a plain set of codes: a list ({@code communes=a,b}),
 * the communes of an EPCI ({@code epci=SIREN}), the communes already having a practitioner of a
 * profession ({@code withProfession=PHARMA}), the communes counting at least one care structure of
 * a type ({@code withStructure=msp}, any key of {@link StructureType}); several given: their
 * intersection; none: null (every commune). Thread-safe.
 */
@Component
class CandidateCommunes {
    /** More codes than this in one list is not a candidate set a person typed. */
    static final int MAX_LISTED = 5_000;
    private final Communes communes;
    private final AccessibilitySnapshots snapshots;
    private final StructureQueries structures;

    CandidateCommunes(Communes communes, AccessibilitySnapshots snapshots, StructureQueries structures) {
        this.communes = communes;
        this.snapshots = snapshots;
        this.structures = structures;
    }

    Set<String> resolve(String list, String epci, String withProfession, String withStructure) {
        Set<String> result = null;
        if (list != null && !list.isBlank()) {
            String[] codes = list.split("[,;\\s]+");
            if (codes.length > MAX_LISTED) {
                throw new IllegalArgumentException("trop de communes candidates (" + codes.length + ", au plus "
                        + MAX_LISTED + ")");
            }
            result = new LinkedHashSet<>(Arrays.stream(codes).map(String::strip).filter(c -> !c.isEmpty()).toList());
        }
        if (epci != null && !epci.isBlank()) {
            Set<String> members = communes.table().communesOf(TerritoryLevel.EPCI, epci.strip());
            if (members.isEmpty()) {
                throw new IllegalArgumentException("EPCI inconnu : « " + (epci.strip().length() > 20
                        ? epci.strip().substring(0, 20) + "…" : epci.strip()) + " »");
            }
            result = intersect(result, members);
        }
        if (withProfession != null && !withProfession.isBlank()) {
            Profession p = ProspectiveParams.profession(withProfession);
            AccessibilitySnapshot snapshot = snapshots.current();
            Set<String> having = new TreeSet<>();
            for (int c : snapshot.practitioners(p).commune()) {
                having.add(snapshot.code(c));
            }
            result = intersect(result, having);
        }
        if (withStructure != null && !withStructure.isBlank()) {
            Set<String> having = new TreeSet<>();
            structures.countsByCommune(structureType(withStructure)).forEach((code, n) -> {
                if (n > 0) {
                    having.add(code);
                }
            });
            result = intersect(result, having);
        }
        return result;
    }

    private static StructureType structureType(String key) {
        String k = key.strip();
        return Arrays.stream(StructureType.values()).filter(t -> t.key().equalsIgnoreCase(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("type de structure inconnu (withStructure) : « "
                        + ProspectiveParams.shorten(k) + " » ; attendu "
                        + String.join(", ", Arrays.stream(StructureType.values()).map(StructureType::key).toList())));
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        if (a == null) {
            return new LinkedHashSet<>(b);
        }
        a.retainAll(b);
        return a;
    }
}
