package fr.oasis.gis;

import fr.oasis.map.GeoJsonWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@link IndicatorLayer} as one GeoJSON FeatureCollection for download, with the layer's
 * {@code name}, French {@code description} and each attribute's label, unit, source and millésime
 * ({@code attributes}) as foreign members. In EPSG:2154 the legacy {@code crs} member names the
 * system (RFC 7946 knows WGS84 only; GDAL and QGIS read that member). Stateless.
 */
final class LayerGeoJson {
    private LayerGeoJson() {
    }

    static byte[] write(IndicatorLayer layer, String name, String description, OutputCrs crs) {
        StringBuilder sb = new StringBuilder(1 << 20).append("{\"type\":\"FeatureCollection\",\"name\":");
        GeoJsonWriter.string(sb, name);
        sb.append(",\"description\":");
        GeoJsonWriter.string(sb, description);
        if (crs != OutputCrs.WGS84) {
            sb.append(",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::")
                    .append(crs.epsg()).append("\"}}");
        }
        sb.append(",\"attributes\":{");
        for (int i = 0; i < layer.columns().size(); i++) {
            LayerColumn c = layer.columns().get(i);
            sb.append(i == 0 ? "" : ",");
            GeoJsonWriter.string(sb, c.name());
            sb.append(':');
            GeoJsonWriter.string(sb, c.description());
        }
        sb.append("},\"features\":[");
        for (int i = 0; i < layer.features().size(); i++) {
            IndicatorLayer.Feature f = layer.features().get(i);
            sb.append(i == 0 ? "" : ",");
            FeatureJson.feature(sb, f.code(), crs.fromWgs84(f.geometry()), layer.columns(), f.values(),
                    crs.decimals());
        }
        return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
