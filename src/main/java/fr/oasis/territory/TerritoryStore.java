package fr.oasis.territory;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;

import fr.oasis.provenance.Dataset;
import fr.oasis.provenance.DatasetRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write side of the territory module. Runs inside the caller's transaction (the import's), so a
 * failure anywhere in an import leaves the previous territories exactly as they were.
 */
@Service
public class TerritoryStore {
    static final String TERRITORY_KIND = "territories";
    static final String CENSUS_KIND = "census-population";
    private static final int FLUSH_EVERY = 500;

    private final TerritoryRepository territories;
    private final TerritoryShapeRepository shapes;
    private final CensusPopulationRepository populations;
    private final DatasetRepository datasets;
    private final CommuneAliasRepository aliases;
    private final EntityManager entityManager;
    private final DataVersions versions;
    private final GroupingStore groupings;

    TerritoryStore(TerritoryRepository territories, TerritoryShapeRepository shapes,
                   CensusPopulationRepository populations, DatasetRepository datasets,
                   CommuneAliasRepository aliases, EntityManager entityManager, DataVersions versions,
                   GroupingStore groupings) {
        this.groupings = groupings;
        this.versions = versions;
        this.aliases = aliases;
        this.territories = territories;
        this.shapes = shapes;
        this.populations = populations;
        this.datasets = datasets;
        this.entityManager = entityManager;
    }

    /**
     * Replaces all territories, their shapes and (when given) the census populations; the stored
     * groupings (TVS, CPTS...) are then derived again from the new communes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceAll(TerritorySnapshot snapshot) {
        versions.bump(DataKind.TERRITORIES);
        populations.deleteAllRows();
        aliases.deleteAllRows();
        shapes.deleteAllRows();
        territories.deleteAllRows();
        deleteDataset(TERRITORY_KIND);
        deleteDataset(CENSUS_KIND);
        entityManager.flush();

        Dataset territoryDataset = datasets.save(toDataset(snapshot.territoryDataset(), TERRITORY_KIND));
        List<Object> batch = new ArrayList<>();
        for (TerritoryRecord record : snapshot.territories()) {
            batch.add(new Territory(record, territoryDataset));
        }
        for (TerritorySnapshot.Shape shape : snapshot.shapes()) {
            batch.add(new TerritoryShape(shape.level(), shape.code(), shape.zoomClass(), shape.geometry()));
        }
        snapshot.communeAliases().forEach((code, current) -> batch.add(new CommuneAlias(code, current)));
        if (!snapshot.populations().isEmpty()) {
            Dataset census = datasets.save(toDataset(snapshot.censusDataset(), CENSUS_KIND));
            for (TerritorySnapshot.Population p : snapshot.populations()) {
                batch.add(new CensusPopulation(p.communeCode(), p.censusYear(), p.bands(), census));
            }
        }
        persistInBatches(batch);
        groupings.rederiveAll();
    }

    private void deleteDataset(String kind) {
        datasets.findByKind(kind).ifPresent(datasets::delete);
    }

    private static Dataset toDataset(TerritorySnapshot.DatasetInfo info, String kind) {
        return new Dataset(kind, info.sourceLabel(), info.vintage(), info.demo(), info.files());
    }

    /** Persists through the entity manager, flushing and clearing so memory stays flat. */
    private void persistInBatches(List<Object> entities) {
        int n = 0;
        for (Object entity : entities) {
            entityManager.persist(entity);
            if (++n % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        entityManager.clear();
    }
}
