package fr.oasis.indicator;

import fr.oasis.indicator.IndicatorAggregator.Figure;
import fr.oasis.indicator.store.ImportedIndicatorStore;
import fr.oasis.indicator.store.IndicatorDefinition;
import fr.oasis.indicator.store.IndicatorValue;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The imported indicators (Filosofi, generic CSV) in the catalogue: their latest millésime, and
 * their values at any level. A published value always wins; a territory without one gets the
 * {@link IndicatorAggregator} combination of its parts: communes for an EPCI or a département
 * (EPCIs may straddle départements, so a département is never built from EPCIs), départements for
 * the région. Weights of weighted means are the stored commune populations (0 when unknown).
 * Computed on each request from the stored figures: a few thousand rows.
 */
@Service
class ImportedIndicators {
    private final ImportedIndicatorStore store;
    private final TerritoryQueries territories;
    private final fr.oasis.territory.Communes communes;

    ImportedIndicators(ImportedIndicatorStore store, TerritoryQueries territories,
                       fr.oasis.territory.Communes communes) {
        this.store = store;
        this.territories = territories;
        this.communes = communes;
    }

    /** The latest millésime of every imported indicator. */
    List<IndicatorView.Definition> definitions() {
        Map<String, IndicatorDefinition> latest = new TreeMap<>();
        store.definitions().forEach(d -> latest.merge(d.id(), d, (a, b) -> a.millesime() >= b.millesime() ? a : b));
        return latest.values().stream().map(d -> new IndicatorView.Definition(d.id(), d.label(), d.unit(), d.source(),
                d.millesime(), false, List.of())).toList();
    }

    /** One indicator's latest values for every stored territory of the level; empty when never imported. */
    Optional<IndicatorView.Values> values(String id, TerritoryLevel level) {
        return values(id, level, null);
    }

