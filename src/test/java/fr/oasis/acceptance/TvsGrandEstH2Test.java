package fr.oasis.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.importer.ImportManifest;
import fr.oasis.importer.ImportReport;
import fr.oasis.importer.ManifestImporter;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.support.RealData;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The territoires de vie-santé of Grand Est and their GP density 2009-2021 on the real files
 * (opt-in, see {@link RealData}): the Grand Est territories, then the sources of
 * {@code grand-est.yml} for the TVS (the DREES correspondence and the thirteen CartoSanté files).
 */
@UsesH2
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TvsGrandEstH2Test {
    @Autowired
    ManifestImporter importer;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    Communes communes;
    ImportReport report;

    @BeforeAll
    void importTerritoriesThenTvs() throws IOException {
        Path data = RealData.folder().toAbsolutePath();
        Path dir = Files.createTempDirectory("oasis-tvs-acceptance");
        Path territoriesManifest = Files.writeString(dir.resolve("territories.yml"), """
                name: Grand Est territories
                sources:
                  - {type: cog-communes, path: "%1$s/decoupage-administratif/communes_grand_est.json", vintage: 2026}
                  - {type: cog-epci, path: "%1$s/decoupage-administratif/epci_grand_est.json", vintage: 2026}
                  - {type: cog-departements, path: "%1$s/decoupage-administratif/departements.json", vintage: 2026}
                  - {type: cog-regions, path: "%1$s/decoupage-administratif/regions.json", vintage: 2026}
                  - {type: commune-contours, path: "%1$s/france-geojson/communes-*.geojson", vintage: 2018}
                  - {type: reference-points, path: "%1$s/chefs-lieux-comhisto/cheflieu_grand_est.geojson", vintage: 2020}
                """.formatted(data.toString().replace('\\', '/')));
        importer.run(ImportManifest.read(territoriesManifest), "acceptance");
        String tvs = Files.readString(Path.of("data/manifests/grand-est.yml"));
        tvs = tvs.substring(tvs.indexOf("  - type: groupings")).replace("../../../shared/data", data.toString());
        Path tvsManifest = Files.writeString(dir.resolve("tvs.yml"), "name: TVS\nsources:\n" + tvs);
        long t0 = System.nanoTime();
        report = importer.run(ImportManifest.read(tvsManifest), "acceptance");
        System.out.printf("[acceptance] TVS and GP density import: %d ms%n%s", (System.nanoTime() - t0) / 1_000_000,
                report.summary());
    }

    @Test
    void the232TvsAreALevelWithTheirCommunesAndContours() {
        assertThat(territories.summary()).containsEntry("tvs", 232L);
        assertThat(territories.mapShapes(TerritoryLevel.TVS, 0)).hasSize(232);
        CommuneTable table = communes.table();
        assertThat(table.groupsOf("54395", TerritoryLevel.TVS)).containsExactly("54395");
        long inATvs = table.points().stream().filter(c -> !c.codesAt(TerritoryLevel.TVS).isEmpty()).count();
        assertThat(inATvs).as("communes of Grand Est in a TVS").isGreaterThan(5000);
        assertThat(territories.find(TerritoryLevel.TVS, "55029").orElseThrow().name()).isEqualTo("Bar-le-Duc");
    }

    @Test
    void gpDensityByTvsIsPublishedFor2021WithItsSeriesSince2009() {
        IndicatorView.Values density = catalogue.values("gpdensitytvs", TerritoryLevel.TVS, null, null);
        assertThat(density.millesime()).isEqualTo(2021);
        assertThat(density.values()).filteredOn(v -> v.code().equals("55029")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(5.4));
        assertThat(density.values()).filteredOn(v -> v.code().equals("54395")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(11.8));
        IndicatorView.Series nancy = catalogue.series("gpdensitytvs", TerritoryLevel.TVS, "54395");
        assertThat(nancy.points()).hasSize(13);
        assertThat(nancy.points().get(0).millesime()).isEqualTo(2009);
        assertThat(nancy.points().get(12).value()).isEqualTo(11.8);
    }
}
