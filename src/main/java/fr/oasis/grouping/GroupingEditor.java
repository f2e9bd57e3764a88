package fr.oasis.grouping;

import fr.oasis.security.SecurityAudit;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import fr.oasis.territory.GroupingQueries;
import fr.oasis.territory.GroupingRecord;
import fr.oasis.territory.GroupingStore;
import fr.oasis.territory.InvalidGroupingException;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Turns a portal request into a stored grouping: the communes are the union of the codes picked
 * or pasted (former codes re-keyed to their current commune) and of every commune of the EPCI
 * named; unknown codes are refused, naming them. Each change is written to the audit log
 * ({@code GROUPING_CREATED}, {@code _UPDATED}, {@code _DELETED}) with the type, code, name and
 * number of communes. Thread-safe (stateless).
 */
@Service
class GroupingEditor {
    static final String SOURCE = "Saisie dans Oasis";
    private final GroupingStore store;
    private final GroupingQueries groupings;
    private final TerritoryQueries territories;
    private final Communes communes;
    private final SecurityAudit audit;

    GroupingEditor(GroupingStore store, GroupingQueries groupings, TerritoryQueries territories, Communes communes,
                   SecurityAudit audit) {
        this.store = store;
        this.groupings = groupings;
        this.territories = territories;
        this.communes = communes;
        this.audit = audit;
    }

    /** What the portal sends: type, code, name, commune codes (picked or pasted) and EPCI SIRENs. */
    record Request(String type, String code, String name, List<String> communes, List<String> epcis) {
    }

    GroupingRecord save(Request request, String previousCode, String username, String client) {
        TerritoryLevel type = type(request.type());
        if (previousCode != null && groupings.find(type, previousCode).isEmpty()) {
            throw new java.util.NoSuchElementException("Aucun regroupement " + type.key() + " de code " + previousCode + ".");
        }
        GroupingRecord group = new GroupingRecord(type, trim(request.code()), trim(request.name()), Year.now().getValue(),
                SOURCE, false, members(request), username);
        store.save(group, previousCode);
        audit.record(username, previousCode == null ? "GROUPING_CREATED" : "GROUPING_UPDATED", describe(group)
                + (previousCode != null && !previousCode.equals(group.code()) ? " (ancien code " + previousCode + ")" : ""),
                client);
        return group;
    }

    void delete(String typeKey, String code, String username, String client) {
        TerritoryLevel type = type(typeKey);
        GroupingRecord group = groupings.find(type, code).orElseThrow(() ->
                new java.util.NoSuchElementException("Aucun regroupement " + type.key() + " de code " + code + "."));
        store.remove(type, code);
        audit.record(username, "GROUPING_DELETED", describe(group), client);
    }

    static TerritoryLevel type(String key) {
        TerritoryLevel type;
        try {
            type = TerritoryLevel.fromKey(key);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null || !type.grouping()) {
            throw new IllegalArgumentException("Type de regroupement inconnu « " + key + " » : choisissez parmi "
                    + TerritoryLevel.groupings().stream().map(TerritoryLevel::key).toList() + ".");
        }
        return type;
    }

    private List<String> members(Request request) {
        CommuneTable table = communes.withoutGroupings();
        TreeSet<String> codes = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        Function<String, Optional<String>> resolver = null;
        for (String raw : split(request.communes())) {
            if (table.byCode().containsKey(raw) || table.areas().containsKey(raw)) {
                codes.add(raw);
                continue;
            }
            resolver = resolver == null ? territories.communeResolver() : resolver;
            resolver.apply(raw).ifPresentOrElse(codes::add, () -> unknown.add(raw));
        }
        for (String epci : split(request.epcis())) {
            java.util.Set<String> of = table.communesOf(TerritoryLevel.EPCI, epci);
            if (of.isEmpty()) {
                unknown.add("EPCI " + epci);
            }
            codes.addAll(of);
        }
        if (!unknown.isEmpty()) {
            throw new InvalidGroupingException(List.of("Codes inconnus : " + String.join(", ",
                    unknown.subList(0, Math.min(unknown.size(), 30))) + (unknown.size() > 30 ? "…" : "") + "."));
        }
        return List.copyOf(codes);
    }

    private static List<String> split(List<String> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull)
                .flatMap(v -> java.util.Arrays.stream(v.split("[\\s,;]+"))).filter(v -> !v.isEmpty())
                .limit(40_000).toList();
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    private static String describe(GroupingRecord g) {
        return g.type().key() + " " + g.code() + " « " + g.name() + " », " + g.communes().size() + " commune"
                + (g.communes().size() > 1 ? "s" : "");
    }
}
