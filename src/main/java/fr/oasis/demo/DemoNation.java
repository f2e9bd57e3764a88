package fr.oasis.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Draws a fictional territory of national size (the {@code france} scale, or any
 * {@link DemoScale#nation} size): Voronoi communes of a jittered grid, about 5 km across,
 * spread from longitude −4.8° eastwards and latitude 51.1° southwards (a square of about
 * 1,000 km for 35,000 communes), then cut into contiguous départements, régions of whole
 * départements and EPCI within one département ({@link DemoPartition}).
 * <p>
 * Each département has one city (its first seed: 30,000 to 250,000 inhabitants), one town
 * per EPCI (5,000 to 20,000), about 5 % bourgs and villages for the rest, with census bands
 * as in {@link DemoPopulation}. Names are unique within a département, as in France. Codes
 * cannot be mistaken for real ones: régions {@code R01}…, départements of two letters
 * ({@code AA}, {@code AB}…), communes the département and three digits ({@code AA001}), EPCI
 * {@code 998000001}…
 * <p>
 * Determinism: one {@link Random} seeded by the caller, drawn in a fixed order. This is a
 * separate path from the small demonstration, whose draws it does not touch. Stateless.
 */
final class DemoNation {
    private static final double WEST = -4.8;
    private static final double NORTH = 51.1;
    /** A commune cell's width and height in degrees: about 5.3 km at 46.5°N. */
    private static final double CELL_LON = 0.0695;
    private static final double CELL_LAT = 0.047;
    static final double BOURG_SHARE = 0.05;

    private DemoNation() {
    }

    static DemoTerritory generate(long seed, DemoScale scale) {
        Random random = new Random(seed);
        int columns = (int) Math.round(Math.sqrt(scale.communes()));
        int rows = (int) Math.round((double) scale.communes() / columns);
        Envelope extent = new Envelope(WEST, WEST + columns * CELL_LON, NORTH - rows * CELL_LAT, NORTH);
        List<DemoMap.Cell> cells = DemoMap.draw(random, new GeometryFactory(new PrecisionModel(), 4326), extent,
                columns, rows);
        List<List<Integer>> neighbours = DemoMap.neighbours(cells);
        List<Coordinate> sites = cells.stream().map(DemoMap.Cell::site).toList();
        int n = cells.size();

        NationDraft d = new NationDraft(cells, scale);
        int[] all = IntStream.range(0, n).toArray();
        d.departementSeeds = DemoPartition.seeds(all, sites, scale.departements(), random);
        d.departement = DemoPartition.grow(neighbours, sites, d.departementSeeds, i -> true);
        List<Coordinate> centres = centres(sites, d.departement, scale.departements());
        int[] regionSeeds = DemoPartition.seeds(IntStream.range(0, scale.departements()).toArray(), centres,
                scale.regions(), random);
        d.regionOfDepartement = DemoPartition.grow(groupNeighbours(neighbours, d.departement, scale.departements()),
                centres, regionSeeds, i -> true);
        groupIntoEpcis(d, neighbours, sites, random);
        d.populate(random);
        d.name(random);
        return NationRecords.assemble(d);
    }

    private static void groupIntoEpcis(NationDraft d, List<List<Integer>> neighbours, List<Coordinate> sites,
                                       Random random) {
        int n = sites.size();
        d.epci = new int[n];
        d.epciSeed = new boolean[n];
        int offset = 0;
        for (int dep = 0; dep < d.scale.departements(); dep++) {
            int current = dep;
            int[] members = IntStream.range(0, n).filter(i -> d.departement[i] == current).toArray();
            int count = (int) Math.max(1, Math.min(members.length,
                    Math.round((double) d.scale.epcis() * members.length / n)));
            int[] seeds = DemoPartition.seeds(members, sites, count, random);
            int[] group = DemoPartition.grow(neighbours, sites, seeds, i -> d.departement[i] == current);
            for (int i : members) {
                d.epci[i] = offset + group[i];
            }
            for (int s : seeds) {
                d.epciSeed[s] = true;
            }
            d.epciDepartement.addAll(java.util.Collections.nCopies(count, dep));
            offset += count;
        }
    }

    /** The mean of each group's sites, a point to spread group seeds by. */
    private static List<Coordinate> centres(List<Coordinate> sites, int[] group, int groups) {
        double[] x = new double[groups];
        double[] y = new double[groups];
        int[] count = new int[groups];
        for (int i = 0; i < sites.size(); i++) {
            x[group[i]] += sites.get(i).x;
            y[group[i]] += sites.get(i).y;
            count[group[i]]++;
        }
        List<Coordinate> centres = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            centres.add(new Coordinate(x[g] / count[g], y[g] / count[g]));
        }
        return centres;
    }

    /** Groups sharing a border between two of their nodes, each list in ascending order. */
    private static List<List<Integer>> groupNeighbours(List<List<Integer>> neighbours, int[] group, int groups) {
        List<Set<Integer>> touching = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            touching.add(new java.util.TreeSet<>());
        }
        for (int i = 0; i < neighbours.size(); i++) {
            for (int j : neighbours.get(i)) {
                if (group[i] != group[j]) {
                    touching.get(group[i]).add(group[j]);
                }
            }
        }
        return touching.stream().map(s -> (List<Integer>) new ArrayList<>(s)).toList();
    }
}
