package fr.oasis.demo;

import fr.oasis.importer.TerritoryInputs;

/** The demonstration territory as import inputs: every provenance label says it is demo data. */
final class DemoInputs {
    private DemoInputs() {
    }

    static TerritoryInputs of(DemoTerritory demo) {
        return new TerritoryInputs(demo.regions(), demo.departements(), demo.communes(), demo.epcis(),
                demo.shapes(), demo.points(), demo.populations(),
                DemoTerritory.COG_VINTAGE, "Oasis, territoire fictif (" + DemoTerritory.SOURCE + ")",
                DemoTerritory.COG_VINTAGE, "Oasis (" + DemoTerritory.SOURCE + ")",
                DemoTerritory.CENSUS_YEAR, "Oasis, population fictive (" + DemoTerritory.SOURCE + ")",
                true, DemoTerritory.SOURCE);
    }
}
