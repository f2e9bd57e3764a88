package fr.oasis.report;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.indicator.PriorityZones;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.Provenance;
import fr.oasis.structure.StructureQueries;
import fr.oasis.structure.StructureType;
import fr.oasis.structure.StructureView;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import fr.oasis.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Structures de soins et zonage indicatif" at the end of every territorial report: one row per
 * stored care-structure type (MSP, centres de santé, urgences, maternités, pharmacies,
 * laboratories, hospitals) with its count in the territory, its département and its région (the
 * parents holding most of the subject's population, {@code CommuneTable#mainParent}); then the
 * indicative priority zone of the territory, département and région from their GP APL
 * ({@link PriorityZones}), always saying that the official zoning is the ARS's. No section when
 * neither structures nor a GP APL are stored. Thread-safe (reads kept data only).
 */
@Component
@Order(10)
class CareStructureSection implements ReportSectionSource {
    static final String ID = "structures";
    static final String TITLE = "Structures de soins et zonage indicatif";
    private final StructureQueries structures;
    private final AccessibilityQueries accessibility;
    private final PriorityZones zones;
    private final Communes communes;

    CareStructureSection(StructureQueries structures, AccessibilityQueries accessibility, PriorityZones zones,
                         Communes communes) {
        this.structures = structures;
        this.accessibility = accessibility;
        this.zones = zones;
        this.communes = communes;
    }

    @Override
    public Optional<TerritoryReport.Section> section(TerritoryReport.Subject subject) {
        CommuneTable table = communes.table();
        String dep = table.mainParent(subject.communeCodes(), TerritoryLevel.DEPARTEMENT);
        String reg = table.mainParent(subject.communeCodes(), TerritoryLevel.REGION);
        List<TerritoryReport.Table> tables = new ArrayList<>();
        List<StructureView.TypeSummary> stored = structures.summary();
        if (!stored.isEmpty()) {
            Set<String> depCommunes = dep == null ? Set.of() : table.communesOf(TerritoryLevel.DEPARTEMENT, dep);
            Set<String> regCommunes = reg == null ? Set.of() : table.communesOf(TerritoryLevel.REGION, reg);
            List<List<Object>> rows = new ArrayList<>();
            java.util.Map<String, Integer> sources = new java.util.LinkedHashMap<>();
            for (StructureView.TypeSummary s : stored) {
                StructureType type = StructureType.fromKey(s.type());
                rows.add(List.of(type.pluralLabel(), structures.count(type, subject.communeCodes()),
                        structures.count(type, depCommunes), structures.count(type, regCommunes),
                        s.source() + ", " + s.millesime() + ("commune-point".equals(s.located())
                                ? " (dénombrement par commune)" : " (coordonnées de l'établissement)")));
                sources.put(demoSaid(s.source(), s.demo()), s.millesime());
            }
            tables.add(new TerritoryReport.Table("structures-counts", "Structures de soins", List.of("Type",
                    subject.name(), "Département" + name(table, TerritoryLevel.DEPARTEMENT, dep),
                    "Région" + name(table, TerritoryLevel.REGION, reg), "Source et millésime"), rows,
                    sourceText(sources), sources.values().stream().reduce((a, b) -> b).orElse(null)));
        }
        zoneTable(subject, dep, reg, table).ifPresent(tables::add);
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TerritoryReport.Section(ID, TITLE, List.of(), List.of(), tables, null));
    }

    /** The indicative class of the territory, its département and its région, from the GP APL. */
    private Optional<TerritoryReport.Table> zoneTable(TerritoryReport.Subject subject, String dep, String reg,
                                                      CommuneTable table) {
        boolean gp = accessibility.runs().stream().anyMatch(r -> r.profession().equals(Profession.MG.key())
                && r.variant().equals(AplVariant.ALL.key()));
        if (!gp) {
            return Optional.empty();
        }
        List<List<Object>> rows = new ArrayList<>();
        TerritoryLevel level = subject.level() == null ? null : levelOf(subject.level());
        Optional<AccessibilityView.TerritoryValue> own = level == null ? Optional.empty()
                : value(level, subject.code());
        if (own.isEmpty()) {
            own = accessibility.aggregate(subject.code(), subject.name(), subject.communeCodes(), Profession.MG,
                    AplVariant.ALL);
        }
        own.ifPresent(v -> rows.add(row(subject.name(), v)));
        if (dep != null && level != TerritoryLevel.DEPARTEMENT && level != TerritoryLevel.REGION) {
            value(TerritoryLevel.DEPARTEMENT, dep).ifPresent(v -> rows.add(row("Département"
                    + name(table, TerritoryLevel.DEPARTEMENT, dep), v)));
        }
        if (reg != null && level != TerritoryLevel.REGION) {
            value(TerritoryLevel.REGION, reg).ifPresent(v -> rows.add(row("Région" + name(table, TerritoryLevel.REGION,
                    reg), v)));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        AccessibilityView.Layer layer = accessibility.layer(TerritoryLevel.COMMUNE, Profession.MG, AplVariant.ALL);
        Provenance p = layer.practitioners();
        return Optional.of(new TerritoryReport.Table(PriorityZones.ID, "Zonage indicatif (non officiel) : "
                + PriorityZones.OFFICIAL, List.of("Territoire", "APL médecins généralistes", "Classe indicative"), rows,
                demoSaid(p.source(), p.demo()) + " ; classes : " + zones.thresholds(),
                p.millesime()));
    }

    /** The source, saying "données de démonstration" once when the data are generated. */
    private static String demoSaid(String source, boolean demo) {
        return demo && !source.contains("données de démonstration") ? source + " — données de démonstration" : source;
    }

    /** "A, millésime 2018 ; B" (the table's millésime, the last one, closes the line). */
    private static String sourceText(java.util.Map<String, Integer> sources) {
        List<String> parts = new ArrayList<>();
        List<java.util.Map.Entry<String, Integer>> entries = List.copyOf(sources.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            parts.add(i < entries.size() - 1 ? ReportSources.label(entries.get(i).getKey(), entries.get(i).getValue())
                    : entries.get(i).getKey());
        }
        return String.join(" ; ", parts);
    }

    private List<Object> row(String name, AccessibilityView.TerritoryValue v) {
        Integer zone = zones.classOf(v.apl());
        return List.of(name, FrenchNumbers.format(v.apl(), "APL"), zone == null ? FrenchNumbers.MISSING
                : PriorityZones.label(zone));
    }

    private Optional<AccessibilityView.TerritoryValue> value(TerritoryLevel level, String code) {
        return accessibility.layer(level, Profession.MG, AplVariant.ALL).values().stream()
                .filter(v -> v.code().equals(code)).findFirst();
    }

    private static TerritoryLevel levelOf(String key) {
        try {
            return TerritoryLevel.fromKey(key);
        } catch (IllegalArgumentException e) {
            return null; // a selection of communes
        }
    }

    private static String name(CommuneTable table, TerritoryLevel level, String code) {
        String name = code == null ? null : table.name(level, code);
        return name == null ? "" : " (" + name + ")";
    }
}
