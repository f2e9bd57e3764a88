package fr.oasis.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oasis.map.*}: the base map under the choropleth. An empty {@code tile-url} means no base
 * map (offline machines); the page then draws département and EPCI outlines only.
 *
 * @param tileUrl         XYZ tile URL template with {@code {z}}, {@code {x}}, {@code {y}}; default
 *                        the IGN "Plan IGN v2" WMTS of the Géoplateforme
 * @param tileAttribution attribution shown on the map when tiles are drawn
 */
@ConfigurationProperties("oasis.map")
record MapSettings(
        @DefaultValue(DEFAULT_TILE_URL) String tileUrl,
        @DefaultValue("© IGN – Plan IGN") String tileAttribution) {
    static final String DEFAULT_TILE_URL = "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
            + "&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM"
            + "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&FORMAT=image/png";

    MapSettings {
        tileUrl = tileUrl == null ? "" : tileUrl.strip();
        if (!tileUrl.isEmpty() && !(tileUrl.startsWith("https://") || tileUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("oasis.map.tile-url must be an http(s) URL or empty, got '"
                    + tileUrl + "'");
        }
        tileAttribution = tileAttribution == null ? "" : tileAttribution;
    }
}
