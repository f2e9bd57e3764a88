package fr.oasis.importer;

import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CogDepartement;
import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.record.CogRegion;
import fr.oasis.territory.record.CommuneShape;
import fr.oasis.territory.record.PopulationByAge;
import fr.oasis.territory.record.ReferencePoint;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A hand-made territory small enough to check by eye:
 * <pre>
 *   lat 48.2 +-----------+-----------+
 *            |  9A001    |  9B001    |     9A001 + 9A002 = EPCI 999000001 (dép. 9A)
 *   lat 48.1 +-----+-----+-----------+     9B001 + 9B002 = EPCI 999000002 (dép. 9B)
 *            |9A002|9A003|  9B002    |     9A003 is an OLD code merged into 9A002 (anciensCodes)
 *   lat 48.0 +-----+-----+-----------+
 *          lon 5.0  5.05  5.1        5.2
 * </pre>
 * Each square cell is 0.1° × 0.1° (about 7.4 km × 11.1 km at this latitude).
 */
public final class TinyTerritory {
    static final String ORIGIN = "tiny.json#object ";

    private TinyTerritory() {
    }

    public static TerritoryInputs inputs() {
        return inputs(communes());
    }

    public static TerritoryInputs inputs(List<CogCommune> communes) {
        return new TerritoryInputs(
                List.of(new CogRegion("99", "Région test", "regions#1")),
                List.of(new CogDepartement("9A", "Département A", "99", "deps#1"),
                        new CogDepartement("9B", "Département B", "99", "deps#2")),
                communes,
                List.of(new CogEpci("999000001", "CC de l'Ouest", "CC", List.of("9A001", "9A002"), "epci#1"),
                        new CogEpci("999000002", "CC de l'Est", "CC", List.of("9B001", "9B002", "9C999"), "epci#2")),
                List.of(shape("9A001", "POLYGON((5.0 48.1, 5.1 48.1, 5.1 48.2, 5.0 48.2, 5.0 48.1))"),
                        shape("9A002", "POLYGON((5.0 48.0, 5.05 48.0, 5.05 48.1, 5.0 48.1, 5.0 48.0))"),
                        shape("9A003", "POLYGON((5.05 48.0, 5.1 48.0, 5.1 48.1, 5.05 48.1, 5.05 48.0))"),
                        shape("9B001", "POLYGON((5.1 48.1, 5.2 48.1, 5.2 48.2, 5.1 48.2, 5.1 48.1))"),
                        shape("9B002", "POLYGON((5.1 48.0, 5.2 48.0, 5.2 48.1, 5.1 48.1, 5.1 48.0))")),
                List.of(new ReferencePoint("9A001", 5.05, 48.15, "chef_lieu_carto", "points#1"),
                        new ReferencePoint("9B001", 5.15, 48.15, "chef_lieu_carto", "points#2"),
                        new ReferencePoint("9B002", 5.15, 48.05, "chef_lieu_carto", "points#3")),
                List.of(new PopulationByAge("9A001", 2021, new double[] {100, 80, 90, 110, 70, 50}, "census#1"),
                        new PopulationByAge("9A002", 2021, new double[] {10, 10, 10, 10, 10, 10}, "census#2"),
                        new PopulationByAge("9A003", 2021, new double[] {5, 5, 5, 5, 5, 5}, "census#3")),
                2026, "COG test", 2018, "contours test", 2021, "recensement test", false, "tiny");
    }

    public static List<CogCommune> communes() {
        List<CogCommune> communes = new ArrayList<>();
        communes.add(commune("9A001", "Épinal-sur-Test", "9A", 500));
        communes.add(new CogCommune("9A002", "Val-d'Œuvre", CogCommune.Type.CURRENT, "9A", "99", null, 90,
                List.of("9A003"), ORIGIN + 2));
        communes.add(new CogCommune("9A003", "Ancienne", CogCommune.Type.DELEGATED, "9A", "99", "9A002", null,
                List.of(), ORIGIN + 3));
        communes.add(commune("9B001", "Bourg-Est", "9B", 1200));
        communes.add(commune("9B002", "Hameau <b>Sud</b>", "9B", 0));
        return communes;
    }

    static CogCommune commune(String code, String name, String dep, Integer population) {
        return new CogCommune(code, name, CogCommune.Type.CURRENT, dep, "99", null, population, List.of(),
                ORIGIN + code);
    }

    private static CommuneShape shape(String code, String wkt) {
        try {
            Geometry g = new WKTReader().read(wkt);
            g.setSRID(4326);
            return new CommuneShape(code, code, g, null, null, null, "tiny.geojson#feature " + code);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
