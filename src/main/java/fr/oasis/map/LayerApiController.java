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
 * The collection carries its provenance as foreign members.
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
                                 @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, defaultValue = "") String encodings) {
        TerritoryLevel parsed = TerritoryLevel.fromKey(level);
        if (zoom < 0 || zoom > 22) {
            throw new IllegalArgumentException("zoom must be between 0 and 22");
        }
        Envelope window = bbox == null ? null : BoundingBox.parse(bbox);
        LayerCache.Layer layer = cache.layer(parsed, zoom);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(GEO_JSON).header(HttpHeaders.VARY,
                HttpHeaders.ACCEPT_ENCODING);
        if (window == null || window.covers(layer.extent())) {
            // The whole layer: already encoded (and compressed) once per import.
            return encodings.contains("gzip")
                    ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(layer.wholeGzip())
                    : ok.body(layer.whole());
        }
        byte[][] part = cache.window(parsed, zoom, window);
        return encodings.contains("gzip") ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(part[1])
                : ok.body(part[0]);
    }
}
