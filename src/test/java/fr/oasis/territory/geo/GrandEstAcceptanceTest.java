package fr.oasis.territory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.oasis.importer.record.CogCommune;
import fr.oasis.importer.record.CommuneShape;
import fr.oasis.importer.record.ReferencePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

/**
 * Runs the geometry operations on the real Grand Est files and prints timings and sizes.
 * Opt-in, because it needs the data folder (never committed):
 * {@code ./mvnw test -Dtest=GrandEstAcceptanceTest -Doasis.acceptance=true [-Doasis.data=/work/shared/data]}.
 */
@EnabledIfSystemProperty(named = "oasis.acceptance", matches = "true")
class GrandEstAcceptanceTest {

    private final File data = new File(System.getProperty("oasis.data", "/work/shared/data"));

    @Test
    void realGrandEstGoesThroughTheGeometryPath() {
        List<CogCommune> cog = cog();
        List<CommuneShape> shapes = shapes();

        long t0 = System.nanoTime();
        VintageReconciler.Result communes = VintageReconciler.reconcile(shapes, cog);
        long t1 = System.nanoTime();
        report("reconcile %d shapes -> %d communes: %d ms; merged %d, unmatched %s, without shape %s, fallbacks %d",
                shapes.size(), communes.communes().size(), ms(t0, t1), communes.mergedCommunes(),
                communes.unmatchedShapeCodes(), communes.communesWithoutShape(),
                communes.dissolution().fallbackCount());
        Geometry[] coverage = communes.communes().values().toArray(new Geometry[0]);
        long invalid = invalidCount(coverage);
        report("coverage check: %d of %d communes with gaps/overlaps against a neighbour (%d ms)",
                invalid, coverage.length, ms(t1, System.nanoTime()));

        Map<String, List<String>> epciGroups = epciGroups();
        Map<String, List<String>> departementGroups = new TreeMap<>();
        cog.stream().filter(c -> c.type() == CogCommune.Type.CURRENT).forEach(c ->
                departementGroups.computeIfAbsent(c.departementCode(), k -> new ArrayList<>()).add(c.code()));
        Map<String, List<String>> regionGroup = Map.of("44", new ArrayList<>(communes.communes().keySet()));
        CoverageDissolver.Result epcis = timedDissolve("EPCI", communes, epciGroups);
        CoverageDissolver.Result departements = timedDissolve("départements", communes, departementGroups);
        CoverageDissolver.Result region = timedDissolve("région", communes, regionGroup);

        for (ZoomClass zoom : ZoomClass.values()) {
            long s0 = System.nanoTime();
            CoverageGeneralizer.Result map = CoverageGeneralizer.generalize(communes.communes(), zoom);
            long s1 = System.nanoTime();
            long broken = invalidCount(map.geometries().values().toArray(new Geometry[0]));
            report("simplify communes for %s: %d ms, vertices %d -> %d, refined %s, repaired %s, emptied %d, "
                            + "communes breaking the coverage %d, GeoJSON %s",
                    zoom, ms(s0, s1), map.verticesBefore(), map.verticesAfter(), map.refined(), map.repaired(),
                    map.emptied().size(), broken, GeoJsonFixtures.featureCollectionSize(map.geometries()));
        }
        CoverageGeneralizer.Result epciMap = CoverageGeneralizer.generalize(epcis.geometries(), ZoomClass.REGION);
        report("EPCI layer at REGION zoom: vertices %d -> %d, GeoJSON %s", epciMap.verticesBefore(),
                epciMap.verticesAfter(), GeoJsonFixtures.featureCollectionSize(epciMap.geometries()));

        ReferencePoints.Result points = ReferencePoints.choose(communes.communes(), chefsLieux(communes));
        report("reference points: %d, interior-point fallbacks %s, chef-lieu outside contour %d",
                points.points().size(), points.interiorPoints(), points.outsideContour().size());

        assertThat(communes.communes()).hasSize(5115);
        assertThat(epcis.geometries()).hasSize(150);
        assertThat(departements.geometries()).hasSize(10);
        assertThat(region.geometries()).hasSize(1);
    }

    private CoverageDissolver.Result timedDissolve(String level, VintageReconciler.Result communes,
                                                   Map<String, List<String>> groups) {
        long t0 = System.nanoTime();
        CoverageDissolver.Result result = CoverageDissolver.dissolve(communes.communes(), groups);
        report("dissolve %d %s: %d ms, fallbacks %d %s, groups with missing members %d", groups.size(), level,
                ms(t0, System.nanoTime()), result.fallbackCount(),
                result.fallbackGroups().subList(0, Math.min(5, result.fallbackCount())), result.missingMembers().size());
        return result;
    }

    private List<CogCommune> cog() {
        List<CogCommune> cog = new ArrayList<>();
        for (JsonNode c : GeoJsonFixtures.read(new File(data, "decoupage-administratif/communes_grand_est.json"))) {
            CogCommune.Type type = switch (c.get("type").asString()) {
                case "commune-actuelle" -> CogCommune.Type.CURRENT;
                case "commune-associee" -> CogCommune.Type.ASSOCIATED;
                default -> CogCommune.Type.DELEGATED;
            };
            List<String> former = new ArrayList<>();
            if (c.has("anciensCodes")) {
                c.get("anciensCodes").forEach(code -> former.add(code.asString()));
            }
            cog.add(new CogCommune(c.get("code").asString(), c.get("nom").asString(), type, c.get("departement").asString(),
                    "44", c.has("chefLieu") ? c.get("chefLieu").asString() : null, null, former, "communes"));
        }
        return cog;
    }

    private List<CommuneShape> shapes() {
        List<CommuneShape> shapes = new ArrayList<>();
        File[] files = new File(data, "france-geojson").listFiles((dir, name) -> name.startsWith("communes-"));
        java.util.Arrays.sort(files);
        for (File file : files) {
            for (JsonNode f : GeoJsonFixtures.read(file).get("features")) {
                shapes.add(new CommuneShape(f.get("properties").get("code").asString(), null,
                        GeoJsonFixtures.polygonal(f.get("geometry")), null, null, null, file.getName()));
            }
        }
        return shapes;
    }

    private Map<String, List<String>> epciGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (JsonNode e : GeoJsonFixtures.read(new File(data, "decoupage-administratif/epci_grand_est.json"))) {
            List<String> members = new ArrayList<>();
            e.get("membres").forEach(m -> members.add(m.get("code").asString()));
            groups.put(e.get("code").asString(), members);
        }
        return groups;
    }

    private List<ReferencePoint> chefsLieux(VintageReconciler.Result communes) {
        List<ReferencePoint> points = new ArrayList<>();
        for (JsonNode f : GeoJsonFixtures.read(new File(data, "chefs-lieux-comhisto/cheflieu_grand_est.geojson")).get("features")) {
            JsonNode p = f.get("properties");
            String code = p.get("cinseea").asString();
            JsonNode geometry = f.get("geometry");
            if (code.equals(p.get("cinsee0").asString()) && communes.communes().containsKey(code)
                    && geometry != null && !geometry.isNull()) {
                JsonNode xy = geometry.get("coordinates");
                points.add(new ReferencePoint(code, xy.get(0).asDouble(), xy.get(1).asDouble(),
                        p.get("source").asString(), "cheflieu"));
            }
        }
        return points;
    }

    private static long invalidCount(Geometry[] coverage) {
        return java.util.Arrays.stream(CoverageValidator.validate(coverage)).filter(g -> g != null).count();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void report(String format, Object... args) {
        System.out.printf("[acceptance] " + format + "%n", args);
    }
}
