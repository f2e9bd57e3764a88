package fr.oasis.support;

import fr.oasis.demo.DemoLoader;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;

/**
 * Whether the test database holds the demonstration territory. The Spring contexts of one test
 * JVM share the in-memory database, and another test may have replaced the demonstration with its
 * own territory: tests that read the demonstration check first and load it again when needed.
 */
public final class DemoInDatabase {
    private DemoInDatabase() {
    }

    /** The demonstration's first commune under its name, and more than 100 communes stored. */
    public static boolean territoryPresent(TerritoryQueries territories) {
        return territories.find(TerritoryLevel.COMMUNE, "9A001").map(TerritoryView.Detail::name)
                .filter("Saint-Éloi-sur-Mance"::equals).isPresent() && territories.summary().get("commune") > 100;
    }

    /** Loads the demonstration unless its territory is there. */
    public static void ensureTerritory(DemoLoader demo, TerritoryQueries territories) {
        if (!territoryPresent(territories)) {
            demo.load();
        }
    }
}
