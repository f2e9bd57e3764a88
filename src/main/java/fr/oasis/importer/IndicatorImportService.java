package fr.oasis.importer;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.problem.ImportException;
import fr.oasis.provenance.DataKind;

import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.store.ImportedIndicatorStore;
import fr.oasis.indicator.store.IndicatorDefinition;
import fr.oasis.indicator.store.IndicatorValue;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Imports indicator figures read from one or more files (e.g. the commune, EPCI and département
 * tables of one Filosofi millésime): checks that the definitions agree, re-keys the territories
 * ({@link IndicatorRekeyer}), then replaces every (indicator, millésime) present in one
 * transaction; other indicators and millésimes are kept. A failure changes nothing. Publishes
 * {@code ImportCompleted("indicators")}.
 */
@Service
public class IndicatorImportService {
    private final TerritoryQueries territories;
    private final ImportedIndicatorStore store;
    private final StandaloneImport standalone;

    /** The records of one source, with what its figures' provenance will say. */
    public record Input(String sourceLabel, String format, List<IndicatorRecord> records) {
    }

    IndicatorImportService(TerritoryQueries territories, ImportedIndicatorStore store, StandaloneImport standalone) {
        this.territories = territories;
        this.store = store;
        this.standalone = standalone;
    }

    public ImportReport importIndicators(List<Input> inputs, String username) {
        return standalone.run(username, "indicators: " + inputs.stream().map(Input::sourceLabel).distinct().toList(),
                DataKind.INDICATORS, report -> store(inputs, report));
    }

    /** Checks, re-keys onto the communes stored in the caller's transaction, and replaces the figures there. */
    void store(List<Input> inputs, ImportReport report) {
        CommuneKeys communes = CommuneKeys.of(territories, "indicators");
        List<IndicatorDefinition> definitions = definitions(inputs);
        IndicatorRekeyer rekeyer = new IndicatorRekeyer(communes.resolver(), storedCodes());
        inputs.forEach(in -> in.records().forEach(rekeyer::add));
        List<IndicatorValue> values = rekeyer.values();
        store.replace(definitions, values);
        rekeyer.report(report);
        report.count("indicator figures stored", values.size());
        report.count("indicator figures missing (secret or not published)",
                values.stream().filter(v -> v.value() == null).count());
    }

    /** One definition per (indicator, millésime); refuses built-in ids and disagreeing files. */
    private static List<IndicatorDefinition> definitions(List<Input> inputs) {
        Map<String, IndicatorDefinition> byKey = new LinkedHashMap<>();
        Map<String, String> firstOrigin = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Input in : inputs) {
            for (IndicatorRecord r : in.records()) {
                IndicatorDefinition d = new IndicatorDefinition(r.indicator(), r.year(), r.label(), r.unit(),
                        r.aggregation(), r.scale(), in.sourceLabel(), in.format());
                String key = r.indicator() + " " + r.year();
                IndicatorDefinition known = byKey.putIfAbsent(key, d);
                if (known == null && IndicatorCatalogue.BUILT_IN_IDS.contains(r.indicator())) {
                    problems.add(ImportProblem.at(r.origin(), "indicator", "'" + r.indicator()
                            + "' is a computed indicator of Oasis; choose another id"));
                } else if (known != null && !sameMeaning(known, d)) {
                    problems.add(ImportProblem.at(r.origin(), "indicator", "definition of " + key
                            + " differs from the one at " + firstOrigin.get(key)));
                }
                firstOrigin.putIfAbsent(key, r.origin());
                if (problems.size() >= 50) {
                    throw new ImportException(problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return List.copyOf(byKey.values());
    }

    /** Same label, unit, rule and scale: the source may differ (one publisher's several files). */
    private static boolean sameMeaning(IndicatorDefinition a, IndicatorDefinition b) {
        return Objects.equals(a.label(), b.label()) && Objects.equals(a.unit(), b.unit())
                && a.aggregation() == b.aggregation() && a.scale() == b.scale();
    }

    private Map<TerritoryLevel, Set<String>> storedCodes() {
        Map<TerritoryLevel, Set<String>> codes = new EnumMap<>(TerritoryLevel.class);
        for (TerritoryLevel level : TerritoryLevel.values()) {
            if (level == TerritoryLevel.COMMUNE) {
                continue;
            }
            codes.put(level, territories.names(level).keySet());
        }
        return codes;
    }
}
