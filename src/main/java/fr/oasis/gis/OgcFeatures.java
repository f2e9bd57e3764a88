package fr.oasis.gis;

import fr.oasis.map.PractitionerPoints;
import fr.oasis.practitioner.Profession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.stereotype.Component;

/**
 * The features of each OGC collection, pre-encoded as GeoJSON once per source snapshot (a
 * layer or practitioner snapshot is replaced when its data version moves, and the encoding with it): a page of items is
 * then a slice of ready bytes (1,000 communes with a few hundred attributes are a few megabytes,
 * copied, not serialised, per request). Thread-safe.
 */
@Component
class OgcFeatures {
    /** One collection: features' ids, envelopes and JSON, the attributes, the overall extent and provenance. */
    record Encoded(List<String> ids, List<Envelope> envelopes, List<byte[]> json, List<LayerColumn> columns,
                   Envelope extent, String caption, Object source) {
        int size() {
            return ids.size();
        }
    }

    static final List<LayerColumn> PRACTITIONER_COLUMNS = List.of(
            LayerColumn.plain("profession", LayerColumn.Type.TEXT, "Profession (clé Oasis, ex. MG)", null),
            LayerColumn.plain("profession_label", LayerColumn.Type.TEXT, "Profession", null),
            LayerColumn.plain("commune_code", LayerColumn.Type.TEXT, "Code INSEE de la commune d'exercice", null),
            LayerColumn.plain("commune_name", LayerColumn.Type.TEXT, "Commune d'exercice", null),
            LayerColumn.plain("age_class", LayerColumn.Type.TEXT, "Classe d'âge", null),
            LayerColumn.plain("at_commune_point", LayerColumn.Type.BOOLEAN,
                    "Compté par commune et placé au point de référence de la commune", null));
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final IndicatorLayers layers;
    private final PractitionerPoints practitioners;
    private final Map<OgcCollection, Encoded> encoded = new ConcurrentHashMap<>();

    OgcFeatures(IndicatorLayers layers, PractitionerPoints practitioners) {
        this.layers = layers;
        this.practitioners = practitioners;
    }

    /** The collection's features; empty (no features) when its data were never imported. */
    Encoded collection(OgcCollection collection) {
        Object source = collection.level() == null ? practitioners.snapshot() : layers.layer(collection.level());
        Encoded kept = encoded.get(collection);
        if (kept == null || kept.source() != source) {
            kept = source instanceof IndicatorLayer layer ? encode(layer)
                    : encode((PractitionerPoints.Snapshot) source);
            encoded.put(collection, kept);
        }
        return kept;
    }

    private static Encoded encode(IndicatorLayer layer) {
        List<String> ids = new ArrayList<>(layer.features().size());
        List<Envelope> envelopes = new ArrayList<>(layer.features().size());
        List<byte[]> json = new ArrayList<>(layer.features().size());
        StringBuilder sb = new StringBuilder(4096);
        for (IndicatorLayer.Feature f : layer.features()) {
            sb.setLength(0);
            FeatureJson.feature(sb, f.code(), f.geometry(), layer.columns(), f.values(), 6);
            ids.add(f.code());
            envelopes.add(f.envelope());
            json.add(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Encoded(ids, envelopes, json, layer.columns(), layer.extent(), layer.caption(), layer);
    }

    /** Practitioners are numbered 1, 2… in the vintage's order: an id, never an identity. */
    private static Encoded encode(PractitionerPoints.Snapshot snapshot) {
        if (snapshot == null) {
            return new Encoded(List.of(), List.of(), List.of(), PRACTITIONER_COLUMNS, new Envelope(), "", null);
        }
        List<PractitionerPoints.Point> points = snapshot.points();
        List<String> ids = new ArrayList<>(points.size());
        List<Envelope> envelopes = new ArrayList<>(points.size());
        List<byte[]> json = new ArrayList<>(points.size());
        Envelope extent = new Envelope();
        StringBuilder sb = new StringBuilder(512);
        for (int i = 0; i < points.size(); i++) {
            PractitionerPoints.Point p = points.get(i);
            sb.setLength(0);
            Object[] values = {p.profession(), Profession.fromKey(p.profession()).label(), p.communeCode(),
                    p.communeName(), p.ageClass(), p.countBased()};
            String id = Integer.toString(i + 1);
            FeatureJson.feature(sb, id, WGS84.createPoint(new Coordinate(p.lon(), p.lat())), PRACTITIONER_COLUMNS,
                    values, 6);
            ids.add(id);
            Envelope e = new Envelope(p.lon(), p.lon(), p.lat(), p.lat());
            envelopes.add(e);
            extent.expandToInclude(e);
            json.add(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        String caption = snapshot.vintage().provenance().caption();
        return new Encoded(ids, envelopes, json, PRACTITIONER_COLUMNS, extent, caption, snapshot);
    }
}