    /**
     * One indicator's values at millésime {@code year} (null: the latest) for every stored
     * territory of the level, listing every stored millésime; empty when never imported.
     *
     * @throws IllegalArgumentException when the indicator was imported but not for {@code year}
     */
    Optional<IndicatorView.Values> values(String id, TerritoryLevel level, Integer year) {
        List<IndicatorDefinition> millesimes = millesimes(id);
        if (millesimes.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> years = millesimes.stream().map(IndicatorDefinition::millesime).toList();
        IndicatorDefinition d = year == null ? millesimes.get(millesimes.size() - 1) : millesimes.stream()
                .filter(m -> m.millesime() == year).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        IndicatorCatalogue.unknownYear(id, year, years)));
        Map<String, Figure> figures = new Resolution(d, store.values(d), communes.table()).at(level);
        List<IndicatorView.Value> values = territories.figures(level).stream()
                .map(f -> {
                    Figure figure = figures.getOrDefault(f.code(), Figure.MISSING);
                    return new IndicatorView.Value(f.code(), f.name(), f.population(), figure.value(),
                            figure.value() != null && figure.estimated());
                })
                .toList();
        return Optional.of(new IndicatorView.Values(d.id(), d.label(), d.unit(), d.source(), d.millesime(), false,
                values, years));
    }

    /** Every millésime of an indicator, oldest first; empty when never imported. */
    List<IndicatorDefinition> millesimes(String id) {
        return store.definitions().stream().filter(d -> d.id().equals(id)).toList();
    }

    /**
     * One territory's value at every millésime of an indicator, oldest first (values resolved as
     * {@link #values} does: published, else aggregated; null when missing); empty when the
     * indicator was never imported.
     */
    NavigableMap<Integer, Double> series(String id, TerritoryLevel level, String code) {
        NavigableMap<Integer, Double> series = new TreeMap<>();
        List<IndicatorDefinition> millesimes = millesimes(id);
        if (millesimes.isEmpty()) {
            return series;
        }
        CommuneTable table = this.communes.table();
        for (IndicatorDefinition d : millesimes) {
            series.put(d.millesime(), new Resolution(d, store.values(d), table).of(level, code).value());
        }
        return series;
    }

    /**
     * Every stored millésime (oldest first) of the imported indicators whose id is {@code wanted},
     * for each area. One read of the communes for all of them: a report asks for a dozen
     * indicators at once.
     */
    Map<String, List<IndicatorView.AreaFigures>> figures(java.util.function.Predicate<String> wanted,
                                                         List<IndicatorView.Area> areas) {
        Map<String, List<IndicatorView.AreaFigures>> result = new java.util.LinkedHashMap<>();
        List<IndicatorDefinition> definitions = store.definitions().stream().filter(d -> wanted.test(d.id())).toList();
        if (definitions.isEmpty()) {
            return result;
        }
        CommuneTable table = this.communes.table();
        for (IndicatorDefinition d : definitions) {
            Resolution resolution = new Resolution(d, store.values(d), table);
            List<Figure> resolved = areas.stream().map(a -> a.level() == null ? resolution.over(a.communeCodes())
                    : resolution.of(a.level(), a.code())).toList();
            List<Double> values = resolved.stream().map(Figure::value).toList();
            IndicatorView.Definition definition = new IndicatorView.Definition(d.id(), d.label(), d.unit(), d.source(),
                    d.millesime(), false, List.of());
            result.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(new IndicatorView.AreaFigures(definition,
                    d.aggregation().name(), values,
                    resolved.stream().map(f -> f.value() != null && f.estimated()).toList()));
        }
        return result;
    }

    /**
     * Figures of one millésime resolved level by level, or for one territory. The populations that
     * weigh them are the commune table's, summed once per table. Not thread-safe: one per request.
     */
    private static final class Resolution {
        private final IndicatorDefinition definition;
        private final Map<TerritoryLevel, Map<String, Figure>> published = new EnumMap<>(TerritoryLevel.class);
        private final CommuneTable table;
        private final List<TerritoryView.CommunePoint> communes;
        private final Map<TerritoryLevel, Map<String, Figure>> resolved = new EnumMap<>(TerritoryLevel.class);

        Resolution(IndicatorDefinition definition, List<IndicatorValue> stored, CommuneTable table) {
            this.definition = definition;
            this.table = table;
            this.communes = table.points();
            for (TerritoryLevel level : TerritoryLevel.values()) {
                published.put(level, new HashMap<>());
            }
            for (IndicatorValue v : stored) {
                published.get(v.level()).put(v.code(), new Figure(v.value(), v.numerator(), v.denominator(),
                        population(v.level(), v.code())));
            }
        }

        private Double population(TerritoryLevel level, String code) {
            return table.populations(level).get(code);
        }

        /** A custom set of communes: their figures combined by the rule (a missing commune makes it missing). */
        Figure over(java.util.Collection<String> communeCodes) {
            Map<String, Figure> parts = at(TerritoryLevel.COMMUNE);
            return IndicatorAggregator.combine(definition.aggregation(), definition.scale(), communeCodes.stream()
                    .map(c -> parts.getOrDefault(c, Figure.MISSING.withWeight(population(TerritoryLevel.COMMUNE, c))))
                    .toList());
        }

        /**
         * One territory's figure, as {@link #at} gives it (published, else its parts combined), without
         * resolving the whole level: a report or a series asks for one group among hundreds.
         */
        Figure of(TerritoryLevel level, String code) {
            Figure published = this.published.get(level).get(code);
            if (published != null || level == TerritoryLevel.COMMUNE || level == TerritoryLevel.REGION
                    || resolved.containsKey(level)) {
                return published != null ? published : at(level).getOrDefault(code, Figure.MISSING);
            }
            java.util.Set<String> members = table.communesOf(level, code);
            if (members.isEmpty()) {
                return Figure.MISSING;
            }
            Map<String, Figure> parts = at(TerritoryLevel.COMMUNE);
            // In the order #resolve combines them (a hash map's), so that sums round the same way.
            Map<String, Figure> combined = new HashMap<>();
            members.forEach(c -> combined.put(c, parts.getOrDefault(c,
                    Figure.MISSING.withWeight(population(TerritoryLevel.COMMUNE, c)))));
            return IndicatorAggregator.combine(definition.aggregation(), definition.scale(),
                    new ArrayList<>(combined.values())).withWeight(population(level, code));
        }

        Map<String, Figure> at(TerritoryLevel level) {
            // Not computeIfAbsent: resolving a région resolves its départements (a nested insertion).
            Map<String, Figure> figures = resolved.get(level);
            if (figures == null) {
                figures = resolve(level);
                resolved.put(level, figures);
            }
            return figures;
        }

        private Map<String, Figure> resolve(TerritoryLevel level) {
            if (level == TerritoryLevel.COMMUNE) {
                return published.get(level);
            }
            // Parts of a région are its départements; of an EPCI or a département, its communes.
            TerritoryLevel partLevel = level == TerritoryLevel.REGION ? TerritoryLevel.DEPARTEMENT : TerritoryLevel.COMMUNE;
            Map<String, Figure> parts = at(partLevel);
            Map<String, Map<String, Figure>> groups = new HashMap<>();
            for (TerritoryView.CommunePoint c : communes) {
                String part = c.codeAt(partLevel);
                for (String group : part == null ? List.<String>of() : c.codesAt(level)) {
                    // A part without figure keeps its population: an uninhabited one weighs nothing.
                    groups.computeIfAbsent(group, g -> new HashMap<>()).put(part, parts.getOrDefault(part,
                            Figure.MISSING.withWeight(population(partLevel, part))));
                }
            }
            Map<String, Figure> result = new HashMap<>();
            groups.forEach((code, members) -> result.put(code, IndicatorAggregator.combine(definition.aggregation(),
                    definition.scale(), new ArrayList<>(members.values())).withWeight(population(level, code))));
            result.putAll(published.get(level));
            return result;
        }
    }
}
