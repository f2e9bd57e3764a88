package fr.oasis.demo;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.locationtech.jts.geom.Coordinate;

/**
 * Cuts an adjacency graph into contiguous groups for the national demonstration (départements
 * of communes, régions of départements, EPCI of a département's communes), in time linear in the
 * graph: seeds spread by best-candidate sampling, then one breadth-first growth from all seeds at
 * once, so each group is the set of nodes nearer (in steps) to its seed than to any other.
 * <p>
 * A node reached from a seed is joined to it through nodes of the same group, hence every group
 * is contiguous; nodes of the allowed set the growth cannot reach (a disconnected set, which a
 * coverage of a rectangle does not produce) join the group of the nearest seed.
 * <p>
 * Thread-safety: stateless; the caller's {@link Random} is not thread-safe.
 */
final class DemoPartition {
    /** Candidates drawn per seed; more gives more even groups, at a cost quadratic in seeds only. */
    private static final int CANDIDATES = 16;

    private DemoPartition() {
    }

    /**
     * Picks {@code count} distinct seeds among {@code pool} that lie far apart: each new seed is,
     * of {@value #CANDIDATES} random candidates, the farthest from the seeds already chosen.
     *
     * @return seed node numbers in ascending order (so group numbers follow the node order)
     */
    static int[] seeds(int[] pool, List<Coordinate> at, int count, Random random) {
        if (count > pool.length) {
            throw new IllegalArgumentException(count + " groups asked of " + pool.length + " nodes");
        }
        int[] seeds = new int[count];
        boolean[] taken = new boolean[at.size()];
        for (int s = 0; s < count; s++) {
            int best = -1;
            double bestDistance = -1;
            for (int c = 0; c < (s == 0 ? 1 : CANDIDATES); c++) {
                int candidate = pool[random.nextInt(pool.length)];
                if (taken[candidate]) {
                    continue;
                }
                double nearest = Double.POSITIVE_INFINITY;
                for (int k = 0; k < s; k++) {
                    nearest = Math.min(nearest, at.get(candidate).distance(at.get(seeds[k])));
                }
                if (nearest > bestDistance) {
                    bestDistance = nearest;
                    best = candidate;
                }
            }
            if (best < 0) { // every candidate taken: the first free node of the pool
                best = Arrays.stream(pool).filter(n -> !taken[n]).findFirst().orElseThrow();
            }
            seeds[s] = best;
            taken[best] = true;
        }
        Arrays.sort(seeds);
        return seeds;
    }

    /**
     * Grows the groups from their seeds over {@code neighbours}, within the nodes {@code allowed}.
     *
     * @return per node, the index in {@code seeds} of its group, or -1 for nodes not allowed
     */
    static int[] grow(List<List<Integer>> neighbours, List<Coordinate> at, int[] seeds, IntPredicate allowed) {
        int[] group = new int[neighbours.size()];
        Arrays.fill(group, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int g = 0; g < seeds.length; g++) {
            group[seeds[g]] = g;
            queue.add(seeds[g]);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int next : neighbours.get(node)) {
                if (group[next] == -1 && allowed.test(next)) {
                    group[next] = group[node];
                    queue.add(next);
                }
            }
        }
        for (int node = 0; node < group.length; node++) {
            if (group[node] == -1 && allowed.test(node)) {
                group[node] = nearest(at, seeds, node);
            }
        }
        return group;
    }

    private static int nearest(List<Coordinate> at, int[] seeds, int node) {
        int best = 0;
        for (int g = 1; g < seeds.length; g++) {
            if (at.get(seeds[g]).distance(at.get(node)) < at.get(seeds[best]).distance(at.get(node))) {
                best = g;
            }
        }
        return best;
    }
}
