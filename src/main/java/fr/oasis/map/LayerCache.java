package fr.oasis.map;

import fr.oasis.importer.ImportCompleted;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import fr.oasis.territory.geo.ZoomClass;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pre-serialised GeoJSON features per level and zoom class, built on first use from the stored
 * map-ready shapes and dropped after every import. Serving a layer is then a bounding-box filter
 * and a string concatenation. Thread-safe.
 */
@Component
class LayerCache {
    /** One feature: its bounding box and its GeoJSON text. */
    record Feature(String code, Envelope envelope, String json) {
    }

    private record Key(TerritoryLevel level, ZoomClass zoomClass) {
    }

    private final TerritoryQueries territories;
    private final Map<Key, List<Feature>> cache = new ConcurrentHashMap<>();

    LayerCache(TerritoryQueries territories) {
        this.territories = territories;
    }

    List<Feature> features(TerritoryLevel level, ZoomClass zoomClass) {
        return cache.computeIfAbsent(new Key(level, zoomClass), this::build);
    }

    @EventListener
    void onImport(ImportCompleted event) {
        cache.clear();
    }

    private List<Feature> build(Key key) {
        int stored = key.zoomClass() == ZoomClass.DETAIL ? -1 : key.zoomClass().ordinal();
        return territories.mapShapes(key.level(), stored).stream()
                .map(s -> new Feature(s.code(), s.geometry().getEnvelopeInternal(), json(s, key.zoomClass())))
                .toList();
    }

    private static String json(TerritoryView.MapShape shape, ZoomClass zoomClass) {
        StringBuilder sb = new StringBuilder(256);
        // Only what drawing and a tooltip need: indicator values come from their own API, and
        // every byte counts when a region-wide layer carries 5,000 features.
        sb.append("{\"type\":\"Feature\",\"properties\":{\"code\":");
        GeoJsonWriter.string(sb, shape.code());
        sb.append(",\"name\":");
        GeoJsonWriter.string(sb, shape.name());
        sb.append("},\"geometry\":");
        new GeoJsonWriter(sb, zoomClass.decimals()).polygonal(shape.geometry());
        return sb.append('}').toString();
    }
}
