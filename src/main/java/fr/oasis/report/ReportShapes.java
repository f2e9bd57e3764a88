package fr.oasis.report;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import fr.oasis.territory.geo.ZoomClass;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * Contours for the PDF's map thumbnail: the communes at the département zoom class (a few pixels
 * of tolerance on a 15-cm thumbnail) and the départements at the région class, read once per
 * territory data version instead of once per PDF (reading every commune contour costs more than the whole PDF
 * layout). Cleared when an import completes.
 */
@Component
class ReportShapes {
    private final TerritoryQueries territories;
    private final KeptPerVersion<Map<TerritoryLevel, Map<String, Geometry>>> byLevel;

    ReportShapes(TerritoryQueries territories, DataVersions versions) {
        this.byLevel = new KeptPerVersion<>(versions, DataKind.TERRITORIES);
        this.territories = territories;
    }

    /** The contours of the subject's communes (those stored), in its order. */
    List<Geometry> communes(TerritoryReport.Subject subject) {
        Map<String, Geometry> shapes = level(TerritoryLevel.COMMUNE, ZoomClass.DEPARTEMENT);
        return subject.mapCodes().stream().map(shapes::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The outline drawn in grey behind the subject: its first département reference, or null. */
    Geometry context(TerritoryReport report) {
        return report.references().stream().filter(r -> TerritoryLevel.DEPARTEMENT.key().equals(r.level()))
                .findFirst().map(r -> level(TerritoryLevel.DEPARTEMENT, ZoomClass.REGION).get(r.code()))
                .orElse(null);
    }

    private Map<String, Geometry> level(TerritoryLevel level, ZoomClass zoom) {
        return byLevel.get(ConcurrentHashMap::new).computeIfAbsent(level, l -> territories.mapShapes(l, zoom.ordinal()).stream()
                .collect(Collectors.toMap(TerritoryView.MapShape::code, s -> (Geometry) s.geometry(), (a, b) -> a)));
    }
}
