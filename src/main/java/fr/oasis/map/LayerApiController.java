package fr.oasis.map;

import fr.oasis.territory.TerritoryLevel;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/layers/{level}?zoom=Z&bbox=minLon,minLat,maxLon,maxLat}: the contours of a level
 * as a GeoJSON FeatureCollection, simplified for the zoom (national shapes at zoom 6 and below,
 * {@link NationalShapes}), cut to the features whose bounding box
 * meets {@code bbox} widened to whole tiles of that zoom (so answers can be shared and kept).
 * The collection carries its provenance as foreign members. {@code format=topology} gives the same
 * contours with each shared border once ({@link LayerTopology}: about a third of the bytes), the
 * format the portal's map reads.
 */
@RestController
class LayerApiController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private final LayerCache cache;

    LayerApiController(LayerCache cache) {
        this.cache = cache;
    }

    @GetMapping("/api/layers/{level}")
    ResponseEntity<byte[]> layer(@PathVariable String level, @RequestParam(defaultValue = "7") int zoom,
                                 @RequestParam(required = false) String bbox,
                                 @RequestParam(defaultValue = "geojson") String format,
                                 @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, defaultValue = "") String encodings) {
        TerritoryLevel parsed = TerritoryLevel.fromKey(level);
        if (zoom < 0 || zoom > 22) {
            throw new IllegalArgumentException("zoom must be between 0 and 22");
        }
        boolean asTopology = switch (format) {
            case "geojson" -> false;
            case "topology" -> true;
            default -> throw new IllegalArgumentException("format doit valoir geojson ou topology");
        };
        Envelope window = bbox == null ? null : BoundingBox.parse(bbox);
        LayerCache.Layer layer = cache.layer(parsed, zoom);
        boolean gzip = encodings.contains("gzip");
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(asTopology ? MediaType.APPLICATION_JSON : GEO_JSON)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (window == null || window.covers(layer.extent())) {
            // The whole layer: already encoded (and compressed) once per import.
            LayerCache.Topology topology = asTopology ? cache.topology(parsed, zoom) : null;
            byte[] body = asTopology ? (gzip ? topology.wholeGzip() : topology.whole())
                    : (gzip ? layer.wholeGzip() : layer.whole());
            return gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(body) : ok.body(body);
        }
        byte[][] part = cache.window(parsed, zoom, window, asTopology);
        return encodings.contains("gzip") ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(part[1])
                : ok.body(part[0]);
    }
}
