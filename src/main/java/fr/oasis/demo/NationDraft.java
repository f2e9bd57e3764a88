package fr.oasis.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The national demonstration while {@link DemoNation} draws it: arrays indexed like the cells.
 * Populations and names are drawn here, in cell order, from the generation's {@link Random}.
 * Not thread-safe: confined to one generation.
 */
final class NationDraft {
    final List<DemoMap.Cell> cells;
    final DemoScale scale;
    int[] departementSeeds;
    int[] departement;
    int[] regionOfDepartement;
    int[] epci;
    boolean[] epciSeed;
    final List<Integer> epciDepartement = new ArrayList<>();
    int[] population;
    double[][] bands;
    String[] name;
    String[] regionName;
    String[] departementName;
    String[] epciPlace;

    NationDraft(List<DemoMap.Cell> cells, DemoScale scale) {
        this.cells = cells;
        this.scale = scale;
    }

    void populate(Random random) {
        int n = cells.size();
        population = new int[n];
        bands = new double[n][];
        Set<Integer> cities = new LinkedHashSet<>();
        for (int s : departementSeeds) {
            cities.add(s);
        }
        for (int i = 0; i < n; i++) {
            population[i] = cities.contains(i) ? DemoPopulation.city(random)
                    : epciSeed[i] ? DemoPopulation.total(DemoPopulation.Size.TOWN, random)
                    : random.nextDouble() < DemoNation.BOURG_SHARE ? DemoPopulation.total(DemoPopulation.Size.BOURG, random)
                    : DemoPopulation.total(DemoPopulation.Size.VILLAGE, random);
        }
        for (int i = 0; i < n; i++) {
            bands[i] = DemoPopulation.bands(population[i], random);
        }
    }

    void name(Random random) {
        DemoNames places = new DemoNames(random);
        regionName = new String[scale.regions()];
        departementName = new String[scale.departements()];
        for (int r = 0; r < regionName.length; r++) {
            regionName[r] = "Région démo " + DemoNames.de(places.place());
        }
        for (int dep = 0; dep < departementName.length; dep++) {
            departementName[dep] = "Département démo " + DemoNames.de(places.place());
        }
        name = new String[cells.size()];
        epciPlace = new String[epciDepartement.size()];
        for (int dep = 0; dep < departementName.length; dep++) {
            DemoNames names = new DemoNames(random);
            for (int i = 0; i < name.length; i++) {
                if (departement[i] == dep) {
                    name[i] = names.commune();
                }
            }
            for (int g = 0; g < epciPlace.length; g++) {
                if (epciDepartement.get(g) == dep) {
                    epciPlace[g] = names.place();
                }
            }
        }
    }
}
