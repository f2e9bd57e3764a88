package fr.oasis.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.support.DataChange;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The topologies the map asks first ({@link FirstView}) are built ahead once a new territory
 * version is seen, without any map request: after an import in this process, and after another
 * instance's import (a version bumped in the database) at the first use of any layer. They are
 * built once (the cache counts its builds) even when requests race the background build, and the
 * answers are byte for byte those of a cache that builds on request.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class LayerTopologyAheadTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @Autowired
    LayerCache cache;
    @Autowired
    TerritoryImportService imports;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    DataVersions versions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void tinyTerritory() {
        imports.importTerritories(TinyTerritory.inputs(), "test", "tiny territory");
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %s", what, WAIT).isLessThan(end);
            Thread.sleep(20);
        }
    }

    private int firstZoom() {
        return FirstView.zoom(cache.layer(TerritoryLevel.DEPARTEMENT, FirstView.EXTENT_ZOOM).extent());
    }

    private void awaitFirstView() throws InterruptedException {
        await("départements at zoom 6", () -> cache.topologyBuilds(TerritoryLevel.DEPARTEMENT, 6) == 1);
        int zoom = firstZoom();
        for (TerritoryLevel level : FirstView.LEVELS) {
            await(level + " at zoom " + zoom, () -> cache.topologyBuilds(level, zoom) == 1);
        }
    }

    @Test
    void afterAnImportTheFirstViewIsReadyAndAnsweredAsIfBuiltOnRequest() throws Exception {
        awaitFirstView();
        int zoom = firstZoom();
        assertThat(zoom).as("the tiny territory, 0.2° wide, fills the reference map").isBetween(10, 12);
        assertThat(cache.topologyBuilds(TerritoryLevel.COMMUNE, zoom + 1)).as("nothing else is built ahead").isZero();

        LayerCache onRequest = new LayerCache(territories, versions);
        try {
            byte[] served = mvc.perform(get("/api/layers/commune?format=topology&zoom=" + zoom)
                            .with(user("v").roles("VIEWER")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(served).isEqualTo(onRequest.topology(TerritoryLevel.COMMUNE, zoom).whole())
                    .isEqualTo(cache.topology(TerritoryLevel.COMMUNE, zoom).whole());
            Envelope west = new Envelope(5.0, 5.09, 48.0, 48.2);
            assertThat(cache.window(TerritoryLevel.EPCI, zoom, west, true)[0])
                    .isEqualTo(onRequest.window(TerritoryLevel.EPCI, zoom, west, true)[0]);
            assertThat(cache.topology(TerritoryLevel.DEPARTEMENT, 6).wholeGzip())
                    .isEqualTo(onRequest.topology(TerritoryLevel.DEPARTEMENT, 6).wholeGzip());
        } finally {
            onRequest.stop();
        }
        assertThat(cache.topologyBuilds(TerritoryLevel.COMMUNE, zoom)).as("the request used the one built ahead")
                .isEqualTo(1);
    }

    @Test
    void anotherInstancesImportIsBuiltAheadAtTheFirstUseOfAnyLayer() throws Exception {
        awaitFirstView();
        int zoom = firstZoom();
        DataChange.bump(jdbc, DataKind.TERRITORIES); // as an import through another instance does
        cache.layer(TerritoryLevel.REGION, 8); // any first use of the new version, here plain GeoJSON
        awaitFirstView();
        assertThat(cache.topologyBuilds(TerritoryLevel.COMMUNE, zoom)).isEqualTo(1);
    }

    @Test
    void requestsRacingTheBuildAheadWaitForItInsteadOfBuildingAgain() throws Exception {
        awaitFirstView();
        int zoom = firstZoom();
        DataChange.bump(jdbc, DataKind.TERRITORIES);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> answers = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return cache.topology(TerritoryLevel.COMMUNE, zoom).whole();
                }));
            }
            start.countDown();
            byte[] first = answers.get(0).get();
            for (Future<byte[]> answer : answers) {
                assertThat(answer.get()).isEqualTo(first);
            }
        } finally {
            clients.shutdownNow();
        }
        awaitFirstView();
        for (TerritoryLevel level : FirstView.LEVELS) {
            assertThat(cache.topologyBuilds(level, zoom)).as(level + " built once").isEqualTo(1);
        }
    }
}
