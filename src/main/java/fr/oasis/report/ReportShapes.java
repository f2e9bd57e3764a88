package fr.oasis.report;

import fr.oasis.provenance.DataVersions;
import fr.oasis.territory.KeptPerLevel;
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
 * Contours for the report's locator map and the map export: the communes at the département zoom
 * class (a few pixels of tolerance on a 6-cm map) and the EPCI, départements and régions at the
 * région class, and the grouping levels (TVS, CPTS...) at the région class, read once per data
 * version of their level ({@link KeptPerLevel}) instead of once per PDF (reading every
 * commune contour costs more than the whole PDF
 * layout).
 */
@Component
class ReportShapes {
    private final TerritoryQueries territories;
    private final KeptPerLevel<Map<TerritoryLevel, Map<String, Geometry>>> byLevel;

    ReportShapes(TerritoryQueries territories, DataVersions versions) {
        this.byLevel = new KeptPerLevel<>(versions);
        this.territories = territories;
    }

    /** The contours of the subject's communes (those stored), in its order. */
    List<Geometry> communes(TerritoryReport.Subject subject) {
        Map<String, Geometry> shapes = level(TerritoryLevel.COMMUNE, ZoomClass.DEPARTEMENT);
        return subject.mapCodes().stream().map(shapes::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The outline the locator map places the subject in: its département reference (an EPCI, a
     * commune, a selection), else its région reference (a département); null for a région.
     */
    Geometry context(TerritoryReport report) {
        for (TerritoryLevel level : List.of(TerritoryLevel.DEPARTEMENT, TerritoryLevel.REGION)) {
            var reference = report.references().stream().filter(r -> level.key().equals(r.level())).findFirst();
            if (reference.isPresent()) {
                return level(level, ZoomClass.REGION).get(reference.get().code());
            }
        }
        return null;
    }

    /** Every contour of a level (communes at the département class, the others at the région class), by code. */
    Map<String, Geometry> shapes(TerritoryLevel level) {
        return level(level, level == TerritoryLevel.COMMUNE ? ZoomClass.DEPARTEMENT : ZoomClass.REGION);
    }

    private Map<String, Geometry> level(TerritoryLevel level, ZoomClass zoom) {
        return byLevel.get(level, ConcurrentHashMap::new).computeIfAbsent(level, l -> territories.mapShapes(l, zoom.ordinal())
                .stream()
                .collect(Collectors.toMap(TerritoryView.MapShape::code, s -> (Geometry) s.geometry(), (a, b) -> a)));
    }
}
