package fr.oasis.indicator;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.Provenance;
import fr.oasis.structure.StructureIndicators;
import fr.oasis.structure.StructureView;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Computes the catalogue's indicators for every territory of a level. Ratios are ratios of sums
 * over the communes (a département's share of 75+ is Σ 75+ / Σ population, not a mean of
 * shares); missing figures stay missing. Imported indicators (Filosofi...) are served by
 * {@link ImportedIndicators}.
 */
@Service
public class IndicatorCatalogue {
    /** Ids of the computed indicators (and the filter's {@code near}); imports may not reuse them. */
    public static final java.util.Set<String> BUILT_IN_IDS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            "density", "share75", "share60", "apl", "nearest", "beyond10", "beyond20", "beyond30", "beyond10aged75",
            "beyond20aged75", "beyond30aged75", "near", PriorityZones.ID),
            java.util.Arrays.stream(fr.oasis.structure.StructureType.values()).flatMap(t -> java.util.stream.Stream.of(
                    StructureIndicators.COUNT + t.key(), StructureIndicators.TIME + t.key())))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Populations beyond N minutes of the nearest practitioner: id → minutes (10/20/30 are computed). */
    private static final Map<String, Integer> BEYOND = Map.of("beyond10", 10, "beyond20", 20, "beyond30", 30,
            "beyond10aged75", 10, "beyond20aged75", 20, "beyond30aged75", 30);
    private static final List<String> BY_PROFESSION = List.of("profession", "variant");
    /**
     * The imported share of residents aged 75+ as published (INSEE RP, communes and départements):
     * {@code share75} falls back on it when no census age bands are stored.
     */
    public static final String PUBLISHED_SHARE75 = "share75rp";
    private static final String SHARE75_LABEL = "Part des 75 ans et plus";
    private static final String PUBLISHED_SHARE75_NOTE = " ; part publiée par le recensement (les tranches d'âge"
            + " par commune ne sont pas importées)";
    private final TerritoryQueries territories;
    private final fr.oasis.territory.Communes communes;
    private final AccessibilityQueries accessibility;
    private final PractitionerQueries practitioners;
    private final ImportedIndicators imported;
    private final StructureIndicators structures;
    private final PriorityZones zones;

    IndicatorCatalogue(TerritoryQueries territories, AccessibilityQueries accessibility,
                       PractitionerQueries practitioners, ImportedIndicators imported,
                       fr.oasis.territory.Communes communes, StructureIndicators structures, PriorityZones zones) {
        this.structures = structures;
        this.zones = zones;
        this.territories = territories;
        this.communes = communes;
        this.accessibility = accessibility;
        this.practitioners = practitioners;
        this.imported = imported;
    }

    public List<IndicatorView.Definition> definitions() {
        List<IndicatorView.Definition> list = new ArrayList<>();
        Provenance t = territories.provenance().orElse(null);
        list.add(definition("density", "Densité de population", "hab./km²", t, List.of()));
        boolean ages = territories.censusProvenance().isPresent();
        territories.censusProvenance().ifPresent(c -> {
            list.add(definition("share75", SHARE75_LABEL, "%", c, List.of()));
            list.add(definition("share60", "Part des 60 ans et plus", "%", c, List.of()));
        });
        List<IndicatorView.Definition> importedDefinitions = imported.definitions();
        if (!ages) {
            // share75 from the published share; not listed twice (the map and the comparison take share75).
            importedDefinitions.stream().filter(d -> d.id().equals(PUBLISHED_SHARE75)).findFirst()
                    .ifPresent(d -> list.add(new IndicatorView.Definition("share75", SHARE75_LABEL, "%",
                            d.source() + PUBLISHED_SHARE75_NOTE, d.millesime(), d.demo(), List.of())));
            importedDefinitions = importedDefinitions.stream().filter(d -> !d.id().equals(PUBLISHED_SHARE75)).toList();
        }
        practitioners.latestVintage().ifPresent(v -> {
            List<AccessibilityView.Run> runs = accessibility.runs();
            AccessibilityView.Run run = runs.isEmpty() ? null : runs.get(0);
            Provenance p = withTravelTimes(v.provenance(), run == null ? null : run.network());
            String by = run == null ? "" : " " + travelPhrase(run.travelModel());
            list.add(definition("apl", "Accessibilité potentielle localisée (APL)", "selon la profession", p,
                    BY_PROFESSION));
            list.add(definition("nearest", "Temps d'accès au plus proche" + by, "min", p, BY_PROFESSION));
            for (int minutes : List.of(10, 20, 30)) {
                list.add(definition("beyond" + minutes, "Population à plus de " + minutes + " min" + by, "hab.", p,
                        BY_PROFESSION));
                if (ages) {
                    list.add(definition("beyond" + minutes + "aged75", "Personnes de 75 ans et plus à plus de "
                            + minutes + " min" + by, "pers.", p, BY_PROFESSION));
                }
            }
        });
        if (accessibility.runs().stream().anyMatch(r -> r.profession().equals(Profession.MG.key())
                && r.variant().equals(AplVariant.ALL.key()))) {
            practitioners.latestVintage().ifPresent(v -> list.add(definition(PriorityZones.ID, PriorityZones.LABEL,
                    "classe (0 : hors zone, 1 : action complémentaire, 2 : intervention prioritaire)",
                    v.provenance(), List.of())));
        }
        List<StructureView.TypeSummary> stored = structures.stored();
        String travelModel = stored.isEmpty() ? null : structures.travelModel();
        for (StructureView.TypeSummary type : stored) {
            Provenance p = new Provenance(type.source(), type.millesime(), type.demo());
            String count = StructureIndicators.COUNT + type.type();
            String time = StructureIndicators.TIME + type.type();
            list.add(definition(count, StructureIndicators.label(count, null), "structures", p, List.of()));
            list.add(definition(time, StructureIndicators.label(time, travelModel), "min", p, List.of()));
        }
        list.addAll(importedDefinitions);
        return list;
    }

    /**
     * @param profession for accessibility indicators, a {@link Profession} key
     * @param variant    for accessibility indicators, all / under-65 / under-62
     */
    public IndicatorView.Values values(String id, TerritoryLevel level, String profession, String variant) {
        return values(id, level, profession, variant, null);
    }

    /**
     * As {@link #values(String, TerritoryLevel, String, String)} at millésime {@code year}: any
     * stored millésime of an imported indicator (its answer lists them); a computed indicator has
     * only the millésime of the data it is computed from. Null: the latest.
     *
     * @throws IllegalArgumentException for a millésime that is not stored, with a French message
     */
    public IndicatorView.Values values(String id, TerritoryLevel level, String profession, String variant,
                                       Integer year) {
        if (year != null && !BUILT_IN_IDS.contains(id) && StructureIndicators.typeOf(id) == null) {
            var imported = this.imported.values(id, level, year);
            if (imported.isPresent()) {
                return imported.get();
            }
        }
        IndicatorView.Values latest = latest(id, level, profession, variant);
        if (year != null && !year.equals(latest.millesime())) {
            throw new IllegalArgumentException(unknownYear(id, year, latest.millesimes()));
        }
        return latest;
    }

    /** The French message of a millésime that is not stored (shown by the map as it is). */
    static String unknownYear(String id, int year, List<Integer> stored) {
        return "Millésime " + year + " indisponible pour l'indicateur « " + id + " »" + (stored.isEmpty() ? "."
                : " : millésime" + (stored.size() > 1 ? "s disponibles " : " disponible ")
                + stored.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ".");
    }

    private IndicatorView.Values latest(String id, TerritoryLevel level, String profession, String variant) {
        return switch (id) {
            case "density" -> density(level);
            case "share75" -> territories.censusProvenance().isPresent() ? share(level, "share75", SHARE75_LABEL, 5)
                    : publishedShare75(level);
            case "share60" -> share(level, "share60", "Part des 60 ans et plus", 4);
            case "apl", "nearest", "beyond10", "beyond20", "beyond30", "beyond10aged75", "beyond20aged75",
                 "beyond30aged75" -> accessibility(id, level, Profession.fromKey(profession),
                    AplVariant.fromKey(variant == null ? "all" : variant));
            case PriorityZones.ID -> priorityZones(level);
            default -> StructureIndicators.typeOf(id) != null ? structure(id, level) : imported.values(id, level).orElseThrow(() -> new IllegalArgumentException(
                    "unknown indicator '" + id + "' (expected density, share75, share60, apl, nearest, beyond10,"
                            + " beyond20, beyond30, beyond10aged75, beyond20aged75, beyond30aged75"
                            + " or an imported one listed by /api/indicators)"));
        };
    }

    /**
     * An imported indicator's values for one territory at every millésime, oldest first, each with
     * its source: the evolution a report draws. Computed indicators have no stored past.
     *
     * @throws IllegalArgumentException for a computed or never-imported indicator
     * @throws NoSuchElementException   for a territory that is not stored
     */
    public IndicatorView.Series series(String id, TerritoryLevel level, String code) {
        if (BUILT_IN_IDS.contains(id)) {
            throw new IllegalArgumentException("'" + id + "' is computed from the latest data and has no series;"
                    + " series exist for imported indicators");
        }
        List<fr.oasis.indicator.store.IndicatorDefinition> millesimes = imported.millesimes(id);
        if (millesimes.isEmpty()) {
            throw new IllegalArgumentException("unknown indicator '" + id + "' (imported ones are listed by"
                    + " /api/indicators)");
        }
        String name = territories.names(level).get(code);
        if (name == null) {
            throw new NoSuchElementException("no " + level.key() + " with code '" + code + "'");
        }
        Map<Integer, Double> values = imported.series(id, level, code);
        List<IndicatorView.SeriesPoint> points = millesimes.stream()
                .map(d -> new IndicatorView.SeriesPoint(d.millesime(), values.get(d.millesime()), d.source())).toList();
        var latest = millesimes.get(millesimes.size() - 1);
        return new IndicatorView.Series(id, latest.label(), latest.unit(), level.key(), code, name, points);
    }

    /**
     * The imported indicators whose id is {@code wanted}: every stored millésime, oldest first,
     * with one figure per area in the areas' order (published value, else the parts combined by
     * the indicator's rule; null when missing or secret). Ids never imported are absent.
     */
    public Map<String, List<IndicatorView.AreaFigures>> importedFigures(java.util.function.Predicate<String> wanted,
                                                                        List<IndicatorView.Area> areas) {
        return imported.figures(wanted, areas);
    }

    private IndicatorView.Values density(TerritoryLevel level) {
        Provenance p = territories.provenance().orElseThrow(() -> new NoSuchElementException("no territory yet"));
        List<IndicatorView.Value> values = territories.figures(level).stream()
                .map(f -> new IndicatorView.Value(f.code(), f.name(), f.population(),
                        f.population() == null || f.areaKm2() == null || f.areaKm2() <= 0 ? null
                                : f.population() / f.areaKm2()))
                .toList();
        return new IndicatorView.Values("density", "Densité de population", "hab./km²", p.source(), p.millesime(),
                p.demo(), values);
    }

    /**
     * {@code share75} without census age bands: the imported published share ({@value #PUBLISHED_SHARE75}),
     * its source saying so; EPCI (and départements not published) are population-weighted means of
     * the communes, flagged as estimates.
     */
    private IndicatorView.Values publishedShare75(TerritoryLevel level) {
        IndicatorView.Values v = imported.values(PUBLISHED_SHARE75, level).orElseThrow(() -> new NoSuchElementException(
                "no census population by age nor published share of residents aged 75+ ('" + PUBLISHED_SHARE75
                        + "') imported"));
        return new IndicatorView.Values("share75", SHARE75_LABEL, "%", v.source() + PUBLISHED_SHARE75_NOTE,
                v.millesime(), v.demo(), v.values());
    }

    /** Share of the population in the bands from {@code firstBand} up (4: 60+, 5: 75+), ratio of sums. */
    private IndicatorView.Values share(TerritoryLevel level, String id, String label, int firstBand) {
        Provenance p = territories.censusProvenance()
                .orElseThrow(() -> new NoSuchElementException("no census population by age imported"));
        Map<String, double[]> bands = communes.table().bands();
        Map<String, double[]> sums = new TreeMap<>();
        for (TerritoryView.CommunePoint c : communes.table().points()) {
            double[] b = bands.get(c.code());
            for (String group : b == null ? List.<String>of() : c.codesAt(level)) {
                double[] sum = sums.computeIfAbsent(group, g -> new double[2]);
                for (int k = 0; k < b.length; k++) {
                    sum[0] += b[k];
                    sum[1] += k >= firstBand ? b[k] : 0;
                }
            }
        }
        List<IndicatorView.Value> values = territories.figures(level).stream().map(f -> {
            double[] s = sums.get(f.code());
            return new IndicatorView.Value(f.code(), f.name(), f.population(),
                    s == null || s[0] <= 0 ? null : 100 * s[1] / s[0]);
        }).toList();
        return new IndicatorView.Values(id, label, "%", p.source(), p.millesime(), p.demo(), values);
    }

    private IndicatorView.Values accessibility(String id, TerritoryLevel level, Profession profession,
                                               AplVariant variant) {
        AccessibilityView.Layer layer = accessibility.layer(level, profession, variant);
        String who = profession.label().toLowerCase(java.util.Locale.ROOT);
        String by = travelPhrase(layer.travelModel());
        boolean aged = id.endsWith("aged75");
        int threshold = java.util.Arrays.binarySearch(layer.thresholdsMinutes(), BEYOND.getOrDefault(id, 0));
        List<IndicatorView.Value> values = layer.values().stream().map(v -> new IndicatorView.Value(v.code(), v.name(),
                v.population(), switch (id) {
                    case "apl" -> v.apl();
                    case "nearest" -> v.nearestMinutes();
                    default -> {
                        double[] beyond = aged ? v.population75Beyond() : v.populationBeyond();
                        yield beyond == null || threshold < 0 ? null : beyond[threshold];
                    }
                })).toList();
        String label = switch (id) {
            case "apl" -> "APL " + profession.pluralLabel().toLowerCase(java.util.Locale.ROOT) + " (" + variant.label() + ")";
            case "nearest" -> "Temps d'accès au plus proche " + by + " (" + who + ")";
            default -> (aged ? "Personnes de 75 ans et plus" : "Population") + " à plus de " + BEYOND.get(id)
                    + " min " + by + " (" + who + ")";
        };
        String unit = switch (id) {
            case "apl" -> layer.unit();
            case "nearest" -> "min";
            default -> aged ? "pers." : "hab.";
        };
        Provenance p = withTravelTimes(layer.practitioners(), layer.network());
        return new IndicatorView.Values(id, label, unit, p.source(), p.millesime(), p.demo(), values);
    }

    /**
     * The indicative priority zone of every territory: the class of its GP APL (all practitioners;
     * above the commune, the population-weighted mean), see {@link PriorityZones}.
     */
    private IndicatorView.Values priorityZones(TerritoryLevel level) {
        AccessibilityView.Layer layer = accessibility.layer(level, Profession.MG, AplVariant.ALL);
        List<IndicatorView.Value> values = layer.values().stream().map(v -> {
            Integer zone = zones.classOf(v.apl());
            return new IndicatorView.Value(v.code(), v.name(), v.population(), zone == null ? null : zone.doubleValue());
        }).toList();
        Provenance p = withTravelTimes(layer.practitioners(), layer.network());
        return new IndicatorView.Values(PriorityZones.ID, PriorityZones.LABEL, "classe", p.source() + " ; "
                + zones.method(), p.millesime(), p.demo(), values);
    }

    /** A care-structure count or time ({@code countmsp}, {@code timeemergency}), see {@link StructureIndicators}. */
    private IndicatorView.Values structure(String id, TerritoryLevel level) {
        StructureView.Values v = structures.values(id, level);
        Provenance p = v.network() == null ? v.provenance() : withTravelTimes(v.provenance(), v.network());
        return new IndicatorView.Values(id, v.label(), v.unit(), p.source(), p.millesime(), p.demo(), v.values()
                .stream().map(x -> new IndicatorView.Value(x.code(), x.name(), x.population(), x.value())).toList());
    }

    /** "par la route" or "à vol d'oiseau", as the map says it. */
    private static String travelPhrase(String travelModel) {
        return "road".equals(travelModel) ? "par la route" : "à vol d'oiseau";
    }

    /**
     * The practitioners' provenance, and the road network's when times are by road: its label and
     * millésime join the source text, and demonstration roads make the figure demonstration data.
     */
    private static Provenance withTravelTimes(Provenance practitioners, Provenance network) {
        if (network == null) {
            return practitioners;
        }
        return new Provenance(practitioners.source() + " ; temps par la route : " + network.source() + " (millésime "
                + network.millesime() + ")", practitioners.millesime(), practitioners.demo() || network.demo());
    }

    private static IndicatorView.Definition definition(String id, String label, String unit, Provenance p,
                                                       List<String> parameters) {
        return new IndicatorView.Definition(id, label, unit, p == null ? null : p.source(),
                p == null ? null : p.millesime(), p != null && p.demo(), parameters);
    }
}
