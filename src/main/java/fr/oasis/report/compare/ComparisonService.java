package fr.oasis.report.compare;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.territory.MainParent;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds the comparison of 2 to 12 territories of one level. Each indicator's values are asked
 * once from the catalogue for the whole level (and once for the régions), then ranked within each
 * région: one catalogue call per indicator and level, whatever the number of territories.
 * Messages of the exceptions are French: the page shows them as they are.
 */
@Service
public class ComparisonService {
    public static final int MIN_TERRITORIES = 2;
    public static final int MAX_TERRITORIES = 12;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z_-]{1,16}");
    private static final Map<TerritoryLevel, String> LEVEL_LABELS = Map.of(TerritoryLevel.COMMUNE, "communes",
            TerritoryLevel.EPCI, "EPCI", TerritoryLevel.DEPARTEMENT, "départements",
            TerritoryLevel.TVS, "territoires de vie-santé", TerritoryLevel.CPTS, "CPTS",
            TerritoryLevel.CLS, "contrats locaux de santé", TerritoryLevel.PETR, "PETR",
            TerritoryLevel.BASSIN_VIE, "bassins de vie", TerritoryLevel.PERIMETRE, "périmètres");
    private final IndicatorCatalogue catalogue;
    private final AccessibilityQueries accessibility;
    private final TerritoryQueries territories;
    private final fr.oasis.territory.Communes communes;

    ComparisonService(IndicatorCatalogue catalogue, AccessibilityQueries accessibility, TerritoryQueries territories,
                      fr.oasis.territory.Communes communes) {
        this.catalogue = catalogue;
        this.accessibility = accessibility;
        this.territories = territories;
        this.communes = communes;
    }

    /** The level of a comparison: commune, epci or departement. */
    public static TerritoryLevel level(String key) {
        TerritoryLevel level = Arrays.stream(TerritoryLevel.values()).filter(l -> l.key().equals(key)).findFirst()
                .orElse(null);
        if (level == null || !LEVEL_LABELS.containsKey(level)) {
            throw new IllegalArgumentException("Niveau de comparaison inconnu : choisissez commune, epci, departement"
                    + " ou un regroupement (tvs, cpts, cls, petr, bassin_vie, perimetre).");
        }
        return level;
    }

    /** The codes of a {@code codes=A,B,C} parameter, blanks and repetitions dropped, in order. */
    public static List<String> codes(String list) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : (list == null ? "" : list).split(",")) {
            String c = code.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(c).matches()) {
                throw new IllegalArgumentException("Code de territoire mal formé : un code compte 1 à 16 lettres"
                        + " ou chiffres.");
            }
            codes.add(c);
        }
        return List.copyOf(codes);
    }

    /**
     * @throws IllegalArgumentException fewer than 2 or more than 12 codes
     * @throws NoSuchElementException   a code that is no stored territory of the level (all of them named)
     */
    public Comparison compare(TerritoryLevel level, List<String> codes) {
        if (!LEVEL_LABELS.containsKey(level)) {
            throw new IllegalArgumentException("Niveau de comparaison inconnu : choisissez commune, epci ou departement.");
        }
        if (codes.size() < MIN_TERRITORIES || codes.size() > MAX_TERRITORIES) {
            throw new IllegalArgumentException("Une comparaison porte sur " + MIN_TERRITORIES + " à " + MAX_TERRITORIES
                    + " territoires (" + codes.size() + " demandés).");
        }
        Map<String, TerritoryView.Figures> stored = new HashMap<>();
        territories.figures(level).forEach(f -> stored.put(f.code(), f));
        List<String> unknown = codes.stream().filter(c -> !stored.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            throw new NoSuchElementException("Territoire(s) inconnu(s) au niveau " + level.key() + " : "
                    + String.join(", ", unknown) + ".");
        }
        Map<String, String> regionOf = mainRegions(level);
        Map<String, String> regionNames = territories.names(TerritoryLevel.REGION);
        Map<String, Long> peers = regionOf.values().stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        List<Comparison.Reference> references = codes.stream().map(regionOf::get).filter(java.util.Objects::nonNull)
                .distinct().map(r -> new Comparison.Reference("region", r, regionNames.getOrDefault(r, r))).toList();

        List<Comparison.Row> rows = new ArrayList<>();
        Set<String> aplProfessions = accessibility.runs().stream().filter(r -> r.variant().equals("all"))
                .map(fr.oasis.accessibility.AccessibilityView.Run::profession).collect(Collectors.toSet());
        for (ComparedIndicators.Choice choice : ComparedIndicators.choose(catalogue.definitions(), aplProfessions)) {
            IndicatorView.Values atLevel = catalogue.values(choice.id(), level, choice.profession(), choice.variant());
            IndicatorView.Values atRegion = catalogue.values(choice.id(), TerritoryLevel.REGION, choice.profession(),
                    choice.variant());
            rows.add(row(choice, atLevel, atRegion, codes, regionOf, references));
        }
        List<Comparison.Territory> chosen = codes.stream().map(c -> {
            String region = regionOf.get(c);
            return new Comparison.Territory(c, stored.get(c).name(), stored.get(c).population(), region,
                    region == null ? null : regionNames.getOrDefault(region, region),
                    region == null ? 0 : peers.get(region).intValue(), "/reports/" + level.key() + "/" + c);
        }).toList();
        return new Comparison(level.key(), LEVEL_LABELS.get(level), chosen, references, rows,
                "Rang parmi les " + LEVEL_LABELS.get(level) + " de la même région ayant une valeur : 1er = le plus"
                        + " favorable ; pour un indicateur neutre, 1er = la valeur la plus élevée. Les ex æquo"
                        + " partagent le meilleur rang ; une valeur manquante n'est pas classée.");
    }

    private static Comparison.Row row(ComparedIndicators.Choice choice, IndicatorView.Values atLevel,
                                      IndicatorView.Values atRegion, List<String> codes, Map<String, String> regionOf,
                                      List<Comparison.Reference> references) {
        Direction direction = Direction.of(choice.id());
        Map<String, Double> values = new HashMap<>();
        atLevel.values().forEach(v -> values.put(v.code(), v.value()));
        Map<String, Map<String, Double>> byRegion = new TreeMap<>();
        values.forEach((code, value) -> {
            String region = regionOf.get(code);
            if (region != null) {
                byRegion.computeIfAbsent(region, r -> new HashMap<>()).put(code, value);
            }
        });
        Map<String, Ranking.Rank> ranks = new HashMap<>();
        byRegion.values().forEach(group -> ranks.putAll(Ranking.of(group, direction)));
        List<Double> chosen = codes.stream().map(values::get).toList();
        Double best = extreme(chosen, direction, true);
        Double worst = extreme(chosen, direction, false);
        List<Comparison.Cell> cells = codes.stream().map(code -> {
            Double value = values.get(code);
            Ranking.Rank rank = value == null ? null : ranks.get(code);
            String highlight = value == null || best == null ? null
                    : value.equals(best) ? "best" : value.equals(worst) ? "worst" : null;
            return new Comparison.Cell(code, value, rank == null ? null : rank.position(),
                    rank == null ? null : rank.outOf(), rank != null && rank.tied(), rank == null ? null : rank.label(),
                    highlight);
        }).toList();
        Map<String, Double> regionValues = new HashMap<>();
        atRegion.values().forEach(v -> regionValues.put(v.code(), v.value()));
        List<Double> referenceValues = references.stream().map(r -> regionValues.get(r.code())).toList();
        return new Comparison.Row(choice.key(), choice.id(), choice.profession(), choice.variant(), atLevel.label(),
                atLevel.unit(), atLevel.source(), atLevel.millesime(), atLevel.demo(), direction.key(),
                direction.label(), cells, referenceValues);
    }

    /**
     * The most (or least) favourable of the chosen values; null for a neutral indicator or when
     * fewer than two distinct values exist (nothing to tell apart).
     */
    private static Double extreme(List<Double> values, Direction direction, boolean best) {
        List<Double> known = values.stream().filter(v -> v != null && !v.isNaN()).sorted(
                (a, b) -> direction.compare(a, b)).toList();
        if (direction == Direction.NEUTRAL || known.isEmpty() || known.get(0).equals(known.get(known.size() - 1))) {
            return null;
        }
        return best ? known.get(0) : known.get(known.size() - 1);
    }

    /**
     * The région of every territory of the level: the one where most of its inhabitants live
     * (an EPCI may straddle a border); for territories without inhabitants, the first région of
     * their communes in code order.
     */
    private Map<String, String> mainRegions(TerritoryLevel level) {
        Map<String, List<TerritoryView.CommunePoint>> groups = new HashMap<>();
        communes.table().points().stream().filter(c -> c.regionCode() != null).forEach(c -> c.codesAt(level)
                .forEach(code -> groups.computeIfAbsent(code, k -> new java.util.ArrayList<>()).add(c)));
        Map<String, String> main = new HashMap<>();
        groups.forEach((code, communes) -> main.put(code, MainParent.of(communes, TerritoryLevel.REGION)));
        return main;
    }
}
