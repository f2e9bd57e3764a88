package fr.oasis.structure;

import fr.oasis.importer.TerritoryInputs;
import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CogDepartement;
import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.record.CogRegion;
import fr.oasis.territory.record.CommuneShape;
import fr.oasis.territory.record.PopulationByAge;
import fr.oasis.territory.record.ReferencePoint;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A four-commune territory with INSEE-shaped codes (the BPE reader accepts only those), small
 * enough to check by eye:
 * <pre>
 *   lat 48.2 +-----------+-----------+
 *            |  55001    |  54001    |     55001 + 55002 = EPCI 200000001 (dép. 55)
 *   lat 48.1 +-----+-----+-----------+     54001 + 54002 = EPCI 200000002 (dép. 54)
 *            |55002|55003|  54002    |     55003 is a former code merged into 55002
 *   lat 48.0 +-----+-----+-----------+
 *          lon 5.0  5.05  5.1        5.2
 * </pre>
 */
final class StructureTerritory {
    private StructureTerritory() {
    }

    static TerritoryInputs inputs() {
        return new TerritoryInputs(
                List.of(new CogRegion("44", "Région test", "regions#1")),
                List.of(new CogDepartement("55", "Meuse test", "44", "deps#1"),
                        new CogDepartement("54", "Meurthe test", "44", "deps#2")),
                List.of(commune("55001", "Ouestville", "55", 500, List.of()),
                        commune("55002", "Val-Fusion", "55", 90, List.of("55003")),
                        new CogCommune("55003", "Ancienne", CogCommune.Type.DELEGATED, "55", "44", "55002", null,
                                List.of(), "t#55003"),
                        commune("54001", "Estbourg", "54", 1200, List.of()),
                        commune("54002", "Hameau", "54", 10, List.of())),
                List.of(new CogEpci("200000001", "CC Ouest", "CC", List.of("55001", "55002"), "epci#1"),
                        new CogEpci("200000002", "CC Est", "CC", List.of("54001", "54002"), "epci#2")),
                List.of(shape("55001", "POLYGON((5.0 48.1, 5.1 48.1, 5.1 48.2, 5.0 48.2, 5.0 48.1))"),
                        shape("55002", "POLYGON((5.0 48.0, 5.05 48.0, 5.05 48.1, 5.0 48.1, 5.0 48.0))"),
                        shape("55003", "POLYGON((5.05 48.0, 5.1 48.0, 5.1 48.1, 5.05 48.1, 5.05 48.0))"),
                        shape("54001", "POLYGON((5.1 48.1, 5.2 48.1, 5.2 48.2, 5.1 48.2, 5.1 48.1))"),
                        shape("54002", "POLYGON((5.1 48.0, 5.2 48.0, 5.2 48.1, 5.1 48.1, 5.1 48.0))")),
                List.of(new ReferencePoint("55001", 5.05, 48.15, "chef_lieu_carto", "points#1"),
                        new ReferencePoint("55002", 5.05, 48.05, "chef_lieu_carto", "points#2"),
                        new ReferencePoint("54001", 5.15, 48.15, "chef_lieu_carto", "points#3"),
                        new ReferencePoint("54002", 5.15, 48.05, "chef_lieu_carto", "points#4")),
                List.<PopulationByAge>of(),
                2026, "COG test", 2018, "contours test", 2021, "recensement test", false, "structures");
    }

    private static CogCommune commune(String code, String name, String dep, int population, List<String> former) {
        return new CogCommune(code, name, CogCommune.Type.CURRENT, dep, "44", null, population, former, "t#" + code);
    }

    private static CommuneShape shape(String code, String wkt) {
        try {
            Geometry g = new WKTReader().read(wkt);
            g.setSRID(4326);
            return new CommuneShape(code, code, g, null, null, null, "structures.geojson#feature " + code);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
