package fr.oasis.importer.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The readers Oasis knows, and the choice of one for a file. Order matters only where two
 * formats could both claim a file; the sniffing rules of the readers make them exclusive for the
 * supported publications (tested on every fixture). Immutable and thread-safe.
 */
public final class SourceReaders {
    private final List<SourceReader<?>> readers;

    public SourceReaders(ReadLimits limits) {
        this.readers = List.of(
                new CommuneGeoJsonReader(limits),
                new CommuneGeoPackageReader(limits),
                new ChefLieuGeoJsonReader(limits),
                new DecoupageCommuneReader(limits),
                new DecoupageEpciReader(limits),
                new DecoupageDepartementReader(limits),
                new DecoupageRegionReader(limits),
                new InseeCommuneCsvReader(limits),
                new CensusPopulationReader(limits),
                new FilosofiDispReader(limits),
                new IndicatorCsvReader(limits),
                new ObservatoireSeriesReader(limits),
                new StatistiquesLocalesReader(limits),
                new TerritoryJsonReader(limits, TerritoryJsonReader.KNOWN));
    }

    public SourceReaders() {
        this(ReadLimits.DEFAULT);
    }

    public List<SourceReader<?>> all() {
        return readers;
    }

    /** The first reader that recognises the file, if any. */
    public Optional<SourceReader<?>> forFile(Path file) {
        return readers.stream().filter(r -> r.canRead(file)).findFirst();
    }
}
