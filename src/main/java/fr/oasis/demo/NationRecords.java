package fr.oasis.demo;

import fr.oasis.territory.geo.MultiPolygons;
import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CogDepartement;
import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.record.CogRegion;
import fr.oasis.territory.record.CommuneShape;
import fr.oasis.territory.record.PopulationByAge;
import fr.oasis.territory.record.ReferencePoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link NationDraft} into the import records, every origin saying
 * "données de démonstration". Every commune is current and has its chef-lieu at its site.
 * Stateless.
 */
final class NationRecords {
    /** The largest number of communes a département may hold with three-digit commune codes. */
    static final int CODES_PER_DEPARTEMENT = 999;

    private NationRecords() {
    }

    static DemoTerritory assemble(NationDraft d) {
        int n = d.cells.size();
        String[] code = new String[n];
        int[] numbered = new int[d.scale.departements()];
        for (int i = 0; i < n; i++) {
            int number = ++numbered[d.departement[i]];
            if (number > CODES_PER_DEPARTEMENT) {
                throw new IllegalStateException("demonstration département " + departementCode(d.departement[i])
                        + " has more than " + CODES_PER_DEPARTEMENT + " communes");
            }
            code[i] = departementCode(d.departement[i]) + String.format("%03d", number);
        }
        List<CogCommune> communes = new ArrayList<>(n);
        List<CommuneShape> shapes = new ArrayList<>(n);
        List<ReferencePoint> points = new ArrayList<>(n);
        List<PopulationByAge> populations = new ArrayList<>(n);
        List<List<String>> members = new ArrayList<>();
        d.epciDepartement.forEach(dep -> members.add(new ArrayList<>()));
        for (int i = 0; i < n; i++) {
            String origin = DemoTerritory.SOURCE + "#commune " + code[i];
            String dep = departementCode(d.departement[i]);
            String region = regionCode(d.regionOfDepartement[d.departement[i]]);
            shapes.add(new CommuneShape(code[i], d.name[i], MultiPolygons.of(d.cells.get(i).contour()),
                    epciCode(d.epci[i]), dep, region, origin));
            communes.add(new CogCommune(code[i], d.name[i], CogCommune.Type.CURRENT, dep, region, null,
                    d.population[i], List.of(), origin));
            populations.add(new PopulationByAge(code[i], DemoTerritory.CENSUS_YEAR, d.bands[i], origin));
            points.add(new ReferencePoint(code[i], d.cells.get(i).site().x, d.cells.get(i).site().y,
                    DemoTerritory.SOURCE, origin));
            members.get(d.epci[i]).add(code[i]);
        }
        List<CogRegion> regions = new ArrayList<>();
        for (int r = 0; r < d.regionName.length; r++) {
            regions.add(new CogRegion(regionCode(r), d.regionName[r], DemoTerritory.SOURCE));
        }
        List<CogDepartement> departements = new ArrayList<>();
        for (int dep = 0; dep < d.departementName.length; dep++) {
            departements.add(new CogDepartement(departementCode(dep), d.departementName[dep],
                    regionCode(d.regionOfDepartement[dep]), DemoTerritory.SOURCE));
        }
        return new DemoTerritory(regions, departements, communes, epcis(d, code, members), shapes, points,
                populations);
    }

    /** An EPCI is named after its largest commune when it has 10,000 inhabitants or more. */
    private static List<CogEpci> epcis(NationDraft d, String[] code, List<List<String>> members) {
        int[] largest = new int[members.size()];
        java.util.Arrays.fill(largest, -1);
        for (int i = 0; i < code.length; i++) {
            int g = d.epci[i];
            if (largest[g] < 0 || d.population[i] > d.population[largest[g]]) {
                largest[g] = i;
            }
        }
        List<CogEpci> epcis = new ArrayList<>();
        for (int g = 0; g < members.size(); g++) {
            boolean agglomeration = d.population[largest[g]] >= DemoTerritory.AGGLOMERATION;
            String name = agglomeration ? "Communauté d'agglomération " + DemoNames.de(d.name[largest[g]])
                    : "Communauté de communes du Pays " + DemoNames.de(d.epciPlace[g]);
            epcis.add(new CogEpci(epciCode(g), name, agglomeration ? "CA" : "CC", members.get(g),
                    DemoTerritory.SOURCE + "#epci " + epciCode(g)));
        }
        return epcis;
    }

    static String regionCode(int region) {
        return String.format("R%02d", region + 1);
    }

    /** Two letters, {@code AA} to {@code ZZ}: no real département code is made of letters only. */
    static String departementCode(int departement) {
        return "" + (char) ('A' + departement / 26) + (char) ('A' + departement % 26);
    }

    static String epciCode(int epci) {
        return String.format("998%06d", epci + 1);
    }
}
