package fr.oasis.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Groups the communes of one département into contiguous intercommunalités by growing them
 * from seed communes over the adjacency graph, one commune per group in turn, so that groups
 * come out of similar size.
 * <p>
 * Seeds are drawn in equal column bands of the grid, so groups spread west to east as real
 * EPCI tile a département. Growth only crosses shared borders, hence each group is contiguous.
 * A commune the growth cannot reach (a département split by the jitter, which no tested seed
 * produces) joins the group whose seed is nearest, so that every commune still belongs to
 * exactly one group.
 * <p>
 * Thread-safety: stateless; the caller's {@link Random} is not thread-safe.
 */
final class DemoGrouping {

    private DemoGrouping() {
    }

    /**
     * @param members    indices of the département's cells
     * @param groupCount groups to form
     * @return for every cell index, the group number (0-based) or -1 for cells not in members
     */
    static int[] group(List<DemoMap.Cell> cells, List<List<Integer>> neighbours, List<Integer> members,
                       int groupCount, Random random) {
        int[] groupOf = new int[cells.size()];
        Arrays.fill(groupOf, -1);
        int[] seeds = new int[groupCount];
        List<List<Integer>> frontier = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            int band = g;
            List<Integer> inBand = members.stream()
                    .filter(i -> cells.get(i).column() * groupCount / DemoMap.COLUMNS == band).toList();
            seeds[g] = inBand.get(random.nextInt(inBand.size()));
            groupOf[seeds[g]] = g;
            frontier.add(new ArrayList<>(List.of(seeds[g])));
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int g = 0; g < groupCount; g++) {
                List<Integer> candidates = new ArrayList<>();
                for (int member : frontier.get(g)) {
                    for (int next : neighbours.get(member)) {
                        if (groupOf[next] == -1 && members.contains(next) && !candidates.contains(next)) {
                            candidates.add(next);
                        }
                    }
                }
                if (!candidates.isEmpty()) {
                    int chosen = candidates.get(random.nextInt(candidates.size()));
                    groupOf[chosen] = g;
                    frontier.get(g).add(chosen);
                    grew = true;
                }
            }
        }
        for (int i : members) {
            if (groupOf[i] == -1) {
                groupOf[i] = nearestSeed(cells, seeds, i);
            }
        }
        return groupOf;
    }

    private static int nearestSeed(List<DemoMap.Cell> cells, int[] seeds, int cell) {
        int best = 0;
        for (int g = 1; g < seeds.length; g++) {
            double d = cells.get(seeds[g]).site().distance(cells.get(cell).site());
            if (d < cells.get(seeds[best]).site().distance(cells.get(cell).site())) {
                best = g;
            }
        }
        return best;
    }
}
