package fr.oasis.web.conditional;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The GET URL families whose answers depend only on versioned stored data (every
 * {@link fr.oasis.provenance.DataKind}), so that the data versions, the URL and the caller's roles
 * identify the answer. {@code keepBody}: the answer is heavy (a layer, an OGC page, a report
 * document) and its gzipped body is kept; otherwise only the ETag and {@code 304} apply.
 *
 * <p>A family belongs here only while everything it shows is stored by a store that bumps a data
 * kind in its transaction; a page or endpoint that reads unversioned data (sessions, accounts,
 * contracts, import history) must not be listed. Immutable, thread-safe.
 */
final class ResponseFamilies {
    /** One family: a path pattern and whether its bodies are kept. */
    record Family(String pattern, boolean keepBody, PathPattern parsed) {
    }

    private static final PathPatternParser PARSER = new PathPatternParser();
    static final List<Family> FAMILIES = List.of(
            // Map contours, and the layer downloads (GeoPackage, GeoJSON) with every indicator.
            family("/api/layers/{file}", true),
            // OGC API Features: pages of items and single items; the descriptions are light.
            family("/ogc/collections/{id}/items", true),
            family("/ogc/collections/{id}/items/{item}", true),
            family("/ogc/collections", false),
            family("/ogc/collections/{id}", false),
            // Territorial reports as documents (the pages carry a CSRF token: not listed).
            family("/reports/{level}/{code:.+\\.(?:pdf|xlsx|csv)}", true),
            family("/reports/{file:selection\\.(?:pdf|xlsx|csv)}", true),
            // The JSON the map and report pages ask for (a commune level's APL or indicator values are
            // close to 1 MB raw: kept gzipped like the layers).
            family("/api/reports/{level}/{code}", true),
            family("/api/accessibility/**", true),
            family("/api/indicators/**", true),
            family("/api/filter", true),
            family("/api/{file:filter\\.(?:gpkg|geojson)}", true));

    private ResponseFamilies() {
    }

    private static Family family(String pattern, boolean keepBody) {
        return new Family(pattern, keepBody, PARSER.parse(pattern));
    }

    /** The family of a request path (without the context path), or null when none. */
    static Family of(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Family family : FAMILIES) {
            if (family.parsed().matches(container)) {
                return family;
            }
        }
        return null;
    }
}
