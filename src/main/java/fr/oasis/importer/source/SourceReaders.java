package fr.oasis.importer.source;

import fr.oasis.importer.problem.ImportException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readers Oasis knows, per manifest source type, and the choice of one for a file: the one
 * registry used by the import ({@code ManifestImporter}) and by the reader contract tests, so a new
 * reader registered here is both imported and held to the contract. Within a type, order matters
 * only where two formats could both claim a file; the sniffing rules of the readers make them
 * exclusive for the supported publications (tested on every fixture). Immutable and thread-safe.
 */
public final class SourceReaders {
    private final Map<String, List<SourceReader<?>>> byType = new LinkedHashMap<>();
    private final List<SourceReader<?>> all;

    /** @param limits the limits every reader applies */
    public SourceReaders(ReadLimits limits) {
        // Keys are the manifest source types (ImportManifest.SourceType.key()).
        byType.put("commune-contours", List.of(new CommuneGeoJsonReader(limits), new CommuneGeoPackageReader(limits)));
        byType.put("reference-points", List.of(new ChefLieuGeoJsonReader(limits)));
        byType.put("cog-communes", List.of(new DecoupageCommuneReader(limits), new InseeCommuneCsvReader(limits)));
        byType.put("cog-epci", List.of(new DecoupageEpciReader(limits)));
        byType.put("cog-departements", List.of(new DecoupageDepartementReader(limits)));
        byType.put("cog-regions", List.of(new DecoupageRegionReader(limits)));
        byType.put("population-by-age", List.of(new CensusPopulationReader(limits)));
        byType.put("indicators", List.of(new FilosofiDispReader(limits), new IndicatorCsvReader(limits),
                new ObservatoireSeriesReader(limits), new StatistiquesLocalesReader(limits),
                new TerritoryJsonReader(limits, TerritoryJsonReader.KNOWN)));
        byType.put("practitioners", List.of(new AnnuaireSanteReader(limits), new PractitionerCsvReader(limits),
                new BpePractitionerReader(limits)));
        byType.put("care-structures", List.of(new BpeStructureReader(limits), new FinessHospitalReader(limits)));
        byType.put("groupings", List.of(new GroupingTableReader(limits)));
        byType.put("services", List.of(new ServiceCsvReader(limits)));
        byType.put("age-distribution", List.of(new DreesAgeDistributionReader(limits)));
        this.all = byType.values().stream().flatMap(List::stream).toList();
    }

    public SourceReaders() {
        this(ReadLimits.DEFAULT);
    }

    public List<SourceReader<?>> all() {
        return all;
    }

    /** The readers of a manifest source type ({@code "cog-communes"}...), empty for a type read elsewhere. */
    public List<SourceReader<?>> forType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The first reader that recognises the file, if any. */
    public Optional<SourceReader<?>> forFile(Path file) {
        return all.stream().filter(r -> r.canRead(file)).findFirst();
    }

    /**
     * The reader of {@code type} named by {@code format} (a reader's {@link SourceReader#format()}),
     * or when it is null the first of the type that recognises the file.
     *
     * @throws ImportException naming the file when no reader fits
     */
    @SuppressWarnings("unchecked")
    public <T> SourceReader<T> choose(String type, Path file, String format) {
        List<SourceReader<?>> readers = forType(type);
        List<String> formats = readers.stream().map(SourceReader::format).toList();
        String name = SourceFiles.name(file);
        if (format != null) {
            return (SourceReader<T>) readers.stream().filter(r -> r.format().equals(format)).findFirst()
                    .orElseThrow(() -> ImportException.of(name, "", "format", "unknown format '" + format + "' for "
                            + type + " sources (expected one of " + formats + ")"));
        }
        return (SourceReader<T>) readers.stream().filter(r -> r.canRead(file)).findFirst()
                .orElseThrow(() -> ImportException.of(name, "", "", "not a recognised " + type
                        + " file (expected one of " + formats + ")"));
    }
}
