package fr.oasis.importer;

import fr.oasis.importer.ImportManifest.Source;
import fr.oasis.importer.ImportManifest.SourceType;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.importer.source.AnnuaireSanteReader;
import fr.oasis.importer.source.BpePractitionerReader;
import fr.oasis.importer.source.CensusPopulationReader;
import fr.oasis.importer.source.PractitionerCsvReader;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.importer.source.ChefLieuGeoJsonReader;
import fr.oasis.importer.source.CommuneGeoJsonReader;
import fr.oasis.importer.source.CommuneGeoPackageReader;
import fr.oasis.importer.source.DecoupageCommuneReader;
import fr.oasis.importer.source.DecoupageDepartementReader;
import fr.oasis.importer.source.DecoupageEpciReader;
import fr.oasis.importer.source.DecoupageRegionReader;
import fr.oasis.importer.source.FilosofiDispReader;
import fr.oasis.importer.source.IndicatorCsvReader;
import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.importer.source.InseeCommuneCsvReader;
import fr.oasis.importer.source.ObservatoireSeriesReader;
import fr.oasis.importer.source.ReadResult;
import fr.oasis.importer.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Runs an import described by a manifest: picks a reader for each file (by type, then by what
 * the file looks like), reads everything before touching the database, then hands the records to
 * {@link TerritoryImportService}.
 */
@Service
public class ManifestImporter {
    private static final Map<SourceType, List<SourceReader<?>>> READERS = Map.of(
            SourceType.COG_COMMUNES, List.of(new DecoupageCommuneReader(), new InseeCommuneCsvReader()),
            SourceType.COG_EPCI, List.of(new DecoupageEpciReader()),
            SourceType.COG_DEPARTEMENTS, List.of(new DecoupageDepartementReader()),
            SourceType.COG_REGIONS, List.of(new DecoupageRegionReader()),
            SourceType.COMMUNE_CONTOURS, List.of(new CommuneGeoJsonReader(), new CommuneGeoPackageReader()),
            SourceType.REFERENCE_POINTS, List.of(new ChefLieuGeoJsonReader()),
            SourceType.POPULATION_BY_AGE, List.of(new CensusPopulationReader()),
            SourceType.PRACTITIONERS, List.of(new AnnuaireSanteReader(), new PractitionerCsvReader(),
                    new BpePractitionerReader()),
            SourceType.INDICATORS, List.of(new FilosofiDispReader(), new IndicatorCsvReader(),
                    new ObservatoireSeriesReader()));

    private final TerritoryImportService territories;
    private final PractitionerImportService practitioners;
    private final IndicatorImportService indicators;
    private final NetworkImportService networks;
    private final fr.oasis.outreach.OutreachCatalogue services;

    ManifestImporter(TerritoryImportService territories, PractitionerImportService practitioners,
                     IndicatorImportService indicators, NetworkImportService networks,
                     fr.oasis.outreach.OutreachCatalogue services) {
        this.services = services;
        this.territories = territories;
        this.practitioners = practitioners;
        this.indicators = indicators;
        this.networks = networks;
    }

    /**
     * Imports the territories the manifest names (if any), then one road network vintage per
     * {@code network} source, then one practitioner vintage per {@code practitioners} source,
     * then all {@code indicators} sources together (the commune, EPCI and département files of one
     * millésime replace its figures at once). Networks come before practitioners so that a first
     * import routes once, when the indicators are first computed. Each import is its own
     * transaction: a failing network, practitioner or indicator file leaves the territories just
     * imported in place, and the previous vintages and figures too.
     */
    public ImportReport run(ImportManifest manifest, String username) {
        ImportReport report = new ImportReport();
        if (manifest.sources().stream().anyMatch(s -> s.type().territorial())) {
            report.absorb(runTerritories(manifest, username));
        }
        for (Source source : manifest.sources(SourceType.NETWORK)) {
            report.absorb(networks.importNetwork(source.files().get(0), source.speeds(), source.label(),
                    source.vintage(), username));
        }
        for (Source source : manifest.sources(SourceType.PRACTITIONERS)) {
            report.absorb(runPractitioners(source, username));
        }
        if (!manifest.sources(SourceType.INDICATORS).isEmpty()) {
            report.absorb(runIndicators(manifest.sources(SourceType.INDICATORS), username));
        }
        if (!manifest.sources(SourceType.SERVICES).isEmpty()) {
            report.absorb(runServices(manifest.sources(SourceType.SERVICES)));
        }
        return report;
    }

