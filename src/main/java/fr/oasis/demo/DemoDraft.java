package fr.oasis.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The demonstration territory while it is being drawn: parallel arrays indexed like the cells
 * of {@link DemoMap}, filled step by step by {@link DemoTerritory#generate}.
 * <p>
 * Each step draws from the shared {@link Random} in a fixed order; see the determinism note on
 * {@link DemoTerritory}. Thread-safety: not thread-safe, confined to one generation.
 */
final class DemoDraft {

    final List<DemoMap.Cell> cells;
    final List<List<Integer>> neighbours;
    final String[] code;
    final String[] departement;
    final String[] name;
    final String[] epciPlace = new String[2 * DemoTerritory.EPCI_PER_DEPARTEMENT];
    final DemoPopulation.Size[] size;
    final int[] population;
    final double[][] bands;
    final boolean[] hasChefLieu;
    int[] epci;
    int parent = -1;
    int absorbed = -1;

    DemoDraft(List<DemoMap.Cell> cells, List<List<Integer>> neighbours) {
        this.cells = cells;
        this.neighbours = neighbours;
        int n = cells.size();
        code = new String[n];
        departement = new String[n];
        name = new String[n];
        size = new DemoPopulation.Size[n];
        population = new int[n];
        bands = new double[n][];
        hasChefLieu = new boolean[n];
        Arrays.fill(hasChefLieu, true);
        int north = 0;
        int south = 0;
        for (int i = 0; i < n; i++) {
            // The northern half of the rows is 9A; codes follow the cells from north-west.
            boolean isNorth = cells.get(i).row() < DemoMap.ROWS / 2;
            departement[i] = isNorth ? DemoTerritory.NORTH : DemoTerritory.SOUTH;
            code[i] = departement[i] + String.format("%03d", isNorth ? ++north : ++south);
        }
    }

    void name(DemoNames names) {
        name[0] = DemoNames.FIRST_COMMUNE;
        for (int i = 1; i < name.length; i++) {
            name[i] = names.commune();
        }
        for (int g = 0; g < epciPlace.length; g++) {
            epciPlace[g] = names.place();
        }
    }

    void populate(Random random) {
        List<Integer> order = shuffled(IntStream.range(0, cells.size()).boxed().toList(), random);
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            size[i] = rank < DemoTerritory.TOWNS ? DemoPopulation.Size.TOWN
                    : rank < DemoTerritory.TOWNS + DemoTerritory.BOURGS ? DemoPopulation.Size.BOURG
                    : DemoPopulation.Size.VILLAGE;
            population[i] = DemoPopulation.total(size[i], random);
        }
    }

    void groupIntoEpcis(Random random) {
        epci = new int[cells.size()];
        int offset = 0;
        for (String dep : List.of(DemoTerritory.NORTH, DemoTerritory.SOUTH)) {
            List<Integer> members = inDepartement(dep);
            int[] groups = DemoGrouping.group(cells, neighbours, members, DemoTerritory.EPCI_PER_DEPARTEMENT, random);
            for (int i : members) {
                epci[i] = offset + groups[i];
            }
            offset += DemoTerritory.EPCI_PER_DEPARTEMENT;
        }
    }

    /** Picks two neighbouring villages of the same 9A EPCI; the second is absorbed by the first. */
    void mergeOneCommune(Random random) {
        for (int candidate : shuffled(inDepartement(DemoTerritory.NORTH), random)) {
            if (candidate == 0 || size[candidate] != DemoPopulation.Size.VILLAGE) {
                continue; // commune 0 keeps its fixed name as a current commune for search tests
            }
            for (int next : neighbours.get(candidate)) {
                if (next != 0 && epci[next] == epci[candidate] && size[next] == DemoPopulation.Size.VILLAGE) {
                    parent = candidate;
                    absorbed = next;
                    return;
                }
            }
        }
        throw new IllegalStateException("no pair of neighbouring villages to merge");
    }

    void dropChefsLieux(Random random) {
        List<Integer> villages = IntStream.range(0, cells.size())
                .filter(i -> size[i] == DemoPopulation.Size.VILLAGE && i != parent && i != absorbed)
                .boxed().toList();
        for (int i : shuffled(villages, random).subList(0, DemoTerritory.WITHOUT_CHEF_LIEU)) {
            hasChefLieu[i] = false;
        }
    }

    void splitByAge(Random random) {
        for (int i = 0; i < cells.size(); i++) {
            if (i != absorbed) {
                bands[i] = DemoPopulation.bands(currentPopulation(i), random);
            }
        }
    }

    /** Population of cell {@code i} as a current commune: the parent counts the absorbed village. */
    int currentPopulation(int i) {
        return population[i] + (i == parent ? population[absorbed] : 0);
    }

    private List<Integer> inDepartement(String dep) {
        return IntStream.range(0, cells.size()).filter(i -> departement[i].equals(dep)).boxed().toList();
    }

    private static List<Integer> shuffled(List<Integer> indices, Random random) {
        List<Integer> copy = new ArrayList<>(indices);
        Collections.shuffle(copy, random);
        return copy;
    }
}
