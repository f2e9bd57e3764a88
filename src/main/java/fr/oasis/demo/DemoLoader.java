package fr.oasis.demo;

import fr.oasis.accessibility.RoadNetworkView;
import fr.oasis.importer.ImportReport;
import fr.oasis.importer.NetworkImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.territory.TerritoryQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the generated demonstration territory through the regular import path when the database
 * holds no territory, so a first start shows something (labelled "données de démonstration"):
 * territories, then the demonstration road network, then practitioners, so that the indicators
 * are computed once, by road.
 */
@Component
public class DemoLoader {
    static final long SEED = 20_26L;
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    private final TerritoryImportService imports;
    private final PractitionerImportService practitioners;
    private final NetworkImportService networks;
    private final TerritoryQueries territories;
    private final boolean loadWhenEmpty;
    private final InitialLoad state;

    DemoLoader(TerritoryImportService imports, PractitionerImportService practitioners, NetworkImportService networks,
               TerritoryQueries territories, @Value("${oasis.demo.load-when-empty:true}") boolean loadWhenEmpty,
               InitialLoad state) {
        this.state = state;
        this.imports = imports;
        this.practitioners = practitioners;
        this.networks = networks;
        this.territories = territories;
        this.loadWhenEmpty = loadWhenEmpty;
    }

    /** @return true when the demonstration territory was loaded now */
    public boolean loadIfEmpty() {
        if (!loadWhenEmpty || territories.summary().get("commune") > 0) {
            return false;
        }
        state.demoLoading(true);
        try {
            load();
        } finally {
            state.demoLoading(false);
        }
        return true;
    }

    public ImportReport load() {
        DemoTerritory territory = DemoTerritory.generate(SEED);
        ImportReport report = imports.importTerritories(DemoInputs.of(territory), "system",
                "demonstration territory (seed " + SEED + ")");
        report.absorb(networks.importNetwork(DemoRoads.build(territory),
                new RoadNetworkView.New(DemoRoads.LABEL, "demo", DemoTerritory.COG_VINTAGE, true), "system"));
        report.absorb(practitioners.importPractitioners(DemoPractitioners.generate(territory, SEED),
                new PractitionerVintageView.New("Oasis, praticiens fictifs (" + DemoTerritory.SOURCE + ")",
                        "demo", DemoTerritory.COG_VINTAGE, true, false), "system"));
        LOG.info("Loaded the demonstration territory:\n{}", report.summary());
        return report;
    }
}
