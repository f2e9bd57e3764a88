package fr.oasis.importer;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.ImportManifest.Source;
import fr.oasis.importer.ImportManifest.SourceType;
import fr.oasis.importer.record.GroupingMemberRecord;
import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.importer.source.GroupingTableReader;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.importer.source.ReadResult;
import fr.oasis.importer.source.SourceReader;
import fr.oasis.accessibility.RoadNetworkView;
import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.accessibility.network.RoadNetworkFiles;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.ImportCompleted;
import fr.oasis.territory.TerritorySnapshot;
import java.nio.file.Files;
import fr.oasis.importer.source.SourceReaders;
import fr.oasis.practitioner.PractitionerVintageView;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Runs an import described by a manifest: picks a reader for each file (by type, then by what
 * the file looks like), reads everything before touching the database, then hands the records to
 * {@link TerritoryImportService}.
 */
@Service
public class ManifestImporter {
    private static final Logger LOG = LoggerFactory.getLogger(ManifestImporter.class);
    private static final SourceReaders READERS = new SourceReaders();

    private final TerritoryImportService territories;
    private final PractitionerImportService practitioners;
    private final IndicatorImportService indicators;
    private final NetworkImportService networks;
    private final ImportAudit audit;
    private final ImportLock lock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final fr.oasis.outreach.OutreachCatalogue services;
    private final StructureImportService structures;
    private final GroupingImportService groupings;
    private final AgeDistributionImportService ageDistributions;

    ManifestImporter(TerritoryImportService territories, PractitionerImportService practitioners,
                     IndicatorImportService indicators, NetworkImportService networks, ImportAudit audit,
                     ImportLock lock, TransactionTemplate transactions, ApplicationEventPublisher events,
                     fr.oasis.outreach.OutreachCatalogue services, StructureImportService structures,
                     GroupingImportService groupings,
                     AgeDistributionImportService ageDistributions) {
        this.ageDistributions = ageDistributions;
        this.services = services;
        this.structures = structures;
        this.groupings = groupings;
        this.territories = territories;
        this.practitioners = practitioners;
        this.indicators = indicators;
        this.networks = networks;
        this.audit = audit;
        this.lock = lock;
        this.transactions = transactions;
        this.events = events;
    }

    /** What a manifest brings, read and checked before the database is touched. */
    private record Prepared(TerritorySnapshot territories, List<Network> networks, List<Practitioners> practitioners,
                            List<IndicatorImportService.Input> indicators, Services services,
                            List<StructureImportService.Input> structures,
                            List<GroupingImportService.Input> groupings,
                            List<AgeDistributionImportService.Input> ageDistributions) {
        Set<DataKind> kinds() {
            Set<DataKind> kinds = EnumSet.noneOf(DataKind.class);
            if (!groupings.isEmpty()) {
                kinds.add(DataKind.GROUPINGS);
            }
            if (territories != null) {
                kinds.add(DataKind.TERRITORIES);
            }
            if (!networks.isEmpty()) {
                kinds.add(DataKind.NETWORK);
            }
            if (!practitioners.isEmpty()) {
                kinds.add(DataKind.PRACTITIONERS);
            }
            if (!indicators.isEmpty()) {
                kinds.add(DataKind.INDICATORS);
            }
            if (!structures.isEmpty()) {
                kinds.add(DataKind.STRUCTURES);
            }
            if (services != null) {
                kinds.add(DataKind.SERVICES);
            }
            return kinds;
        }
    }

    /** The lines of all {@code services} files, and the label the stored services keep. */
    private record Services(List<fr.oasis.outreach.ServiceRow> rows, String label) {
    }

    private record Network(RoadNetwork network, RoadNetworkView.New vintage) {
    }

    private record Practitioners(List<PractitionerRecord> records, PractitionerVintageView.New vintage) {
    }

