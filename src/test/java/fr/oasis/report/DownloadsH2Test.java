package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.demo.DemoLoader;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Downloads on the demonstration territory: the ZIP of a département's EPCI reports (one PDF per
 * EPCI whose main département it is, progress readable) and the map view as PNG and PDF.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class DownloadsH2Test {
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    fr.oasis.practitioner.PractitionerQueries practitioners;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    EpciBundles bundles;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void demonstrationData() {
        DemoData.ensure(demo, territories, practitioners, events, jdbc);
    }

    @Test
    void theZipHoldsOnePdfPerEpciOfTheDepartement() throws Exception {
        String departement = territories.names(TerritoryLevel.DEPARTEMENT).keySet().stream().sorted().findFirst()
                .orElseThrow();
        List<String> expected = bundles.epciOf(departement);
        assertThat(expected).isNotEmpty();
        mvc.perform(get("/api/reports/departement/" + departement + "/epci-zip").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/reports/departement/" + departement + "/epci-zip").with(user("v").roles("VIEWER")))
                .andExpect(status().isForbidden()); // CSRF stays on
        mvc.perform(post("/api/reports/departement/" + departement + "/epci-zip").with(user("v").roles("VIEWER"))
                        .with(csrf()))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.total").value(expected.size()));
        byte[] zip = mvc.perform(get("/reports/departement/" + departement + "/epci.zip")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                try (PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
                    assertThat(doc.getNumberOfPages()).as(e.getName()).isBetween(6, 10);
                }
            }
        }
        assertThat(names).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(names.get(i)).startsWith("oasis-rapport-epci-" + expected.get(i) + "-").endsWith(".pdf");
        }
        mvc.perform(get("/api/reports/departement/" + departement + "/epci-zip").with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.state").value("done")).andExpect(jsonPath("$.done").value(expected.size()));
        mvc.perform(get("/reports/departement/ZZ/epci.zip").with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/departement/" + departement + "/epci.zip")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theMapViewExportsAsPngAndPdf() throws Exception {
        String query = "?level=commune&indicator=apl&profession=MG&variant=all&method=fixed";
        byte[] png = mvc.perform(get("/map/export.png" + query).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/report-samples"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/report-samples/map-export.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(MapPicture.WIDTH * ChartCanvas.SCALE);
        assertThat(image.getHeight()).isEqualTo(MapPicture.HEIGHT * ChartCanvas.SCALE);
        // The map area holds the classes' colours, not a blank canvas.
        Set<Integer> colours = new HashSet<>();
        int coloured = 0;
        for (int y = 150; y < image.getHeight() - 100; y += 4) {
            for (int x = 40; x < MapPicture.MAP_WIDTH * ChartCanvas.SCALE; x += 4) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                coloured += rgb != 0xffffff && rgb != 0xf7fafc ? 1 : 0;
            }
        }
        assertThat(colours.size()).isGreaterThan(3);
        assertThat(coloured).isGreaterThan(1000);
        byte[] pdf = mvc.perform(get("/map/export.pdf" + query + "&lat=48.5&lon=6.2&z=8&sel=commune:9A001")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
        mvc.perform(get("/map/export.png?level=<script>&indicator=nope").with(user("v").roles("VIEWER")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/map/export.png")).andExpect(status().is3xxRedirection());
    }
}