    /**
     * All {@code services} files together (teleconsultation sites, mobile units, stops,
     * initiatives; see docs/services.md) replace the stored catalogue, or nothing changes.
     */
    private ImportReport runServices(List<Source> sources) {
        List<Path> files = sources.stream().flatMap(s -> s.files().stream()).toList();
        String label = sources.get(0).label() == null ? "services (" + sources.get(0).vintage() + ")"
                : sources.get(0).label() + " (" + sources.get(0).vintage() + ")";
        try {
            fr.oasis.outreach.Outreach.Catalogue stored = services.importFiles(files, label, false);
            ImportReport report = new ImportReport();
            report.count("teleconsultation sites", stored.sites().size());
            report.count("mobile units", stored.units().size());
            report.count("initiatives", stored.initiatives().size());
            return report;
        } catch (fr.oasis.outreach.InvalidServicesException e) {
            throw new ImportException(e.problems().stream().map(p -> new ImportProblem("services", "", "", p)).toList());
        }
    }

    private ImportReport runIndicators(List<Source> sources, String username) {
        ImportReport readReport = new ImportReport();
        long t0 = System.nanoTime();
        List<IndicatorImportService.Input> inputs = new ArrayList<>();
        for (Source source : sources) {
            for (Path file : source.files()) {
                SourceReader<IndicatorRecord> reader = reader(SourceType.INDICATORS, file, source.format());
                ReadResult<IndicatorRecord> result = reader.read(file);
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
        ImportReport report = indicators.importIndicators(inputs, username);
        report.absorb(readReport);
        return report;
    }

    private ImportReport runPractitioners(Source source, String username) {
        ImportReport readReport = new ImportReport();
        List<PractitionerRecord> records = new ArrayList<>();
        String format = null;
        boolean countBased = false;
        for (Path file : source.files()) {
            SourceReader<PractitionerRecord> reader = reader(SourceType.PRACTITIONERS, file, source.format());
            ReadResult<PractitionerRecord> result = reader.read(file);
            records.addAll(result.records());
            format = format == null ? reader.format() : format;
            countBased |= reader instanceof BpePractitionerReader;
            result.warnings().forEach(w -> readReport.warn(w.toString()));
        }
        ImportReport report = practitioners.importPractitioners(records,
                new PractitionerVintageView.New(source.label(), format, source.vintage(), false, countBased), username);
        report.absorb(readReport);
        return report;
    }

    private ImportReport runTerritories(ImportManifest manifest, String username) {
        ImportReport readReport = new ImportReport();
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
        long readMs = (System.nanoTime() - t0) / 1_000_000;
        ImportReport report = territories.importTerritories(inputs, username,
                "manifest " + manifest.file().getFileName() + " (" + manifest.name() + ")");
        report.timing("read", readMs);
        report.absorb(readReport);
        return report;
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
    @SuppressWarnings("unchecked")
    private static <T> SourceReader<T> reader(SourceType type, Path file, String format) {
        if (format != null) {
            return (SourceReader<T>) READERS.get(type).stream().filter(r -> r.format().equals(format)).findFirst()
                    .orElseThrow(() -> ImportException.of(file.getFileName().toString(), "", "format",
                            "unknown format '" + format + "' for " + type.key() + " sources (expected one of "
                                    + READERS.get(type).stream().map(SourceReader::format).toList() + ")"));
        }
        return (SourceReader<T>) READERS.get(type).stream().filter(r -> r.canRead(file)).findFirst()
                .orElseThrow(() -> ImportException.of(file.getFileName().toString(), "", "",
                        "not a recognised " + type.key() + " file (expected one of "
                                + READERS.get(type).stream().map(SourceReader::format).toList() + ")"));
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
