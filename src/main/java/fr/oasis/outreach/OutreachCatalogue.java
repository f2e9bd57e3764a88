package fr.oasis.outreach;

import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of services beyond practices: teleconsultation sites, mobile units with their
 * stops, one-off initiatives. Imported from the CSV formats of {@code docs/services.md} (the
 * manifest's {@code services} sources, or the demonstration), all files at once, replacing the
 * stored catalogue in one transaction; any problem refuses everything. Thread-safe.
 */
@Service
public class OutreachCatalogue {
    private final OutreachStore store;
    private final TerritoryQueries territories;

    OutreachCatalogue(OutreachStore store, TerritoryQueries territories) {
        this.store = store;
        this.territories = territories;
    }

    /**
     * Reads, checks and stores the files (any order; each recognised by its header).
     *
     * @param source publisher label kept with every service ("ARS Grand Est, 2025")
     * @param demo   demonstration data (labelled "données de démonstration")
     * @return what was stored
     * @throws InvalidServicesException naming file, line and field; nothing stored changes
     */
    @Transactional
    public Outreach.Catalogue importFiles(List<Path> files, String source, boolean demo) {
        Outreach.Catalogue catalogue = new ServiceFiles(code -> territories.find(TerritoryLevel.COMMUNE, code)
                .isPresent(), source, demo).read(files);
        store.replaceAll(catalogue);
        return catalogue;
    }

    @Transactional(readOnly = true)
    public Outreach.Catalogue all() {
        return store.all();
    }
}
