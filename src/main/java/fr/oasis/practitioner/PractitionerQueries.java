package fr.oasis.practitioner;

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

    PractitionerQueries(PractitionerVintageRepository vintages, PractitionerRepository practitioners) {
        this.vintages = vintages;
        this.practitioners = practitioners;
    }

    /** The most recently imported vintage, which the indicators are computed from. */
    public Optional<PractitionerVintageView> latestVintage() {
        return vintages.findFirstByOrderByIdDesc().map(PractitionerVintage::view);
    }

    public List<PractitionerVintageView> vintages() {
        return vintages.findAllByOrderByIdDesc().stream().map(PractitionerVintage::view).toList();
    }

    public List<PractitionerRow> practitioners(long vintageId) {
        return practitioners.ofVintage(vintageId).stream().map(Practitioner::row).toList();
    }

    public List<String> professions(long vintageId) {
        return practitioners.professionsOf(vintageId).stream().sorted().toList();
    }
}
