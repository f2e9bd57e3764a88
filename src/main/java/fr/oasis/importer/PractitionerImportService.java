package fr.oasis.importer;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.problem.ImportException;
import fr.oasis.provenance.DataKind;

import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerRow;
import fr.oasis.practitioner.PractitionerStore;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Imports one practitioner vintage: re-keys commune codes of older vintages onto the stored
 * current communes, excludes (and lists, with their files) practitioners whose commune is unknown,
 * refuses duplicated ids, unknown professions and positions outside the stored territory's
 * bounding box ({@link TerritoryExtent}), then stores the vintage in one transaction.
 */
@Service
public class PractitionerImportService {
    private final TerritoryQueries territories;
    private final PractitionerStore store;
    private final StandaloneImport standalone;

    PractitionerImportService(TerritoryQueries territories, PractitionerStore store, StandaloneImport standalone) {
        this.territories = territories;
        this.store = store;
        this.standalone = standalone;
    }

    public ImportReport importPractitioners(List<PractitionerRecord> records, PractitionerVintageView.New vintage,
                                            String username) {
        return standalone.run(username, "practitioners: " + vintage.sourceLabel() + " " + vintage.vintage(),
                DataKind.PRACTITIONERS, report -> store(records, vintage, report));
    }

    /**
     * Validates against the communes stored in the caller's transaction (those a manifest import
     * has just replaced included) and stores the vintage in that transaction.
     */
    void store(List<PractitionerRecord> records, PractitionerVintageView.New vintage, ImportReport report) {
        List<PractitionerRow> rows = validate(records, report);
        long id = store.storeVintage(vintage, rows);
        report.count("practitioner vintage id", id);
    }

    private List<PractitionerRow> validate(List<PractitionerRecord> records, ImportReport report) {
        CommuneKeys keys = CommuneKeys.of(territories, "practitioners");
        TerritoryExtent extent = TerritoryExtent.of(territories.all(TerritoryLevel.REGION).stream()
                .map(TerritoryRecord::geometry).toList());
        Map<String, String> seen = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<PractitionerRow> rows = new ArrayList<>(records.size());
        for (PractitionerRecord r : records) {
            String previous = seen.putIfAbsent(r.id(), r.origin());
            if (previous != null) {
                problems.add(ImportProblem.at(r.origin(), "id", "duplicated practitioner id '" + r.id() + "' (also at "
                        + previous + ")"));
                continue;
            }
            try {
                Profession.fromKey(r.professionKey());
            } catch (IllegalArgumentException e) {
                problems.add(ImportProblem.at(r.origin(), "profession", e.getMessage()));
                continue;
            }
            Optional<String> current = keys.current(r.communeCode(), r.origin());
            if (current.isEmpty()) {
                continue;
            }
            // Only practitioners kept are checked: those of communes not stored are excluded anyway.
            String outside = r.lon() == null || r.lat() == null ? null : extent.problem(r.lon(), r.lat());
            if (outside != null) {
                problems.add(ImportProblem.at(r.origin(), "lon, lat", "point of a practitioner of " + r.communeCode()
                        + " " + outside));
                if (problems.size() >= 50) {
                    break;
                }
                continue;
            }
            rows.add(new PractitionerRow(r.id(), r.professionKey(), r.specialty(), current.get(), r.lon(), r.lat(),
                    r.activity(), r.age(), r.countBased()));
            if (problems.size() >= 50) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        long excluded = records.size() - rows.size();
        report.count("practitioners stored", rows.size());
        keys.report(report, "practitioners", "practitioner");
        report.count("practitioners excluded (commune not stored)", excluded);
        return rows;
    }
}
