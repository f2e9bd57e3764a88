package fr.oasis.importer;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.problem.ImportException;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.ImportCompleted;

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
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transactions;
    private final ImportAudit audit;
    private final ApplicationEventPublisher events;
    private final ImportLock lock;

    PractitionerImportService(TerritoryQueries territories, PractitionerStore store, TransactionTemplate transactions,
                              ImportAudit audit, ApplicationEventPublisher events, ImportLock lock) {
        this.lock = lock;
        this.territories = territories;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
    }

    public ImportReport importPractitioners(List<PractitionerRecord> records, PractitionerVintageView.New vintage,
                                            String username) {
        Long run = audit.start(username, "practitioners: " + vintage.sourceLabel() + " " + vintage.vintage());
        ImportReport report = new ImportReport();
        try {
            transactions.executeWithoutResult(status -> {
                lock.acquire();
                store(records, vintage, report);
            });
            audit.finish(run, true, report.summary());
        } catch (RuntimeException e) {
            audit.finish(run, false, String.valueOf(e.getMessage()));
            throw e;
        }
        events.publishEvent(new ImportCompleted(DataKind.PRACTITIONERS));
        return report;
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
        if (territories.summary().get("commune") == 0) {
            throw ImportException.of("practitioners", "", "", "no commune is stored yet: import territories first");
        }
        Function<String, Optional<String>> resolver = territories.communeResolver();
        TerritoryExtent extent = TerritoryExtent.of(territories.all(TerritoryLevel.REGION).stream()
                .map(TerritoryRecord::geometry).toList());
        Map<String, String> seen = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        TreeSet<String> unknownCommunes = new TreeSet<>();
        TreeSet<String> unknownFiles = new TreeSet<>();
        List<PractitionerRow> rows = new ArrayList<>(records.size());
        long rekeyed = 0;
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
            Optional<String> current = resolver.apply(r.communeCode());
            if (current.isEmpty()) {
                unknownCommunes.add(r.communeCode());
                unknownFiles.add(ImportReport.fileOf(r.origin()));
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
            rekeyed += current.get().equals(r.communeCode()) ? 0 : 1;
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
        report.count("practitioners re-keyed from a former commune code", rekeyed);
        report.count("practitioners excluded (commune not stored)", excluded);
        report.unmatched("practitioner commune codes not among the stored communes", List.copyOf(unknownCommunes),
                unknownFiles);
        return rows;
    }
}
