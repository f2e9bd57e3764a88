package fr.oasis.demo;

import fr.oasis.accessibility.engine.GreatCircle;
import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CommuneShape;
import fr.oasis.territory.record.ReferencePoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;

/**
 * The demonstration road network ("réseau routier de démonstration"), built from the
 * demonstration territory alone, without any random draw (so it changes nothing else the seed
 * produces): a junction at each commune's reference point (its chef-lieu, or the interior point
 * of its contour, as the import computes it), a road between every two communes that share a
 * border, and a motorway joining the five towns along their shortest spanning tree, with exits
 * at the towns only. At the national scales ({@link #build(DemoTerritory, DemoScale)}) the
 * motorway joins each département's city, and towns and bourgs are the communes of 800
 * inhabitants or more.
 *
 * <p>Road classes and speeds, chosen to read like rural Lorraine rather than to be measured:
 * <ul>
 *   <li>autoroute, 110 km/h (130 km/h limit, slowed by interchanges and traffic);</li>
 *   <li>route nationale between two towns or bourgs, 80 km/h (the two-lane limit since 2018);</li>
 *   <li>route départementale from a town or bourg to a village, 70 km/h (villages crossed at 50);</li>
 *   <li>voie communale between two villages, 50 km/h.</li>
 * </ul>
 * Lengths are the great-circle distance times a winding factor (1.05, 1.10, 1.15 and 1.25 in
 * the same order), the factors the Travel Mapping notes of {@code ../shared/data} use for real
 * road tiers. Stateless, thread-safe.
 */
final class DemoRoads {
    /** Smallest population of a bourg at the national scales. */
    private static final int BOURG_POPULATION = 800;
    static final String LABEL = "Oasis, réseau routier de démonstration (" + DemoTerritory.SOURCE + ")";

    /** One road class: its name, speed and winding factor. */
    enum RoadClass {
        AUTOROUTE("autoroute", 110, 1.05),
        NATIONALE("route nationale", 80, 1.10),
        DEPARTEMENTALE("route départementale", 70, 1.15),
        COMMUNALE("voie communale", 50, 1.25);

        final String label;
        final double kmh;
        final double winding;

        RoadClass(String label, double kmh, double winding) {
            this.label = label;
            this.kmh = kmh;
            this.winding = winding;
        }

        double minutes(double straightKm) {
            return straightKm * winding / kmh * 60;
        }
    }

    private DemoRoads() {
    }

    static RoadNetwork build(DemoTerritory territory) {
        return build(territory, DemoTerritory.TOWNS, DemoTerritory.TOWNS + DemoTerritory.BOURGS);
    }

    /**
     * The network of a territory of any scale: at the national scales the motorway joins the
     * largest commune of each département (its city), and towns and bourgs are the communes of
     * 800 inhabitants or more.
     */
    static RoadNetwork build(DemoTerritory territory, DemoScale scale) {
        if (scale.isDefault()) {
            return build(territory);
        }
        int larger = (int) territory.communes().stream()
                .filter(c -> c.population() != null && c.population() >= BOURG_POPULATION).count();
        return build(territory, scale.departements(), Math.max(larger, scale.departements()));
    }

    /**
     * @param towns   how many of the most populated communes the motorway joins
     * @param townsAndBourgs how many of the most populated communes count as towns or bourgs (road classes)
     */
    private static RoadNetwork build(DemoTerritory territory, int towns, int townsAndBourgs) {
        List<CommuneShape> shapes = territory.shapes();
        Map<String, ReferencePoint> points = territory.points().stream()
                .collect(Collectors.toMap(ReferencePoint::communeCode, p -> p));
        List<String> byPopulation = territory.communes().stream()
                .filter(c -> c.type() == CogCommune.Type.CURRENT && c.population() != null)
                .sorted(Comparator.comparing(CogCommune::population).reversed().thenComparing(CogCommune::code))
                .map(CogCommune::code).toList();
        Set<String> bourgs = Set.copyOf(byPopulation.subList(0, townsAndBourgs));

        RoadNetwork.Builder builder = RoadNetwork.builder(description());
        Map<String, Integer> node = new HashMap<>();
        List<Coordinate> at = new ArrayList<>();
        for (CommuneShape shape : shapes) {
            ReferencePoint p = points.get(shape.code());
            Coordinate c = p != null ? new Coordinate(p.lon(), p.lat())
                    : InteriorPointArea.getInteriorPoint(shape.geometry());
            node.put(shape.code(), builder.node(c.x, c.y));
            at.add(c);
        }
        List<List<Integer>> touching = DemoMap.touching(shapes.stream().map(CommuneShape::geometry).toList());
        for (int i = 0; i < shapes.size(); i++) {
            for (int j : touching.get(i)) {
                if (j > i) {
                    String a = shapes.get(i).code();
                    String b = shapes.get(j).code();
                    int larger = (bourgs.contains(a) ? 1 : 0) + (bourgs.contains(b) ? 1 : 0);
                    RoadClass kind = larger == 2 ? RoadClass.NATIONALE
                            : larger == 1 ? RoadClass.DEPARTEMENTALE : RoadClass.COMMUNALE;
                    road(builder, at, node.get(a), node.get(b), kind);
                }
            }
        }
        motorway(builder, at, byPopulation.subList(0, towns).stream().map(node::get).toList());
        return builder.build();
    }

    /** Prim's spanning tree over the towns by straight distance: the shortest motorway joining them. */
    private static void motorway(RoadNetwork.Builder builder, List<Coordinate> at, List<Integer> towns) {
        List<Integer> joined = new ArrayList<>(List.of(towns.get(0)));
        List<Integer> left = new ArrayList<>(towns.subList(1, towns.size()));
        while (!left.isEmpty()) {
            int bestFrom = -1;
            int bestTo = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int from : joined) {
                for (int to : left) {
                    double km = km(at, from, to);
                    if (km < best) {
                        best = km;
                        bestFrom = from;
                        bestTo = to;
                    }
                }
            }
            road(builder, at, bestFrom, bestTo, RoadClass.AUTOROUTE);
            joined.add(bestTo);
            left.remove(Integer.valueOf(bestTo));
        }
    }

    private static void road(RoadNetwork.Builder builder, List<Coordinate> at, int a, int b, RoadClass kind) {
        double km = km(at, a, b);
        builder.road(a, b, kind.minutes(km), km * kind.winding * 1000, true);
    }

    /** Nodes are numbered in shape order, so node {@code a} stands at {@code at.get(a)}. */
    private static double km(List<Coordinate> at, int a, int b) {
        return GreatCircle.haversineKm(at.get(a).x, at.get(a).y, at.get(b).x, at.get(b).y);
    }

    private static String description() {
        StringBuilder sb = new StringBuilder("Réseau routier de démonstration (fictif) : une route entre communes"
                + " voisines, une autoroute entre les villes ; ");
        for (RoadClass kind : RoadClass.values()) {
            sb.append(kind.label).append(' ').append((int) kind.kmh).append(" km/h (longueur × ")
                    .append(kind.winding).append("), ");
        }
        return sb.substring(0, sb.length() - 2);
    }
}
