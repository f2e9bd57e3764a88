package fr.oasis.gis;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * Builds, once per level and import, the {@link IndicatorLayer}: full-detail contours joined to
 * every indicator the catalogue lists. Indicators without parameters give one attribute each
 * ({@code density}, {@code share75}, imported ids such as {@code income}); accessibility
 * indicators give one per stored computation (profession × variant): {@code apl_mg_all},
 * {@code nearest_mg_all}, {@code beyond20_mg_under65}, {@code beyond20aged75_inf_all}…
 * Values are read from {@link IndicatorCatalogue} (stored results, never recomputed here).
 * Thread-safe; a layer is built by the first request that needs it (about as long as the map's
 * indicator requests for every profession) and kept while no kind of stored data changes: the
 * catalogue mixes every kind, so a layer derives from all of them (an import by another instance
 * is seen through the data versions too).
 */
@Component
public class IndicatorLayers {
    /** code, name, population, area_km2. */
    static final int BASE_COLUMNS = 4;
    private final TerritoryQueries territories;
    private final IndicatorCatalogue catalogue;
    private final AccessibilityQueries accessibility;
    /**
     * Per data version of every kind, so a second instance (or the {@code import} command) is
     * followed like every other cache, and OGC answers kept per data version are never stale.
     */
    private final KeptPerVersion<Map<TerritoryLevel, IndicatorLayer>> layers;

    IndicatorLayers(TerritoryQueries territories, IndicatorCatalogue catalogue, AccessibilityQueries accessibility,
                    DataVersions versions) {
        this.territories = territories;
        this.catalogue = catalogue;
        this.accessibility = accessibility;
        this.layers = new KeptPerVersion<>(versions, DataKind.values());
    }

    IndicatorLayer layer(TerritoryLevel level) {
        return layers.get(ConcurrentHashMap::new).computeIfAbsent(level, this::build);
    }

    private IndicatorLayer build(TerritoryLevel level) {
        List<LayerColumn> columns = new ArrayList<>(List.of(
                LayerColumn.plain("code", LayerColumn.Type.TEXT,
                        level == TerritoryLevel.EPCI ? "Code SIREN" : level.grouping() ? "Code du regroupement"
                                : "Code INSEE", null),
                LayerColumn.plain("name", LayerColumn.Type.TEXT, "Nom", null),
                LayerColumn.plain("population", LayerColumn.Type.INTEGER, "Population municipale", "hab."),
                LayerColumn.plain("area_km2", LayerColumn.Type.REAL, "Superficie", "km²")));
        List<Map<String, Double>> indicatorValues = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>(List.of("code", "name", "population", "area_km2"));
        List<AccessibilityView.Run> runs = accessibility.runs();
        for (IndicatorView.Definition d : catalogue.definitions()) {
            if (d.parameters().isEmpty()) {
                add(columns, indicatorValues, names, LayerColumn.attributeName(d.id(), null, null),
                        catalogue.values(d.id(), level, null, null), d.id(), null, null);
                continue;
            }
            for (AccessibilityView.Run run : runs) {
                add(columns, indicatorValues, names, LayerColumn.attributeName(d.id(), run.profession(), run.variant()),
                        catalogue.values(d.id(), level, run.profession(), run.variant()), d.id(), run.profession(),
                        run.variant());
            }
        }
        Map<String, TerritoryView.Figures> figures = new HashMap<>();
        territories.figures(level).forEach(f -> figures.put(f.code(), f));
        List<IndicatorLayer.Feature> features = new ArrayList<>();
        Envelope extent = new Envelope();
        for (TerritoryView.MapShape shape : territories.mapShapes(level, -1)) {
            TerritoryView.Figures f = figures.get(shape.code());
            Object[] values = new Object[columns.size()];
            values[0] = shape.code();
            values[1] = shape.name();
            values[2] = shape.population();
            values[3] = f == null ? null : f.areaKm2();
            for (int k = 0; k < indicatorValues.size(); k++) {
                values[BASE_COLUMNS + k] = indicatorValues.get(k).get(shape.code());
            }
            Envelope envelope = shape.geometry().getEnvelopeInternal();
            extent.expandToInclude(envelope);
            features.add(new IndicatorLayer.Feature(shape.code(), shape.geometry(), envelope, values));
        }
        features.sort(java.util.Comparator.comparing(IndicatorLayer.Feature::code));
        String caption = territories.provenance().map(fr.oasis.provenance.Provenance::caption).orElse("");
        return new IndicatorLayer(level, List.copyOf(columns), List.copyOf(features), extent, caption);
    }

    private static void add(List<LayerColumn> columns, List<Map<String, Double>> values, java.util.Set<String> names,
                            String name, IndicatorView.Values indicator, String id, String profession,
                            String variant) {
        String unique = names.add(name) ? name : "ind_" + name;
        names.add(unique);
        columns.add(new LayerColumn(unique, LayerColumn.Type.REAL, indicator.label(), indicator.unit(),
                indicator.source(), indicator.millesime(), indicator.demo(), id, profession, variant));
        Map<String, Double> byCode = new HashMap<>();
        indicator.values().forEach(v -> {
            if (v.value() != null && Double.isFinite(v.value())) {
                byCode.put(v.code(), v.value());
            }
        });
        values.add(byCode);
    }
}
