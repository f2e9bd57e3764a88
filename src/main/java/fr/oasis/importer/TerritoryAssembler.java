package fr.oasis.importer;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.problem.ImportException;
import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.PopulationByAge;
import fr.oasis.territory.record.ReferencePoint;
import fr.oasis.territory.record.CommuneShape;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryRecord;
import fr.oasis.territory.TerritorySnapshot;
import fr.oasis.territory.geo.CoverageDissolver;
import fr.oasis.territory.geo.CoverageGeneralizer;
import fr.oasis.territory.geo.Lambert93;
import fr.oasis.territory.geo.ReferencePoints;
import fr.oasis.territory.geo.VintageReconciler;
import fr.oasis.territory.geo.ZoomClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Turns what the readers produced into the snapshot the territory module stores: reconciles the
 * contours' vintage onto the current COG, picks reference points, dissolves EPCI, département
 * and région contours from their communes, and simplifies each level per zoom class.
 * Not thread-safe; one instance per import.
 */
class TerritoryAssembler {
    /** Zoom classes stored as map-ready shapes; DETAIL is the full geometry on the territory row. */
    static final List<ZoomClass> MAP_ZOOM_CLASSES = List.of(ZoomClass.REGION, ZoomClass.DEPARTEMENT, ZoomClass.EPCI);
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), Lambert93.WGS84_SRID);

    private final TerritoryInputs inputs;
    private final ImportReport report;

    TerritoryAssembler(TerritoryInputs inputs, ImportReport report) {
        this.inputs = inputs;
        this.report = report;
    }

    TerritorySnapshot assemble() {
        long t0 = System.nanoTime();
        CogHierarchy cog = CogHierarchy.validate(inputs, report);
        long t1 = lap("cog", t0);

        VintageReconciler reconciler = new VintageReconciler(inputs.communes());
        VintageReconciler.Result contours = reconciler.compute(inputs.shapes());
        report.unmatched("contour codes matching no current commune", contours.unmatchedShapeCodes(),
                originsOf(contours.unmatchedShapeCodes(), inputs.shapes(), CommuneShape::code, CommuneShape::origin));
        report.unmatched("current communes without a contour", contours.communesWithoutShape());
        report.count("communes merged from older contours", contours.mergedCommunes());
        if (contours.communes().isEmpty()) {
            throw ImportException.of("contours", "", "", "no contour matches a commune of the COG "
                    + inputs.cogYear() + ": check that the contour files cover the imported communes");
        }
        long t2 = lap("reconcile", t1);

        Map<String, MultiPolygon> communeGeoms = contours.communes();
        refuseFarPoints(communeGeoms);
        List<ReferencePoint> currentPoints = inputs.points().stream()
                .filter(p -> cog.communes().containsKey(p.communeCode())).toList();
        ReferencePoints.Result points = ReferencePoints.choose(communeGeoms, currentPoints);
        report.count("reference points from chef-lieu", points.points().size() - points.interiorPoints().size());
        report.unmatched("communes placed at an interior point (no chef-lieu)", points.interiorPoints());
        report.unmatched("chef-lieu points outside their commune", points.outsideContour(),
                originsOf(points.outsideContour(), currentPoints, ReferencePoint::communeCode, ReferencePoint::origin));
        report.unmatched("communes with no reference point at all", points.unplaced());
        long t3 = lap("reference points", t2);

        Map<TerritoryLevel, Map<String, MultiPolygon>> geoms = new LinkedHashMap<>();
        geoms.put(TerritoryLevel.COMMUNE, communeGeoms);
        geoms.put(TerritoryLevel.EPCI, dissolve(communeGeoms, cog.epciMembers(), "EPCI"));
        geoms.put(TerritoryLevel.DEPARTEMENT, dissolve(communeGeoms, cog.departementMembers(), "département"));
        geoms.put(TerritoryLevel.REGION, dissolve(communeGeoms, cog.regionMembers(), "région"));
        long t4 = lap("dissolve", t3);

        List<TerritoryRecord> records = cog.records(geoms, areas(geoms), points.points(),
                Set.copyOf(points.interiorPoints()));
        records.forEach(r -> report.count(r.level().key(), 1));
        long t5 = lap("areas", t4);

        List<TerritorySnapshot.Shape> shapes = generalize(geoms);
        lap("simplify", t5);
        List<TerritorySnapshot.Population> populations = populations(reconciler, cog);
        return new TerritorySnapshot(records, shapes,
                new TerritorySnapshot.DatasetInfo("territories", territoryLabel(), inputs.cogYear(), inputs.demo(),
                        inputs.files()),
                populations, populations.isEmpty() ? null : new TerritorySnapshot.DatasetInfo("census-population",
                inputs.censusLabel(), inputs.censusYear(), inputs.demo(), inputs.files()),
                aliases(reconciler, cog));
    }

    /** The files holding the records of the given codes. */
    private static <R> Set<String> originsOf(List<String> codes, List<R> records,
                                             java.util.function.Function<R, String> code,
                                             java.util.function.Function<R, String> origin) {
        Set<String> wanted = new HashSet<>(codes);
        Set<String> files = new java.util.TreeSet<>();
        records.stream().filter(r -> wanted.contains(code.apply(r))).forEach(r -> files.add(ImportReport.fileOf(
                origin.apply(r))));
        return files;
    }

    /**
     * Refuses the reference points of contoured communes that lie outside the contours' bounding
     * box (points of other communes, e.g. a national chef-lieu file beside a region's contours, are
     * not used and not checked): such a point is a careless export, not a town hall a few metres
     * outside a simplified contour (those are kept and listed).
     */
    private void refuseFarPoints(Map<String, MultiPolygon> communeGeoms) {
        TerritoryExtent extent = TerritoryExtent.of(communeGeoms.values());
        List<ImportProblem> problems = new ArrayList<>();
        for (ReferencePoint p : inputs.points()) {
            String outside = communeGeoms.containsKey(p.communeCode()) ? extent.problem(p.lon(), p.lat()) : null;
            if (outside != null && problems.size() < 50) {
                problems.add(ImportProblem.at(p.origin(), "geometry", "reference point of " + p.communeCode() + " "
                        + outside));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    private Map<String, MultiPolygon> dissolve(Map<String, MultiPolygon> communes,
                                               Map<String, List<String>> groups, String what) {
        CoverageDissolver.Result result = CoverageDissolver.dissolve(communes, groups);
        result.missingMembers().forEach((group, members) ->
                report.unmatched(what + " " + group + " members without a contour", members));
        if (result.fallbackCount() > 0) {
            report.warn(what + ": " + result.fallbackCount() + " groups dissolved by overlay union because their "
                    + "communes do not form a clean coverage: " + result.fallbackGroups());
        }
        return result.geometries();
    }

    /**
     * Simplifies every level for every map zoom class. The twelve jobs are independent and only
     * read the contours, so they run in parallel (the biggest stage of an import).
     */
    private List<TerritorySnapshot.Shape> generalize(Map<TerritoryLevel, Map<String, MultiPolygon>> geoms) {
        record Job(TerritoryLevel level, ZoomClass zoomClass) {
        }
        List<Job> jobs = new ArrayList<>();
        geoms.keySet().forEach(level -> MAP_ZOOM_CLASSES.forEach(z -> jobs.add(new Job(level, z))));
        List<CoverageGeneralizer.Result> results = jobs.parallelStream()
                .map(job -> CoverageGeneralizer.generalize(geoms.get(job.level()), job.zoomClass())).toList();
        List<TerritorySnapshot.Shape> shapes = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            results.get(i).geometries().forEach((code, geom) ->
                    shapes.add(new TerritorySnapshot.Shape(job.level(), code, job.zoomClass().ordinal(), geom)));
            report.unmatched(job.level().key() + " shapes too small to draw at zoom class " + job.zoomClass(),
                    results.get(i).emptied());
            report.unmatched(job.level().key() + " shapes repaired alone at zoom class " + job.zoomClass(),
                    results.get(i).repaired());
        }
        report.count("map shapes", shapes.size());
        return shapes;
    }

    /** Areas in km², measured in Lambert-93, per level and code (in parallel: proj4j is the cost). */
    private static Map<TerritoryLevel, Map<String, Double>> areas(Map<TerritoryLevel, Map<String, MultiPolygon>> geoms) {
        Map<TerritoryLevel, Map<String, Double>> areas = new LinkedHashMap<>();
        geoms.forEach((level, byCode) -> areas.put(level, byCode.entrySet().parallelStream().collect(
                java.util.stream.Collectors.toConcurrentMap(Map.Entry::getKey, e -> fr.oasis.territory.geo.Projections.areaKm2(e.getValue())))));
        return areas;
    }

    private List<TerritorySnapshot.Population> populations(VintageReconciler reconciler, CogHierarchy cog) {
        Map<String, double[]> byCommune = new LinkedHashMap<>();
        Set<String> unmatched = new HashSet<>();
        Set<String> unmatchedFiles = new java.util.TreeSet<>();
        for (PopulationByAge p : inputs.populations()) {
            String current = reconciler.currentCodeOf(p.communeCode());
            if (current == null || !cog.communes().containsKey(current)) {
                unmatched.add(p.communeCode());
                unmatchedFiles.add(ImportReport.fileOf(p.origin()));
                continue;
            }
            double[] sum = byCommune.computeIfAbsent(current, k -> new double[p.bands().length]);
            for (int b = 0; b < sum.length; b++) {
                sum[b] += p.bands()[b];
            }
        }
        report.unmatched("census codes matching no current commune", unmatched.stream().sorted().toList(),
                unmatchedFiles);
        report.count("communes with population by age", byCommune.size());
        return byCommune.entrySet().stream()
                .map(e -> new TerritorySnapshot.Population(e.getKey(), inputs.censusYear(), e.getValue())).toList();
    }

    /** Every former or delegated code that resolves to a stored current commune. */
    private Map<String, String> aliases(VintageReconciler reconciler, CogHierarchy cog) {
        Map<String, String> aliases = new java.util.TreeMap<>();
        for (CogCommune c : inputs.communes()) {
            List<String> codes = new ArrayList<>(c.formerCodes());
            if (c.type() != CogCommune.Type.CURRENT) {
                codes.add(c.code());
            }
            for (String code : codes) {
                String current = reconciler.currentCodeOf(code);
                if (current != null && !cog.communes().containsKey(code) && cog.communes().containsKey(current)) {
                    aliases.put(code, current);
                }
            }
        }
        report.count("former commune codes kept as aliases", aliases.size());
        return aliases;
    }

    private String territoryLabel() {
        return inputs.cogLabel() + " " + inputs.cogYear() + " ; contours " + inputs.contourLabel() + " "
                + inputs.contourYear();
    }

    static Point point(ReferencePoint p) {
        return WGS84.createPoint(new org.locationtech.jts.geom.Coordinate(p.lon(), p.lat()));
    }

    private long lap(String stage, long since) {
        long now = System.nanoTime();
        report.timing(stage, (now - since) / 1_000_000);
        return now;
    }
}
