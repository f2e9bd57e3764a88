package fr.oasis.practitioner;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The practitioners of a vintage as every consumer reads them ({@link PractitionerQueries#practitioners}):
 * kept after the import that stored them and after a first read, and always equal, field by field
 * and in storage order, to what the database holds; an import rolled back hands nothing over.
 */
@SpringBootTest
abstract class PractitionerRowsContract {
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService imports;
    @Autowired
    PractitionerQueries queries;
    @Autowired
    PractitionerStore store;
    @Autowired
    PractitionerRepository repository;
    @Autowired
    TransactionTemplate transactions;

    private static final List<PractitionerRecord> FIRST = List.of(
            new PractitionerRecord("GP1", "MG", "SM54", "9B001", 5.1834567891, 48.0912345678, 4512.5, 63, false,
                    "p.csv#line 2"),
            new PractitionerRecord("CD1", "CD", null, "9A001", null, null, null, null, false, "p.csv#line 3"),
            new PractitionerRecord("GP2", "MG", null, "9A001", 5.0000000001, 48.2, 0.0, 28, true, "p.csv#line 4"));

    @BeforeEach
    void importTiny() {
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
    }

    private long importVintage(List<PractitionerRecord> records, int year) {
        imports.importPractitioners(records, new PractitionerVintageView.New("test practitioners", "test", year,
                false, false), "test");
        return queries.latestVintage().orElseThrow().id();
    }

    private List<PractitionerRow> readFromDatabase(long vintageId) {
        return transactions.execute(status -> repository.rowsOf(vintageId).stream().map(Practitioner::row).toList());
    }

    @Test
    void theRowsKeptAfterAnImportEqualTheStoredRows() {
        long first = importVintage(FIRST, 2024);
        List<PractitionerRow> kept = queries.practitioners(first);
        assertThat(kept).extracting(PractitionerRow::sourceId).containsExactly("GP1", "CD1", "GP2");
        assertThat(kept).isEqualTo(readFromDatabase(first));
        assertThat(kept.get(0).lon()).isEqualTo(5.1834567891);
        assertThat(kept.get(0).activity()).isEqualTo(4512.5);
        assertThat(queries.practitioners(first)).as("kept, not read again").isSameAs(kept);

        long second = importVintage(List.of(FIRST.get(1)), 2025);
        assertThat(queries.practitioners(second)).isEqualTo(readFromDatabase(second)).hasSize(1);
        assertThat(queries.practitioners(first)).as("the older vintage, read back after a new import")
                .isEqualTo(readFromDatabase(first)).isNotSameAs(kept);
    }

    @Test
    void aRolledBackStoreHandsNothingOver() {
        long first = importVintage(FIRST, 2024);
        long[] rolledBack = new long[1];
        transactions.executeWithoutResult(status -> {
            rolledBack[0] = store.storeVintage(new PractitionerVintageView.New("rolled back", "test", 2026, false,
                    false), List.of(new PractitionerRow("X1", "MG", null, "9A001", null, null, null, null, false)));
            status.setRollbackOnly();
        });
        assertThat(queries.latestVintage().orElseThrow().id()).isEqualTo(first);
        assertThat(queries.practitioners(rolledBack[0])).as("nothing stored, nothing kept").isEmpty();
        assertThat(queries.practitioners(first)).isEqualTo(readFromDatabase(first));
    }
}
