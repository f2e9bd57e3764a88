package fr.oasis.gis;

import fr.oasis.accessibility.AplVariant;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.indicator.TerritoryFilter;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.TerritoryLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Map layers and filter results as files for GIS tools: {@code /api/layers/{level}.gpkg} and
 * {@code .geojson} (all indicators, or those the map's {@code indicator}, {@code profession} and
 * {@code variant} parameters select), {@code /api/filter.gpkg} and {@code .geojson} (the
 * territories a filter retains, with every indicator). {@code crs=EPSG:2154} writes Lambert-93.
 * Attribute names are those of the OGC API ({@link IndicatorLayers}).
 */
@RestController
class LayerDownloadController {
    static final MediaType GEOPACKAGE = MediaType.parseMediaType("application/geopackage+sqlite3");
    private final IndicatorLayers layers;
    private final TerritoryFilter filter;

    LayerDownloadController(IndicatorLayers layers, TerritoryFilter filter) {
        this.layers = layers;
        this.filter = filter;
    }

    @GetMapping("/api/layers/{level}.gpkg")
    ResponseEntity<byte[]> geoPackage(@PathVariable String level, @Parameter(description = "an indicator id of /api/indicators; absent: every indicator") @RequestParam(required = false) String indicator,
                                      @Parameter(description = "profession key (MG, CD, INF…): narrows the accessibility attributes") @RequestParam(required = false) String profession,
                                      @Parameter(description = "all, under-65 or under-62: narrows the accessibility attributes") @RequestParam(required = false) String variant,
                                      @Parameter(description = "EPSG:4326 (default) or EPSG:2154; anything else: 400") @RequestParam(required = false) String crs) {
        return layerFile(level, indicator, profession, variant, crs, true);
    }

    @GetMapping("/api/layers/{level}.geojson")
    ResponseEntity<byte[]> geoJson(@PathVariable String level, @Parameter(description = "an indicator id of /api/indicators; absent: every indicator") @RequestParam(required = false) String indicator,
                                   @Parameter(description = "profession key (MG, CD, INF…): narrows the accessibility attributes") @RequestParam(required = false) String profession,
                                   @Parameter(description = "all, under-65 or under-62: narrows the accessibility attributes") @RequestParam(required = false) String variant,
                                   @Parameter(description = "EPSG:4326 (default) or EPSG:2154; anything else: 400") @RequestParam(required = false) String crs) {
        return layerFile(level, indicator, profession, variant, crs, false);
    }

    @GetMapping("/api/filter.gpkg")
    ResponseEntity<byte[]> filterGeoPackage(@RequestParam(defaultValue = "commune") String level,
                                            @RequestParam(defaultValue = "and") String combine,
                                            @Parameter(description = "conditions as for /api/filter, e.g. apl.MG.all<2.5") @RequestParam("c") List<String> conditions,
                                            @Parameter(description = "EPSG:4326 (default) or EPSG:2154; anything else: 400") @RequestParam(required = false) String crs) {
        return filterFile(level, combine, conditions, crs, true);
    }

    @GetMapping("/api/filter.geojson")
    ResponseEntity<byte[]> filterGeoJson(@RequestParam(defaultValue = "commune") String level,
                                         @RequestParam(defaultValue = "and") String combine,
                                         @Parameter(description = "conditions as for /api/filter, e.g. apl.MG.all<2.5") @RequestParam("c") List<String> conditions,
                                         @Parameter(description = "EPSG:4326 (default) or EPSG:2154; anything else: 400") @RequestParam(required = false) String crs) {
        return filterFile(level, combine, conditions, crs, false);
    }

    private ResponseEntity<byte[]> layerFile(String level, String indicator, String profession, String variant,
                                             String crs, boolean geoPackage) {
        TerritoryLevel parsed = TerritoryLevel.fromKey(level);
        OutputCrs output = OutputCrs.parse(crs);
        IndicatorLayer layer = layers.layer(parsed);
        Predicate<LayerColumn> keep = columns(layer, indicator, profession, variant);
        String name = "oasis_" + parsed.key() + (indicator == null ? "" : "_" + LayerColumn.attributeName(indicator,
                profession == null ? null : Profession.fromKey(profession).key(), variant));
        String description = "Oasis — " + parsed.key() + " : indicateurs d'accès aux soins. " + layer.caption()
                + ". Libellés, unités, sources et millésimes : description de chaque attribut.";
        return file(layer.select(keep, null), name, description, output, geoPackage);
    }

    private ResponseEntity<byte[]> filterFile(String level, String combine, List<String> conditions, String crs,
                                              boolean geoPackage) {
        if (!combine.equals("and") && !combine.equals("or")) {
            throw new IllegalArgumentException("combine must be 'and' or 'or'");
        }
        TerritoryLevel parsed = TerritoryLevel.fromKey(level);
        OutputCrs output = OutputCrs.parse(crs);
        IndicatorView.FilterResult result = filter.apply(parsed, combine.equals("and"), conditions);
        Set<String> codes = new HashSet<>();
        result.matches().forEach(m -> codes.add(m.code()));
        IndicatorLayer layer = layers.layer(parsed);
        String description = "Oasis — " + result.count() + " territoires retenus (" + parsed.key() + ") par le filtre : "
                + String.join(combine.equals("and") ? " et " : " ou ", result.conditions().stream()
                .map(IndicatorView.Condition::label).toList()) + ". " + layer.caption() + ".";
        return file(layer.select(c -> true, codes), "oasis_filtre_" + parsed.key(), description, output, geoPackage);
    }

    /** Which indicator columns to keep; each parameter given narrows the selection. */
    private static Predicate<LayerColumn> columns(IndicatorLayer layer, String indicator, String profession,
                                                  String variant) {
        String p = profession == null ? null : Profession.fromKey(profession).key();
        String v = variant == null ? null : AplVariant.fromKey(variant).key();
        if (indicator != null && layer.columns().stream().noneMatch(c -> indicator.equals(c.indicator()))) {
            throw new IllegalArgumentException("indicator: unknown or without values at this level: '" + indicator
                    + "' (the ids are listed by /api/indicators)");
        }
        return c -> (indicator == null || indicator.equals(c.indicator()))
                && (p == null || c.profession() == null || p.equals(c.profession()))
                && (v == null || c.variant() == null || v.equals(c.variant()));
    }

    private static ResponseEntity<byte[]> file(IndicatorLayer layer, String name, String description, OutputCrs crs,
                                               boolean geoPackage) {
        String file = name + (crs == OutputCrs.WGS84 ? "" : "_epsg" + crs.epsg()) + (geoPackage ? ".gpkg" : ".geojson");
        byte[] body = geoPackage ? GeoPackageWriter.write(layer, name, name, description, crs)
                : LayerGeoJson.write(layer, name, description, crs);
        return ResponseEntity.ok().contentType(geoPackage ? GEOPACKAGE : OgcApiController.GEO_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"").body(body);
    }
}
