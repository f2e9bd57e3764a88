package fr.oasis.gis;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * OGC API - Features, Part 1 (Core and GeoJSON) under {@code /ogc}: landing page, conformance,
 * collections (one per territory level and the practitioners) and their items with {@code bbox},
 * {@code limit}, {@code offset} and {@code next}/{@code prev} links. What QGIS and GDAL's OAPIF
 * driver read; authenticated like the rest of the API (HTTP Basic). Links are absolute, built
 * from the request (behind a proxy, set {@code server.forward-headers-strategy}).
 */
@RestController
class OgcApiController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    private static final Set<String> FORMAT_ONLY = Set.of("f");
    private final OgcFeatures features;
    private final fr.oasis.territory.TerritoryQueries territories;

    OgcApiController(OgcFeatures features, fr.oasis.territory.TerritoryQueries territories) {
        this.features = features;
        this.territories = territories;
    }

    /** Whether a collection is served: a grouping level only while some group of it is stored. */
    private boolean present(OgcCollection c) {
        return c.level() == null || !c.level().grouping()
                || territories.summary().getOrDefault(c.level().key(), 0L) > 0;
    }

    /** The collection of an id, 404 for an unknown one or a grouping level with no group stored. */
    private OgcCollection collectionOf(String id) {
        OgcCollection c = OgcCollection.fromId(id);
        if (!present(c)) {
            throw new java.util.NoSuchElementException("collectionId: no " + c.level().label() + " stored yet ('"
                    + id + "')");
        }
        return c;
    }

    @GetMapping(value = "/ogc", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> landing(@Parameter(hidden = true) @RequestParam Map<String, String> query) {
        OgcQuery.checkFormat(query, FORMAT_ONLY);
        String base = base();
        String root = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Map<String, Object> landing = new LinkedHashMap<>();
        landing.put("title", "Oasis — observatoire de l'accès aux soins");
        landing.put("description", "Territoires et indicateurs d'accès aux soins (APL, temps d'accès, populations "
                + "éloignées, densité, parts des 60 et 75 ans et plus, indicateurs importés) et professionnels de "
                + "santé libéraux, en OGC API - Features.");
        landing.put("links", List.of(
                link(base, "self", "application/json", "Cette page"),
                link(root + "/v3/api-docs", "service-desc", "application/vnd.oai.openapi+json;version=3.0",
                        "Description OpenAPI de l'API"),
                link(root + "/swagger-ui.html", "service-doc", "text/html", "Documentation de l'API"),
                link(base + "/conformance", "conformance", "application/json", "Classes de conformité"),
                link(base + "/collections", "data", "application/json", "Collections")));
        return landing;
    }

    @GetMapping(value = "/ogc/conformance", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> conformance(@Parameter(hidden = true) @RequestParam Map<String, String> query) {
        OgcQuery.checkFormat(query, FORMAT_ONLY);
        return Map.of("conformsTo", CONFORMANCE);
    }

    @GetMapping(value = "/ogc/collections", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> collections(@Parameter(hidden = true) @RequestParam Map<String, String> query) {
        OgcQuery.checkFormat(query, FORMAT_ONLY);
        String base = base();
        List<Map<String, Object>> list = new ArrayList<>();
        for (OgcCollection c : OgcCollection.values()) {
            if (present(c)) {
                list.add(describe(c, base));
            }
        }
        return Map.of("links", List.of(link(base + "/collections", "self", "application/json", "Collections")),
                "collections", list);
    }

    @GetMapping(value = "/ogc/collections/{collectionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> collection(@PathVariable String collectionId,
                                   @Parameter(hidden = true) @RequestParam Map<String, String> query) {
        OgcQuery.checkFormat(query, FORMAT_ONLY);
        return describe(collectionOf(collectionId), base());
    }

    @GetMapping("/ogc/collections/{collectionId}/items")
    @Operation(summary = "Features of a collection (GeoJSON FeatureCollection with next/prev links)")
    @Parameter(name = "collectionId", in = ParameterIn.PATH, description = "communes, epci, departements, regions, "
            + "a grouping level present (tvs, cpts, cls, petr, bassin_vie, perimetre) or practitioners")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "features per page; above the maximum: 400",
            schema = @Schema(type = "integer", minimum = "1", maximum = "10000", defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "features skipped; past the end: 400",
            schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
    @Parameter(name = "bbox", in = ParameterIn.QUERY, description = "minLon,minLat,maxLon,maxLat (CRS84)",
            schema = @Schema(type = "string", example = "5.0,48.3,5.3,48.5"))
    @Parameter(name = "bbox-crs", in = ParameterIn.QUERY, description = "only CRS84",
            schema = @Schema(type = "string", defaultValue = CRS84))
    @Parameter(name = "f", in = ParameterIn.QUERY, description = "output format: json only",
            schema = @Schema(type = "string", allowableValues = "json"))
    ResponseEntity<byte[]> items(@PathVariable String collectionId,
                                 @Parameter(hidden = true) @RequestParam Map<String, String> query) {
        OgcCollection collection = collectionOf(collectionId);
        OgcQuery q = OgcQuery.parse(query);
        OgcFeatures.Encoded encoded = features.collection(collection);
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < encoded.size(); i++) {
            if (q.bbox() == null || q.bbox().intersects(encoded.envelopes().get(i))) {
                matching.add(i);
            }
        }
        if (q.offset() > 0 && q.offset() >= matching.size()) {
            throw new IllegalArgumentException("offset: " + q.offset() + " is past the end of the " + matching.size()
                    + " matching features (offsets run from 0 to " + Math.max(0, matching.size() - 1) + ")");
        }
        int end = (int) Math.min(matching.size(), (long) q.offset() + q.limit());
        String items = base() + "/collections/" + collection.id() + "/items";
        String kept = (q.bbox() == null ? "" : "&bbox=" + java.net.URLEncoder.encode(query.get("bbox"),
                StandardCharsets.UTF_8)) + "&limit=" + q.limit();
        StringBuilder head = new StringBuilder(512).append("{\"type\":\"FeatureCollection\",\"numberMatched\":")
                .append(matching.size()).append(",\"numberReturned\":").append(end - q.offset())
                .append(",\"timeStamp\":\"").append(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .append("\",\"links\":[");
        head.append(jsonLink(items + "?f=json" + kept + "&offset=" + q.offset(), "self", "Cette page"));
        if (end < matching.size()) {
            head.append(',').append(jsonLink(items + "?f=json" + kept + "&offset=" + end, "next", "Page suivante"));
        }
        if (q.offset() > 0) {
            head.append(',').append(jsonLink(items + "?f=json" + kept + "&offset=" + Math.max(0, q.offset() - q.limit()),
                    "prev", "Page précédente"));
        }
        head.append("],\"features\":[");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        for (int k = q.offset(); k < end; k++) {
            if (k > q.offset()) {
                out.write(',');
            }
            out.writeBytes(encoded.json().get(matching.get(k)));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return ResponseEntity.ok().contentType(GEO_JSON).body(out.toByteArray());
    }

    @GetMapping("/ogc/collections/{collectionId}/items/{featureId}")
    ResponseEntity<byte[]> item(@PathVariable String collectionId, @PathVariable String featureId,
                                @Parameter(hidden = true) @RequestParam Map<String, String> query) {
        OgcCollection collection = collectionOf(collectionId);
        OgcQuery.checkFormat(query, FORMAT_ONLY);
        OgcFeatures.Encoded encoded = features.collection(collection);
        int index = encoded.ids().indexOf(featureId);
        if (index < 0) {
            throw new NoSuchElementException("featureId: no feature '" + featureId + "' in collection '"
                    + collection.id() + "'");
        }
        return ResponseEntity.ok().contentType(GEO_JSON).body(encoded.json().get(index));
    }

    private Map<String, Object> describe(OgcCollection c, String base) {
        OgcFeatures.Encoded encoded = features.collection(c);
        Envelope e = encoded.extent();
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("id", c.id());
        description.put("title", c.title());
        description.put("description", c.description() + (encoded.caption().isEmpty() ? "" : ". "
                + encoded.caption()) + ". Libellés, unités et sources des attributs : lien « describedby ».");
        description.put("itemType", "feature");
        description.put("crs", List.of(CRS84));
        if (!e.isNull()) {
            description.put("extent", Map.of("spatial", Map.of("bbox",
                    List.of(List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY())), "crs", CRS84)));
        }
        String self = base + "/collections/" + c.id();
        description.put("links", List.of(
                link(self, "self", "application/json", c.title()),
                link(self + "/items?f=json", "items", GEO_JSON.toString(), "Objets de la collection"),
                link(self + "/schema", "describedby", "application/schema+json",
                        "Attributs : libellés, unités, sources et millésimes")));
        return description;
    }

    /**
     * The attributes of a collection as a JSON Schema (OGC API - Features Part 5 style): each
     * property's type, French title and description with unit, source and millésime.
     */
    @GetMapping(value = "/ogc/collections/{collectionId}/schema", produces = "application/schema+json")
    Map<String, Object> schema(@PathVariable String collectionId,
                               @Parameter(hidden = true) @RequestParam Map<String, String> query) {
        OgcCollection c = collectionOf(collectionId);
        OgcQuery.checkFormat(query, FORMAT_ONLY);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (LayerColumn column : features.collection(c).columns()) {
            properties.put(column.name(), Map.of("title", column.label(), "description", column.description(),
                    "type", switch (column.type()) {
                        case TEXT -> "string";
                        case INTEGER -> "integer";
                        case REAL -> "number";
                        case BOOLEAN -> "boolean";
                    }));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", base() + "/collections/" + c.id() + "/schema");
        schema.put("type", "object");
        schema.put("title", c.title());
        schema.put("properties", properties);
        return schema;
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/ogc").toUriString();
    }

    private static Map<String, String> link(String href, String rel, String type, String title) {
        Map<String, String> link = new LinkedHashMap<>();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        link.put("title", title);
        return link;
    }

    private static String jsonLink(String href, String rel, String title) {
        StringBuilder sb = new StringBuilder("{\"href\":");
        fr.oasis.map.GeoJsonWriter.string(sb, href);
        sb.append(",\"rel\":\"").append(rel).append("\",\"type\":\"application/geo+json\",\"title\":");
        fr.oasis.map.GeoJsonWriter.string(sb, title);
        return sb.append('}').toString();
    }
}
