package fr.oasis.practitioner;

import fr.oasis.limits.BoundedCache;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the practitioner module. */
@Service
@Transactional(readOnly = true)
public class PractitionerQueries {
    private final PractitionerVintageRepository vintages;
    private final PractitionerRepository practitioners;
    /**
     * The practitioners of the last vintages read, while no practitioner import changes them: the
     * APL recompute, the scenarios, proximity, reports and map points all read the latest vintage,
     * and at the France scale (100,000 practitioners) each read cost about a second.
     */
    private final KeptPerVersion<BoundedCache<Long, List<PractitionerRow>>> rows;

    private final LastStoredVintage lastStored;

    PractitionerQueries(PractitionerVintageRepository vintages, PractitionerRepository practitioners,
                        DataVersions versions, LastStoredVintage lastStored) {
        this.lastStored = lastStored;
        this.vintages = vintages;
        this.practitioners = practitioners;
        this.rows = new KeptPerVersion<>(versions, DataKind.PRACTITIONERS);
    }

    /** The most recently imported vintage, which the indicators are computed from. */
    public Optional<PractitionerVintageView> latestVintage() {
        return vintages.findFirstByOrderByIdDesc().map(PractitionerVintage::view);
    }

    public List<PractitionerVintageView> vintages() {
        return vintages.findAllByOrderByIdDesc().stream().map(PractitionerVintage::view).toList();
    }

    /** The practitioners of a vintage in storage order (immutable, shared: the latest few are kept). */
    public List<PractitionerRow> practitioners(long vintageId) {
        return rows.get(() -> new BoundedCache<>(KEPT_VINTAGES)).get(vintageId,
                id -> {
                    List<PractitionerRow> stored = lastStored.take(id);
                    return stored != null ? stored : practitioners.rowsOf(id).stream().map(Practitioner::row).toList();
                });
    }

    /** The latest vintage and the one it is compared with, plus one. */
    private static final int KEPT_VINTAGES = 3;

    public List<String> professions(long vintageId) {
        return practitioners.professionsOf(vintageId).stream().sorted().toList();
    }
}
