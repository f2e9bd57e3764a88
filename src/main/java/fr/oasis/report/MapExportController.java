package fr.oasis.report;

import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.territory.TerritoryLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map page's current view as a file: {@code /map/export.png} and {@code /map/export.pdf}
 * (one A4 landscape page) take the query string of the page's shareable URL
 * ({@code static/js/map/url-state.js}: level, indicator, profession, variant, method, lat, lon,
 * z, sel; unknown or malformed values fall back to the page's defaults, as the page does). The
 * choropleth, legend, title and source line are drawn server-side ({@link MapPicture}); the
 * filter ({@code f}, {@code fc}) and the practitioner points are not drawn. Every signed-in role.
 */
@RestController
class MapExportController {
    private static final Set<String> LEVELS = java.util.stream.Stream.concat(java.util.stream.Stream.of("commune", "epci", "departement"),
            TerritoryLevel.groupings().stream().map(TerritoryLevel::key)).collect(java.util.stream.Collectors.toSet());
    private static final Set<String> VARIANTS = Set.of("all", "under-65", "under-62");
    private static final Set<String> METHODS = Set.of("quantile", "jenks", "fixed");
    private static final Pattern SELECTION = Pattern.compile(
            "^(commune|epci|departement|tvs|cpts|cls|petr|bassin_vie|perimetre):([0-9A-Za-z_-]{1,16})$");
    private static final Map<String, String> METHOD_LABELS = Map.of("quantile", "quantiles",
            "jenks", "seuils naturels (Jenks)", "fixed", "seuils fixes de référence");
    private final IndicatorCatalogue catalogue;
    private final ReportShapes shapes;

    MapExportController(IndicatorCatalogue catalogue, ReportShapes shapes) {
        this.catalogue = catalogue;
        this.shapes = shapes;
    }

    @GetMapping("/map/export.png")
    ResponseEntity<byte[]> png(@RequestParam Map<String, String> query) {
        return file(MapPicture.png(scene(query)), MediaType.IMAGE_PNG, "png");
    }

    @GetMapping("/map/export.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam Map<String, String> query) {
        MapPicture.Scene scene = scene(query);
        String page = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title><style>
                @page { size: A4 landscape; margin: 10mm; } * { font-family: '%s'; }
                img { width: 100%%; } p { font-size: 8pt; color: #4a5568; }
                </style></head><body><img alt="%s" src="%s"/><p>Oasis · carte exportée le %s</p></body></html>
                """.formatted(escape(scene.title()), ReportFonts.FAMILY, escape(scene.title()),
                ReportDocuments.dataUri(MapPicture.png(scene)), ReportLabels.longDate(java.time.Instant.now()));
        return file(ReportPdf.pdf(page), MediaType.APPLICATION_PDF, "pdf");
    }

    MapPicture.Scene scene(Map<String, String> q) {
        String level = choice(q.get("level"), LEVELS, "commune");
        String indicator = q.getOrDefault("indicator", "apl");
        if (indicator == null || !indicator.matches("[A-Za-z0-9_-]{1,64}")) {
            indicator = "apl";
        }
        String profession = q.get("profession") != null && q.get("profession").matches("[A-Z]{2,16}")
                ? q.get("profession") : "MG";
        String variant = choice(q.get("variant"), VARIANTS, "all");
        String method = choice(q.get("method"), METHODS, "quantile");
        IndicatorView.Values values = catalogue.values(indicator, TerritoryLevel.fromKey(level), profession, variant);
        Map<String, org.locationtech.jts.geom.Geometry> contours = shapes.shapes(TerritoryLevel.fromKey(level));
        Map<String, Double> byCode = new HashMap<>();
        double[] v = new double[values.values().size()];
        double[] population = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            IndicatorView.Value value = values.values().get(i);
            byCode.put(value.code(), value.value());
            v[i] = value.value() == null ? Double.NaN : value.value();
            population[i] = value.population() == null ? 0 : value.population();
        }
        MapClasses classes = MapClasses.of(indicator, method, v, population, profession);
        Double lat = number(q.get("lat"), -90, 90);
        Double lon = number(q.get("lon"), -180, 180);
        Double zoom = number(q.get("z"), 0, 22);
        double[] view = lat == null || lon == null || zoom == null ? null : new double[] {lon, lat, zoom};
        Matcher sel = SELECTION.matcher(q.getOrDefault("sel", ""));
        String selected = sel.matches() && sel.group(1).equals(level) ? sel.group(2) : null;
        int digits = indicator.startsWith("beyond") || indicator.equals("density") || indicator.equals("income") ? 0
                : indicator.startsWith("share") || indicator.equals("nearest") ? 1 : 2;
        String levelLabel = switch (level) {
            case "epci" -> "par intercommunalité";
            case "departement" -> "par département";
            case "commune" -> "par commune";
            default -> { // "par territoire de vie-santé", "par CPTS"
                String label = TerritoryLevel.fromKey(level).label();
                yield "par " + (Character.isUpperCase(label.charAt(1)) ? label
                        : Character.toLowerCase(label.charAt(0)) + label.substring(1));
            }
        };
        return new MapPicture.Scene(values.label(), levelLabel, values.unit(),
                "Classes : " + METHOD_LABELS.get(method) + (method.equals("fixed") ? "" : ", " + MapClasses.CLASSES
                        + " au plus") + ".", ReportSources.label(values.source(), values.millesime()), values.demo(),
                contours, byCode, classes, digits, view, selected);
    }

    private static String choice(String value, Set<String> allowed, String fallback) {
        return value != null && allowed.contains(value) ? value : fallback;
    }

    private static Double number(String text, double min, double max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.trim());
            return Double.isFinite(v) && v >= min && v <= max ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String extension) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("oasis-carte." + extension).build().toString()).contentType(type).body(body);
    }

}
