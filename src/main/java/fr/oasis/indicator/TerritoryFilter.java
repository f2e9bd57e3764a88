package fr.oasis.indicator;

import fr.oasis.accessibility.ProximityService;
import fr.oasis.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Multi-criteria filter over the territories of a level: every condition is evaluated on the
 * catalogue's values, then combined with "and" (all conditions) or "or" (at least one).
 */
@Service
public class TerritoryFilter {
    static final int MAX_CONDITIONS = 10;
    private final IndicatorCatalogue catalogue;
    private final ProximityService proximity;

    TerritoryFilter(IndicatorCatalogue catalogue, ProximityService proximity) {
        this.catalogue = catalogue;
        this.proximity = proximity;
    }

    public IndicatorView.FilterResult apply(TerritoryLevel level, boolean all, List<String> expressions) {
        if (expressions.isEmpty() || expressions.size() > MAX_CONDITIONS) {
            throw new IllegalArgumentException("a filter has 1 to " + MAX_CONDITIONS + " conditions");
        }
        List<FilterCondition> conditions = expressions.stream().map(FilterCondition::parse).toList();
        List<IndicatorView.Condition> described = new ArrayList<>();
        List<Map<String, Object>> valueMaps = new ArrayList<>();
        Map<String, IndicatorView.Value> territories = new LinkedHashMap<>();
        Map<Integer, java.util.Set<String>> nearSets = new HashMap<>();
        for (FilterCondition c : conditions) {
            Map<String, Object> values = new HashMap<>();
            if (c.isProximity()) {
                if (level != TerritoryLevel.COMMUNE) {
                    throw new IllegalArgumentException("proximity conditions (near.…) apply to communes only");
                }
                nearSets.put(valueMaps.size(), proximity.communesNear(c.nearProfessions(), c.nearAll(), c.nearKm()));
                described.add(new IndicatorView.Condition(c.expression(), c.label(null, null)));
            } else {
                IndicatorView.Values indicator = catalogue.values(c.indicator(), level, c.profession(), c.variant());
                indicator.values().forEach(v -> {
                    territories.putIfAbsent(v.code(), v);
                    values.put(v.code(), v.value());
                });
                described.add(new IndicatorView.Condition(c.expression(), c.label(indicator.label(), indicator.unit())));
            }
            valueMaps.add(values);
        }
        if (territories.isEmpty()) {
            // Only proximity conditions: take names and populations from the density indicator.
            catalogue.values("density", level, null, null).values().forEach(v -> territories.put(v.code(), v));
        }
        List<IndicatorView.Match> matches = new ArrayList<>();
        long population = 0;
        for (IndicatorView.Value t : territories.values()) {
            boolean pass = all;
            Map<String, Object> shown = new LinkedHashMap<>();
            for (int k = 0; k < conditions.size(); k++) {
                Object value = nearSets.containsKey(k) ? (Object) nearSets.get(k).contains(t.code())
                        : valueMaps.get(k).get(t.code());
                shown.put(conditions.get(k).expression(), value);
                boolean ok = conditions.get(k).isProximity() ? Boolean.TRUE.equals(value)
                        : conditions.get(k).accepts((Double) value);
                pass = all ? pass && ok : pass || ok;
            }
            if (pass) {
                matches.add(new IndicatorView.Match(t.code(), t.name(), t.population(), shown));
                population += t.population() == null ? 0 : t.population();
            }
        }
        return new IndicatorView.FilterResult(level.key(), all ? "and" : "or", described, matches.size(), population,
                matches);
    }
}