    /**
     * Imports everything the manifest names, <b>all or nothing</b>: every file is read and
     * checked first (territories assembled, networks read), without touching the database; then
     * one transaction stores the territories, one road network vintage per {@code network}
     * source, one practitioner vintage per {@code practitioners} source and all
     * {@code indicators} sources together (practitioners and indicators are checked against the
     * communes this transaction has just stored). Any failure rolls everything back: the stored
     * data stay as they were. Another import running (any process) refuses this one at once
     * ({@link ImportBusyException}). After the commit the indicators are recomputed once; a
     * failure there is reported as a warning, since the data were imported.
     */
    public ImportReport run(ImportManifest manifest, String username) {
        Long run = audit.start(username, "manifest " + manifest.file().getFileName() + " (" + manifest.name() + ")");
        ImportReport report = new ImportReport();
        Prepared prepared;
        try {
            long t0 = System.nanoTime();
            prepared = prepare(manifest, report);
            report.timing("read and check", (System.nanoTime() - t0) / 1_000_000);
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            transactions.executeWithoutResult(status -> {
                lock.acquire();
                store(prepared, report);
            });
            report.timing("store (one transaction)", (System.nanoTime() - t1) / 1_000_000);
            // All threads of this process (JIT and GC included): on a shared machine, the work
            // done apart from the waiting; beside a running portal, the database's share is there.
            report.timing("store process cpu", (processCpuNanos() - cpu1) / 1_000_000);
            audit.finish(run, true, report.summary());
        } catch (RuntimeException e) {
            audit.finish(run, false, "nothing was changed: " + e.getMessage());
            throw e;
        }
        long t2 = System.nanoTime();
        if (prepared.kinds().isEmpty()) {
            return report; // e.g. an age distribution alone: nothing derived to recompute
        }
        try {
            events.publishEvent(new ImportCompleted(prepared.kinds()));
            report.timing("indicators recomputed", (System.nanoTime() - t2) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Data imported, but the indicators could not be recomputed", e);
            report.warn("the data were imported, but the indicators could not be recomputed: " + e.getMessage());
        }
        return report;
    }

    /**
     * All {@code services} files together (teleconsultation sites, mobile units, stops,
     * initiatives; see docs/services.md), read by the registry's {@code services} reader; checked
     * against the communes and each other when stored.
     */
    private static Services readServices(List<Source> sources, ImportReport report) {
        if (sources.isEmpty()) {
            return null;
        }
        List<fr.oasis.outreach.ServiceRow> rows = new ArrayList<>();
        for (Source source : sources) {
            for (Path file : source.files()) {
                SourceReader<fr.oasis.outreach.ServiceRow> reader = reader(SourceType.SERVICES, file, source.format());
                rows.addAll(reader.read(file).records());
            }
        }
        report.count("read services lines", rows.size());
        Source first = sources.get(0);
        return new Services(rows, (first.label() == null ? "services" : first.label()) + " (" + first.vintage() + ")");
    }

    /** The services replace the stored catalogue; a problem fails the manifest's transaction, so nothing changes. */
    private ImportReport storeServices(Services services) {
        try {
            fr.oasis.outreach.Outreach.Catalogue stored = this.services.importRows(services.rows(), services.label(),
                    false);
            ImportReport report = new ImportReport();
            report.count("teleconsultation sites", stored.sites().size());
            report.count("mobile units", stored.units().size());
            report.count("initiatives", stored.initiatives().size());
            return report;
        } catch (fr.oasis.outreach.InvalidServicesException e) {
            throw new ImportException(e.problems().stream().map(p -> new ImportProblem("services", "", "", p)).toList());
        }
    }

    private Prepared prepare(ImportManifest manifest, ImportReport report) {
        TerritorySnapshot snapshot = null;
        if (manifest.sources().stream().anyMatch(s -> s.type().territorial())) {
            snapshot = territories.assemble(territoryInputs(manifest, report), report);
        }
        List<Network> networkList = new ArrayList<>();
        for (Source source : manifest.sources(SourceType.NETWORK)) {
            Path path = source.files().get(0);
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            String format = Files.isDirectory(path) ? "travel-mapping-csv"
                    : name.toLowerCase(Locale.ROOT).endsWith(".osm.pbf") ? "osm-pbf" : "unknown";
            RoadNetwork network = NetworkImportService.read(() -> RoadNetworkFiles.read(path, source.speeds()), name,
                    report);
            networkList.add(new Network(network, new RoadNetworkView.New(source.label(), format, source.vintage(),
                    false)));
        }
        List<Practitioners> practitionerList = new ArrayList<>();
        for (Source source : manifest.sources(SourceType.PRACTITIONERS)) {
            practitionerList.add(readPractitioners(source, report));
        }
        List<IndicatorImportService.Input> indicatorInputs = manifest.sources(SourceType.INDICATORS).isEmpty()
                ? List.of() : readIndicators(manifest.sources(SourceType.INDICATORS), report);
        List<StructureImportService.Input> structureInputs = new ArrayList<>();
        for (Source source : manifest.sources(SourceType.CARE_STRUCTURES)) {
            structureInputs.add(readStructures(source, report));
        }
        List<AgeDistributionImportService.Input> ages = AgeDistributionImportService.read(
                manifest.sources(SourceType.AGE_DISTRIBUTION), READERS, report);
        return new Prepared(snapshot, networkList, practitionerList, indicatorInputs,
                readServices(manifest.sources(SourceType.SERVICES), report), structureInputs,
                readGroupings(manifest.sources(SourceType.GROUPINGS), report), ages);
    }

    /** Networks come before practitioners; each step joins the manifest's transaction. */
    private void store(Prepared prepared, ImportReport report) {
        if (prepared.territories() != null) {
            territories.store(prepared.territories(), report);
        }
        if (!prepared.groupings().isEmpty()) {
            // Before the indicators: a figure published per TVS needs its TVS stored.
            long t0 = System.nanoTime();
            groupings.store(prepared.groupings(), report);
            report.timing("store groupings", (System.nanoTime() - t0) / 1_000_000);
        }
        for (Network n : prepared.networks()) {
            networks.store(n.network(), n.vintage(), report);
        }
        for (Practitioners p : prepared.practitioners()) {
            practitioners.store(p.records(), p.vintage(), report);
        }
        if (!prepared.indicators().isEmpty()) {
            long t0 = System.nanoTime();
            indicators.store(prepared.indicators(), report);
            report.timing("store indicators", (System.nanoTime() - t0) / 1_000_000);
        }
        if (!prepared.ageDistributions().isEmpty()) {
            ageDistributions.store(prepared.ageDistributions(), report);
        }
        if (!prepared.structures().isEmpty()) {
            structures.store(prepared.structures(), report);
        }
        if (prepared.services() != null) {
            // Checked here, against the communes this transaction may just have stored.
            report.absorb(storeServices(prepared.services()));
        }
    }

    /** CPU time of all this process's threads so far, 0 when the JVM does not tell. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private List<IndicatorImportService.Input> readIndicators(List<Source> sources, ImportReport readReport) {
        long t0 = System.nanoTime();
        List<IndicatorImportService.Input> inputs = new ArrayList<>();
        for (Source source : sources) {
            for (Path file : source.files()) {
                SourceReader<IndicatorRecord> reader = reader(SourceType.INDICATORS, file, source.format());
                ReadResult<IndicatorRecord> result = reader.read(file, source.vintage());
                readReport.count("read indicators", result.records().size());
                result.warnings().forEach(w -> readReport.warn(w.toString()));
                if (result.vintage() != null && result.vintage() != source.vintage()) {
                    // The figures keep the year they state; the manifest's vintage is only checked.
                    readReport.warn(file.getFileName() + ": data year " + result.vintage()
                            + " differs from the manifest vintage " + source.vintage());
                }
                inputs.add(new IndicatorImportService.Input(source.label(), reader.format(), result.records()));
            }
        }
        readReport.timing("read indicators", (System.nanoTime() - t0) / 1_000_000);
        return inputs;
    }

    private List<GroupingImportService.Input> readGroupings(List<Source> sources, ImportReport readReport) {
        List<GroupingImportService.Input> inputs = new ArrayList<>();
        for (Source source : sources) {
            for (Path file : source.files()) {
                SourceReader<GroupingMemberRecord> chosen = reader(SourceType.GROUPINGS, file, source.format() == null
                        ? "commune-group-table" : source.format());
                SourceReader<GroupingMemberRecord> reader = chosen instanceof GroupingTableReader table
                        ? table.withColumns(source.grouping().columns()) : chosen;
                ReadResult<GroupingMemberRecord> result = reader.read(file);
                readReport.count("read " + source.grouping().type().key() + " memberships", result.records().size());
                result.warnings().forEach(w -> readReport.warn(w.toString()));
                inputs.add(new GroupingImportService.Input(source.grouping().type(), source.vintage(), source.label(),
                        source.grouping().columns(), result.records()));
            }
        }
        return inputs;
    }

    private Practitioners readPractitioners(Source source, ImportReport readReport) {
        List<PractitionerRecord> records = new ArrayList<>();
        String format = null;
        boolean countBased = false;
        for (Path file : source.files()) {
            SourceReader<PractitionerRecord> reader = reader(SourceType.PRACTITIONERS, file, source.format());
            ReadResult<PractitionerRecord> result = reader.read(file);
            records.addAll(result.records());
            format = format == null ? reader.format() : format;
            countBased |= reader.countsOnly();
            result.warnings().forEach(w -> readReport.warn(w.toString()));
        }
        return new Practitioners(records,
                new PractitionerVintageView.New(source.label(), format, source.vintage(), false, countBased));
    }

    /**
     * A {@code care-structures} source: BPE counts (the six BPE types, all replaced) or FINESS
     * hospitals; the millésime is the manifest's, checked against the one the file states.
     */
    private StructureImportService.Input readStructures(Source source, ImportReport readReport) {
        List<fr.oasis.structure.StructureRecord> records = new ArrayList<>();
        Set<fr.oasis.structure.StructureType> types = EnumSet.noneOf(fr.oasis.structure.StructureType.class);
        for (Path file : source.files()) {
            SourceReader<fr.oasis.structure.StructureRecord> reader = reader(SourceType.CARE_STRUCTURES, file,
                    source.format());
            ReadResult<fr.oasis.structure.StructureRecord> result = reader.read(file);
            records.addAll(result.records());
            for (fr.oasis.structure.StructureType t : fr.oasis.structure.StructureType.values()) {
                if (t.countedByCommune() == reader.format().startsWith("insee-bpe")) {
                    types.add(t);
                }
            }
            readReport.count("read care structure records", result.records().size());
            result.warnings().forEach(w -> readReport.warn(w.toString()));
            if (result.vintage() != null && result.vintage() != source.vintage()) {
                readReport.warn(file.getFileName() + ": data year " + result.vintage()
                        + " differs from the manifest vintage " + source.vintage());
            }
        }
        String label = source.label() == null ? "care structures" : source.label();
        return new StructureImportService.Input(label, source.vintage(), false, types, records);
    }

    private TerritoryInputs territoryInputs(ImportManifest manifest, ImportReport readReport) {
        long t0 = System.nanoTime();
        TerritoryInputs inputs = new TerritoryInputs(
                read(manifest, SourceType.COG_REGIONS, readReport),
                read(manifest, SourceType.COG_DEPARTEMENTS, readReport),
                read(manifest, SourceType.COG_COMMUNES, readReport),
                read(manifest, SourceType.COG_EPCI, readReport),
                read(manifest, SourceType.COMMUNE_CONTOURS, readReport),
                read(manifest, SourceType.REFERENCE_POINTS, readReport),
                read(manifest, SourceType.POPULATION_BY_AGE, readReport),
                vintage(manifest, SourceType.COG_COMMUNES), label(manifest, SourceType.COG_COMMUNES),
                vintage(manifest, SourceType.COMMUNE_CONTOURS), label(manifest, SourceType.COMMUNE_CONTOURS),
                vintage(manifest, SourceType.POPULATION_BY_AGE), label(manifest, SourceType.POPULATION_BY_AGE),
                false, fileNames(manifest));
        readReport.timing("read", (System.nanoTime() - t0) / 1_000_000);
        return inputs;
    }

    private <T> List<T> read(ImportManifest manifest, SourceType type, ImportReport report) {
        List<T> records = new ArrayList<>();
        for (Source source : manifest.sources(type)) {
            for (Path file : source.files()) {
                SourceReader<T> reader = reader(type, file, source.format());
                ReadResult<T> result = reader.read(file);
                records.addAll(result.records());
                report.count("read " + type.key(), result.records().size());
                result.warnings().forEach(w -> report.warn(w.toString()));
            }
        }
        return records;
    }

    /** The reader the manifest names ({@code format}), otherwise the first that recognises the file. */
    private static <T> SourceReader<T> reader(SourceType type, Path file, String format) {
        return READERS.choose(type.key(), file, format);
    }

    private static int vintage(ImportManifest manifest, SourceType type) {
        return manifest.sources(type).stream().mapToInt(Source::vintage).max().orElse(0);
    }

    private static String label(ImportManifest manifest, SourceType type) {
        List<Source> sources = manifest.sources(type);
        return sources.isEmpty() ? null : sources.get(0).label();
    }

    private static String fileNames(ImportManifest manifest) {
        return manifest.sources().stream().flatMap(s -> s.files().stream())
                .map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
    }
}
