package fr.oasis.demo;

import fr.oasis.accessibility.RoadNetworkView;
import fr.oasis.importer.ImportReport;
import fr.oasis.importer.NetworkImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.territory.TerritoryQueries;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the generated demonstration territory through the regular import path when the database
 * holds no territory, so a first start shows something (labelled "données de démonstration"):
 * territories, then the demonstration road network, then practitioners, so that the indicators
 * are computed by road; at the default scale an earlier practitioner vintage comes first
 * ({@link DemoEarlierVintage}), so the evolution page has two vintages of one travel model.
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
    private final DemoScale scale;
    private final fr.oasis.contract.ContractCatalogue contracts;
    private final fr.oasis.outreach.OutreachCatalogue services;
    private final InitialLoad state;
    private final fr.oasis.importer.StructureImportService structures;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final fr.oasis.territory.GroupingStore groupings;

    /** @throws IllegalArgumentException when {@code oasis.demo.scale} is not a known scale */
    DemoLoader(TerritoryImportService imports, PractitionerImportService practitioners, NetworkImportService networks,
               TerritoryQueries territories, @Value("${oasis.demo.load-when-empty:true}") boolean loadWhenEmpty,
               @Value("${oasis.demo.scale:default}") String scale,
               fr.oasis.contract.ContractCatalogue contracts, fr.oasis.outreach.OutreachCatalogue services,
               InitialLoad state, fr.oasis.importer.StructureImportService structures,
               org.springframework.context.ApplicationEventPublisher events, fr.oasis.territory.GroupingStore groupings) {
        this.groupings = groupings;
        this.structures = structures;
        this.scale = DemoScale.parse(scale);
        this.events = events;
        this.contracts = contracts;
        this.services = services;
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

    /**
     * Generates and imports the demonstration of the configured scale. Each step's wall time is
     * logged ("Demonstration (france) step ... in N ms"; the network and practitioner imports
     * include the recomputation of the indicators they trigger), which {@code bench/france-bench.sh} reads.
     */
    public ImportReport load() {
        long t0 = System.nanoTime();
        DemoTerritory territory = DemoTerritory.generate(SEED, scale);
        long t1 = step("generation", t0);
        ImportReport report = imports.importTerritories(DemoInputs.of(territory), "system",
                "demonstration territory (" + scale.key() + ", seed " + SEED + ")");
        long t2 = step("territory import", t1);
        report.absorb(networks.importNetwork(DemoRoads.build(territory, scale),
                new RoadNetworkView.New(DemoRoads.LABEL, "demo", DemoTerritory.COG_VINTAGE, true), "system"));
        long t3 = step("road network import", t2);
        List<fr.oasis.importer.record.PractitionerRecord> current = scale.isDefault()
                ? DemoPractitioners.generate(territory, SEED) : DemoPractitioners.generate(territory, SEED, scale.practitioners());
        String source = "Oasis, praticiens fictifs (" + DemoTerritory.SOURCE + ")";
        if (scale.isDefault()) {
            // An earlier vintage first (the latest imported is the one shown), so the evolution page has two.
            report.absorb(practitioners.importPractitioners(DemoEarlierVintage.generate(territory, current, SEED),
                    new PractitionerVintageView.New(source, "demo",
                            DemoTerritory.COG_VINTAGE - DemoEarlierVintage.YEARS_BEFORE, true, false), "system"));
        }
        report.absorb(practitioners.importPractitioners(current,
                new PractitionerVintageView.New(source, "demo", DemoTerritory.COG_VINTAGE, true, false), "system"));
        long t4 = step("practitioner import and APL recompute", t3);
        if (scale.isDefault()) {
            report.absorb(structures.importStructures(DemoStructures.inputs(territory), "system"));
            step("care structure import", t4);
        }
        loadHealthAction(territory, report);
        LOG.info("Loaded the demonstration territory ({}) in {} ms:\n{}", scale.key(),
                (System.nanoTime() - t0) / 1_000_000, report.summary());
        return report;
    }

    private long step(String what, long since) {
        long now = System.nanoTime();
        LOG.info("Demonstration ({}) step {} in {} ms", scale.key(), what, (now - since) / 1_000_000);
        return now;
    }

    /**
     * The demonstration CLS (its perimeter a grouping of level {@code cls} stored through
     * {@code GroupingStore}, the contract through the contract service, as the system
     * administrator) and its services (through the CSV import), replacing an earlier
     * demonstration contract.
     */
    private void loadHealthAction(DemoTerritory territory, ImportReport report) {
        org.springframework.security.core.Authentication system =
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("system", null,
                        java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                "ROLE_ADMIN")));
        fr.oasis.territory.GroupingRecord perimeter = DemoHealthAction.grouping(territory);
        groupings.save(perimeter, territories.find(perimeter.type(), perimeter.code()).isPresent() ? perimeter.code() : null);
        fr.oasis.contract.Contract cls = DemoHealthAction.contract(territory);
        contracts.all().stream().filter(c -> c.demo() && c.name().equals(cls.name()))
                .forEach(c -> contracts.delete(c.id(), system));
        contracts.create(cls, system);
        report.count("demonstration contracts", 1);
        java.nio.file.Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("oasis-demo-services");
            java.util.List<fr.oasis.outreach.ServiceRow> rows = new java.util.ArrayList<>();
            for (java.nio.file.Path file : DemoHealthAction.serviceFiles(territory, dir)) {
                rows.addAll(new fr.oasis.importer.source.ServiceCsvReader().read(file).records());
            }
            fr.oasis.outreach.Outreach.Catalogue stored = services.importRows(rows, DemoHealthAction.SERVICE_SOURCE,
                    true);
            report.count("demonstration services", stored.size());
            // After the commit: the APL follows when mobile units count as supply (oasis.services.mobile-supply).
            events.publishEvent(new fr.oasis.provenance.ImportCompleted(fr.oasis.provenance.DataKind.SERVICES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the demonstration services", e);
        } finally {
            if (dir != null) {
                try (var files = java.nio.file.Files.list(dir)) {
                    for (java.nio.file.Path f : files.toList()) {
                        java.nio.file.Files.deleteIfExists(f);
                    }
                    java.nio.file.Files.deleteIfExists(dir);
                } catch (java.io.IOException e) {
                    LOG.warn("Cannot delete the temporary folder {}", dir);
                }
            }
        }
    }
}
