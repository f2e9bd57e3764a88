package fr.oasis.outreach;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of services beyond practices: teleconsultation sites, mobile units with their
 * stops, one-off initiatives. Imported from the lines of the CSV formats of
 * {@code docs/services.md} (read by the import's {@code services} reader: the manifest's sources
 * or the demonstration), all files at once, replacing the stored catalogue in the caller's
 * transaction and moving the {@link DataKind#SERVICES} data version; any problem refuses
 * everything. Edited item by item by {@link OutreachEditor}. Thread-safe.
 */
@Service
public class OutreachCatalogue {
    private final OutreachStore store;
    private final TerritoryQueries territories;
    private final DataVersions versions;

    OutreachCatalogue(OutreachStore store, TerritoryQueries territories, DataVersions versions) {
        this.store = store;
        this.territories = territories;
        this.versions = versions;
    }

    /**
     * Checks the lines together (against the communes stored in this transaction) and stores them.
     *
     * @param source publisher label kept with every service ("ARS Grand Est (2025)")
     * @param demo   demonstration data (labelled "données de démonstration")
     * @return what was stored
     * @throws InvalidServicesException naming file, line and field; nothing stored changes
     */
    @Transactional
    public Outreach.Catalogue importRows(List<ServiceRow> rows, String source, boolean demo) {
        Outreach.Catalogue catalogue = ServiceRows.catalogue(rows, communes(), source, demo);
        store.replaceAll(catalogue);
        versions.bump(DataKind.SERVICES);
        return catalogue;
    }

    @Transactional(readOnly = true)
    public Outreach.Catalogue all() {
        return store.all();
    }

    /** The stored communes by code, read in the caller's transaction (an import may just have stored them). */
    ServiceRules.Communes communes() {
        return new ServiceRules.Communes(territories.names(TerritoryLevel.COMMUNE), territories.communePoints().stream()
                .collect(Collectors.toMap(TerritoryView.CommunePoint::code, Function.identity(), (a, b) -> a)));
    }
}
