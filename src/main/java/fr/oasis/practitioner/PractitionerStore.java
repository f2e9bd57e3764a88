package fr.oasis.practitioner;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Write side: stores a new practitioner vintage inside the import's transaction. */
@Service
public class PractitionerStore {
    private static final int FLUSH_EVERY = 1_000;
    private final PractitionerVintageRepository vintages;
    private final EntityManager entityManager;

    private final DataVersions versions;
    private final LastStoredVintage lastStored;

    PractitionerStore(PractitionerVintageRepository vintages, EntityManager entityManager, DataVersions versions,
                      LastStoredVintage lastStored) {
        this.versions = versions;
        this.lastStored = lastStored;
        this.vintages = vintages;
        this.entityManager = entityManager;
    }

    /** @return the new vintage's id */
    @Transactional(propagation = Propagation.MANDATORY)
    public long storeVintage(PractitionerVintageView.New info, List<PractitionerRow> rows) {
        versions.bump(DataKind.PRACTITIONERS);
        PractitionerVintage vintage = vintages.save(new PractitionerVintage(info, rows.size()));
        long id = vintage.id();
        int n = 0;
        for (PractitionerRow row : rows) {
            entityManager.persist(new Practitioner(id, row));
            if (++n % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        entityManager.clear();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                lastStored.committed(id, rows);
            }
        });
        return id;
    }
}
