package fr.oasis.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CogDepartement;
import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.record.CogRegion;
import fr.oasis.territory.record.CommuneShape;
import fr.oasis.territory.record.PopulationByAge;
import fr.oasis.territory.record.ReferencePoint;
import fr.oasis.territory.geo.MultiPolygons;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A synthetic, clearly fictional territory that exercises the whole application without real
 * data: région {@code 99} "Région de démonstration", départements {@code 9A} (north) and
 * {@code 9B} (south), 120 commune contours forming a clean coverage, {@value #EPCI_PER_DEPARTEMENT}
 * EPCI per département, chefs-lieux and population by age band.
 * <p>
 * Like real data, the contours lag the COG by one vintage: on 1 January {@value #COG_VINTAGE}
 * one commune of 9A absorbed a neighbour, which lives on as a delegated commune, so the demo
 * goes through the same vintage reconciliation as the real files (119 current communes).
 * Two communes have no chef-lieu, so the interior-point fallback is exercised too.
 * <p>
 * <b>Determinism.</b> Everything is drawn from one {@link Random} seeded by the caller, in a
 * fixed order: the same seed gives equal records on every run and JVM. New draws must be added
 * after the existing ones, or every demo output changes.
 * <p>
 * Thread-safety: {@link #generate} is stateless and may be called concurrently.
 */
public record DemoTerritory(List<CogRegion> regions, List<CogDepartement> departements,
                            List<CogCommune> communes, List<CogEpci> epcis, List<CommuneShape> shapes,
                            List<ReferencePoint> points, List<PopulationByAge> populations) {

    public static final int COG_VINTAGE = 2026;
    public static final int CENSUS_YEAR = 2022;
    public static final String SOURCE = "données de démonstration";
    public static final String REGION_CODE = "99";
    public static final String NORTH = "9A";
    public static final String SOUTH = "9B";
    public static final int EPCI_PER_DEPARTEMENT = 4;

    static final int TOWNS = 5;
    static final int BOURGS = 10;
    static final int WITHOUT_CHEF_LIEU = 2;
    /** Population of the largest town from which an EPCI is a (fictional) agglomération. */
    static final int AGGLOMERATION = 10_000;
    private static final int WGS84 = 4326;

    public DemoTerritory {
        regions = List.copyOf(regions);
        departements = List.copyOf(departements);
        communes = List.copyOf(communes);
        epcis = List.copyOf(epcis);
        shapes = List.copyOf(shapes);
        points = List.copyOf(points);
        populations = List.copyOf(populations);
    }

    /** Generates the demonstration territory for {@code seed}; equal seeds give equal territories. */
    public static DemoTerritory generate(long seed) {
        Random random = new Random(seed);
        List<DemoMap.Cell> cells = DemoMap.draw(random, new GeometryFactory(new PrecisionModel(), WGS84));
        DemoDraft draft = new DemoDraft(cells, DemoMap.neighbours(cells));
        draft.name(new DemoNames(random));
        draft.populate(random);
        draft.groupIntoEpcis(random);
        draft.mergeOneCommune(random);
        draft.dropChefsLieux(random);
        draft.splitByAge(random);
        // Extension point: demonstration practitioners (liberal GPs, nurses, ... placed at
        // chefs-lieux, with ages skewed old in villages) will be drawn here, after every draw
        // above, so that adding them leaves the existing records unchanged for a given seed.
        return assemble(draft);
    }

    /**
     * Generates the demonstration territory of {@code scale} for {@code seed}: the small one of
     * {@link #generate(long)} for {@link DemoScale#DEFAULT}, else a national one ({@link DemoNation}).
     */
    public static DemoTerritory generate(long seed, DemoScale scale) {
        return scale.isDefault() ? generate(seed) : DemoNation.generate(seed, scale);
    }

    private static DemoTerritory assemble(DemoDraft d) {
        List<CogCommune> communes = new ArrayList<>();
        List<CommuneShape> shapes = new ArrayList<>();
        List<ReferencePoint> points = new ArrayList<>();
        List<PopulationByAge> populations = new ArrayList<>();
        for (int i = 0; i < d.cells.size(); i++) {
            String origin = SOURCE + "#commune " + d.code[i];
            shapes.add(new CommuneShape(d.code[i], d.name[i], MultiPolygons.of(d.cells.get(i).contour()),
                    epciCode(d.epci[i]), d.departement[i], REGION_CODE, origin));
            if (i == d.absorbed) {
                continue;
            }
            int population = d.currentPopulation(i);
            List<String> former = i == d.parent ? List.of(d.code[d.absorbed]) : List.of();
            communes.add(new CogCommune(d.code[i], d.name[i], CogCommune.Type.CURRENT, d.departement[i],
                    REGION_CODE, null, population, former, origin));
            populations.add(new PopulationByAge(d.code[i], CENSUS_YEAR, d.bands[i], origin));
            if (d.hasChefLieu[i]) {
                points.add(new ReferencePoint(d.code[i], d.cells.get(i).site().x, d.cells.get(i).site().y, SOURCE,
                        origin));
            }
        }
        // The commune nouvelle kept the parent's code: both former communes are now delegated.
        for (int i : new int[] {d.parent, d.absorbed}) {
            communes.add(new CogCommune(d.code[i], d.name[i], CogCommune.Type.DELEGATED, d.departement[i],
                    REGION_CODE, d.code[d.parent], null, List.of(), SOURCE + "#commune déléguée " + d.code[i]));
        }
        return new DemoTerritory(
                List.of(new CogRegion(REGION_CODE, "Région de démonstration", SOURCE)),
                List.of(new CogDepartement(NORTH, "Département démo Nord", REGION_CODE, SOURCE),
                        new CogDepartement(SOUTH, "Département démo Sud", REGION_CODE, SOURCE)),
                communes, epcis(d), shapes, points, populations);
    }

    private static List<CogEpci> epcis(DemoDraft d) {
        List<CogEpci> epcis = new ArrayList<>();
        for (int g = 0; g < 2 * EPCI_PER_DEPARTEMENT; g++) {
            int group = g;
            List<Integer> members = IntStream.range(0, d.cells.size())
                    .filter(i -> d.epci[i] == group && i != d.absorbed).boxed().toList();
            // An EPCI around a town of AGGLOMERATION inhabitants or more is named after it.
            int largest = Collections.max(members, (a, b) -> Integer.compare(d.population[a], d.population[b]));
            boolean agglomeration = d.population[largest] >= AGGLOMERATION;
            String name = agglomeration ? "Communauté d'agglomération " + DemoNames.de(d.name[largest])
                    : "Communauté de communes du Pays " + DemoNames.de(d.epciPlace[g]);
            epcis.add(new CogEpci(epciCode(g), name, agglomeration ? "CA" : "CC",
                    members.stream().map(i -> d.code[i]).toList(), SOURCE + "#epci " + epciCode(g)));
        }
        return epcis;
    }

    private static String epciCode(int group) {
        return String.format("999%06d", group + 1);
    }
}
