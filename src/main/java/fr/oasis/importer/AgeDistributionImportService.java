package fr.oasis.importer;

import fr.oasis.importer.ImportManifest.Source;
import fr.oasis.importer.source.ReadResult;
import fr.oasis.importer.source.SourceReader;
import fr.oasis.importer.source.SourceReaders;
import fr.oasis.practitioner.AgeClassCount;
import fr.oasis.practitioner.AgeDistributions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Imports the {@code age-distribution} sources of a manifest (the DREES RPPS table of
 * practitioners by age class): read and checked before the transaction, then stored whole in it,
 * replacing the previous distribution. No data version moves: nothing derived from the
 * distribution is cached (the retirement projection reads it on each request).
 */
@Service
class AgeDistributionImportService {
    private final AgeDistributions store;

    AgeDistributionImportService(AgeDistributions store) {
        this.store = store;
    }

    /** What the manifest's age-distribution sources hold, read. */
    record Input(List<AgeClassCount> counts, String label, int vintage) {
    }

    static List<Input> read(List<Source> sources, SourceReaders readers, ImportReport report) {
        List<Input> inputs = new ArrayList<>();
        for (Source source : sources) {
            List<AgeClassCount> counts = new ArrayList<>();
            for (Path file : source.files()) {
                SourceReader<AgeClassCount> reader = readers.choose(ImportManifest.SourceType.AGE_DISTRIBUTION.key(),
                        file, source.format());
                ReadResult<AgeClassCount> result = reader.read(file);
                counts.addAll(result.records());
                result.warnings().forEach(w -> report.warn(w.toString()));
            }
            report.count("read age classes", counts.size());
            inputs.add(new Input(counts, source.label(), source.vintage()));
        }
        return inputs;
    }

    /** Joins the manifest's transaction; all sources together replace the stored distribution. */
    void store(List<Input> inputs, ImportReport report) {
        List<AgeClassCount> all = new ArrayList<>();
        inputs.forEach(i -> all.addAll(i.counts()));
        Input first = inputs.get(0);
        store.replaceAll(all, first.label(), first.vintage());
        report.count("stored age classes", all.size());
    }
}
