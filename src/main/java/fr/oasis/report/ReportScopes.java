package fr.oasis.report;

import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.TerritoryLevel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds a report's subject and its references. References: the département holding most of the
 * subject's population (for a département, none) and the région holding most of it (for a
 * région, none); a grouping of communes (TVS, CPTS...) has both. Stateless.
 */
final class ReportScopes {
    /** Level key of a custom selection of communes in {@link TerritoryReport.Subject#level()}. */
    static final String SELECTION = "selection";
    static final int MAX_SELECTION = 10_000;

    private ReportScopes() {
    }

    /** @throws NoSuchElementException when no territory of {@code level} has that code */
    static ReportScope territory(CommuneTable table, TerritoryLevel level, String code) {
        String name = code == null ? null : table.name(level, code);
        if (name == null) {
            throw new NoSuchElementException("no " + level.key() + " with code '" + code + "'");
        }
        Set<String> communes = table.communesOf(level, code);
        Column subject = Column.of(level, code, name, communes, table);
        return scope(table, level.key(), subject, communes);
    }

    /**
     * A custom set of communes; former codes are resolved to their current commune by
     * {@code formerCodes} (asked for only when a code is not a current one).
     *
     * @throws IllegalArgumentException when the list is empty or too long
     * @throws NoSuchElementException   naming the codes that are no stored commune
     */
    static ReportScope selection(CommuneTable table, List<String> codes, String name,
                                 java.util.function.Supplier<Function<String, Optional<String>>> formerCodes) {
        Set<String> communes = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        Function<String, Optional<String>> former = null;
        // A pasted list may separate codes by commas, semicolons, blanks or new lines.
        List<String> split = (codes == null ? List.<String>of() : codes).stream().filter(java.util.Objects::nonNull)
                .flatMap(c -> java.util.Arrays.stream(c.split("[\\s,;]+"))).filter(c -> !c.isEmpty()).toList();
        if (split.isEmpty() || split.size() > MAX_SELECTION) {
            throw new IllegalArgumentException("a selection needs 1 to " + MAX_SELECTION + " commune codes");
        }
        for (String raw : split) {
            String code = raw.toUpperCase(java.util.Locale.ROOT);
            if (!table.byCode().containsKey(code) && former == null) {
                former = formerCodes.get(); // reads every alias: only when a code is not current
            }
            Optional<String> current = table.byCode().containsKey(code) ? Optional.of(code) : former.apply(code);
            current.ifPresentOrElse(communes::add, () -> unknown.add(raw));
        }
        if (!unknown.isEmpty()) {
            throw new NoSuchElementException("no commune with code " + String.join(", ", unknown));
        }
        String label = name == null || name.isBlank() ? "Sélection de " + communes.size() + " commune"
                + (communes.size() > 1 ? "s" : "") : name.strip();
        Column subject = Column.of(null, key(communes), label, communes, table);
        return scope(table, SELECTION, subject, communes);
    }

    private static ReportScope scope(CommuneTable table, String levelKey, Column subject, Set<String> communes) {
        List<Column> columns = new ArrayList<>(List.of(subject));
        List<TerritoryReport.Reference> references = new ArrayList<>();
        for (TerritoryLevel level : List.of(TerritoryLevel.DEPARTEMENT, TerritoryLevel.REGION)) {
            // A grouping (TVS, CPTS...) is compared with its main département and its région.
            if (subject.level() != null && !subject.level().grouping() && subject.level().ordinal() >= level.ordinal()) {
                continue;
            }
            String code = table.mainParent(communes, level);
            String name = code == null ? null : table.name(level, code);
            if (name != null) {
                columns.add(Column.of(level, code, name, table.communesOf(level, code), table));
                references.add(new TerritoryReport.Reference(level.key(), level.key(), code, name));
            }
        }
        List<String> codes = List.copyOf(subject.communes());
        return new ReportScope(new TerritoryReport.Subject(levelKey, subject.code(), subject.name(), codes, codes),
                List.copyOf(references), List.copyOf(columns));
    }

    /** A short stable key of a set of communes: the same communes give the same key. */
    static String key(Set<String> sortedCodes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", sortedCodes).getBytes(StandardCharsets.UTF_8));
            return "s" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
