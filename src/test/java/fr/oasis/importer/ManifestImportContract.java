package fr.oasis.importer;

import fr.oasis.importer.problem.ImportException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.oasis.accessibility.RoadNetworkStore;
import fr.oasis.indicator.store.ImportedIndicatorStore;
import fr.oasis.support.DataChange;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A manifest import is all or nothing: a failure in a later step (here an indicator file refused
 * while storing, after the road network of the same manifest was written) rolls back every step;
 * another import holding the lock refuses this one at once with one French sentence; an import
 * left RUNNING by a killed process is marked failed at the next start.
 */
@SpringBootTest
abstract class ManifestImportContract {
    @Autowired
    ManifestImporter importer;
    @Autowired
    TerritoryImportService territories;
    @Autowired
    RoadNetworkStore networks;
    @Autowired
    ImportedIndicatorStore indicators;
    @Autowired
    ImportHistory history;
    @Autowired
    ImportLock lock;
    @Autowired
    ImportAudit audit;
    @Autowired
    InterruptedImports interrupted;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void tinyTerritoryWithoutNetworkOrIndicators() {
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        DataChange.deleteNetworks(jdbc);
        DataChange.deleteImportedIndicators(jdbc);
    }

    @AfterEach
    void clean() {
        DataChange.deleteNetworks(jdbc);
        DataChange.deleteImportedIndicators(jdbc);
        jdbc.update("UPDATE import_run SET status = 'FAILED' WHERE status = 'RUNNING'");
    }

    private Path manifest(String indicatorCsv) throws IOException {
        Path csv = Files.writeString(dir.resolve("indicators.csv"),
                "territory_level,territory_code,indicator,year,value,numerator,denominator,label,unit,aggregation,scale\n"
                        + indicatorCsv);
        return Files.writeString(dir.resolve("all.yml"), """
                name: all or nothing
                sources:
                  - type: network
                    path: %s
                    vintage: 2026
                    label: "Travel Mapping (test)"
                  - type: indicators
                    path: %s
                    vintage: 2021
                    label: "Test indicators"
                """.formatted(fixture("network-tm"), csv).replace("\\", "/"));
    }

    @Test
    void aFailureInALaterStepLeavesNothingOfTheEarlierOnes() throws IOException {
        // 'density' is a built-in indicator: the file reads well, and is refused while storing,
        // after the network of the same manifest was written in the same transaction.
        Path manifest = manifest("commune,9A001,density,2021,12.5,,,Densité,hab./km²,NONE,1\n");
        assertThatThrownBy(() -> importer.run(ImportManifest.read(manifest), "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("density");
        assertThat(networks.list()).as("the network of the failed manifest").isEmpty();
        assertThat(indicators.definitions()).isEmpty();
        ImportHistory.Entry last = history.latest().get(0);
        assertThat(last.status()).isEqualTo("FAILED");
        assertThat(last.description()).contains("all.yml");
        assertThat(last.summary()).startsWith("nothing was changed");
    }

    @Test
    void aGoodManifestStoresEveryStepAndOneAuditLine() throws IOException {
        int before = history.latest().size();
        Path manifest = manifest("commune,9A001,poverty,2021,12.5,,,Taux de pauvreté,%,NONE,1\n");
        ImportReport report = importer.run(ImportManifest.read(manifest), "test");
        assertThat(networks.list()).hasSize(1);
        assertThat(indicators.definitions()).extracting(d -> d.id()).containsExactly("poverty");
        assertThat(report.timingsMs()).containsKeys("read and check", "store (one transaction)");
        assertThat(history.latest()).hasSize(Math.min(50, before + 1));
        assertThat(history.latest().get(0).status()).isEqualTo("SUCCEEDED");
    }

    @Test
    void anotherImportHoldingTheLockRefusesThisOneAtOnce() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            Long run = audit.start("autre", "import tenu par le test");
            transactions.executeWithoutResult(status -> {
                lock.acquire();
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            audit.finish(run, true, "done");
        });
        holder.start();
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            Path manifest = manifest("commune,9A001,poverty,2021,12.5,,,Taux de pauvreté,%,NONE,1\n");
            assertThatThrownBy(() -> importer.run(ImportManifest.read(manifest), "test"))
                    .isInstanceOf(ImportBusyException.class)
                    .hasMessageStartingWith("Un autre import est en cours (« import tenu par le test », lancé par autre")
                    .hasMessageContaining("rien n'a été modifié");
            assertThat(networks.list()).isEmpty();
        } finally {
            release.countDown();
            holder.join(30_000);
        }
        // The lock is free again once the other import ended.
        importer.run(ImportManifest.read(manifest("commune,9A001,poverty,2021,1,,,Taux,%,NONE,1\n")), "test");
        assertThat(networks.list()).hasSize(1);
    }

    @Test
    void anImportLeftRunningByAKilledProcessIsMarkedFailedAtTheNextStart() throws Exception {
        String deadHere = ProcessOwner.current().replaceAll(":\\d+$", ":" + Integer.MAX_VALUE);
        jdbc.update("DELETE FROM import_run WHERE description IN ('killed here', 'running elsewhere')");
        jdbc.update("INSERT INTO import_run (started_at, username, description, status, owner)"
                + " VALUES (CURRENT_TIMESTAMP, 'cli', 'killed here', 'RUNNING', ?)", deadHere);
        jdbc.update("INSERT INTO import_run (started_at, username, description, status, owner)"
                + " VALUES (CURRENT_TIMESTAMP, 'cli', 'running elsewhere', 'RUNNING', 'another-host:42')");
        interrupted.run(null);
        assertThat(jdbc.queryForObject("SELECT status FROM import_run WHERE description = 'killed here'",
                String.class)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("SELECT summary FROM import_run WHERE description = 'killed here'",
                String.class)).contains("Import interrompu").contains("aucune donnée");
        assertThat(jdbc.queryForObject("SELECT status FROM import_run WHERE description = 'running elsewhere'",
                String.class)).as("another host's import may still run").isEqualTo("RUNNING");
    }

    static Path fixture(String name) {
        try {
            return Path.of(ManifestImportContract.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
