package fr.oasis.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.demo.DemoLoader;
import fr.oasis.practitioner.Profession;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The embedded default: the demonstration territory comes with its road network, so the API and
 * the map show times by road out of the box, with the network as provenance.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoByRoadH2Test {
    @Autowired
    DemoLoader demo;
    @Autowired
    AccessibilityQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeAll
    void loadTheDemonstration() {
        fr.oasis.support.DataChange.deleteNetworks(jdbc);
        demo.load();
    }

    @AfterAll
    void noNetworkLeft() {
        fr.oasis.support.DataChange.deleteNetworks(jdbc);
    }

    @Test
    void everyRunIsByRoadOnTheDemonstrationNetwork() throws Exception {
        mvc.perform(get("/api/networks").with(user("v").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].label", containsString("réseau routier de démonstration")))
                .andExpect(jsonPath("$[0].demo").value(true))
                .andExpect(jsonPath("$[0].format").value("demo"));
        mvc.perform(get("/api/accessibility/runs").with(user("v").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].travelModel", everyItem(org.hamcrest.Matchers.is("road"))))
                .andExpect(jsonPath("$[*].parameters", everyItem(org.hamcrest.Matchers.not(
                        containsString("not linked to the road network")))));
    }

    @Test
    void theLayerSaysRoadAndEveryCommuneHasATime() throws Exception {
        mvc.perform(get("/api/accessibility/commune").param("profession", "MG").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.travelModel").value("road"))
                .andExpect(jsonPath("$.network.source", containsString("réseau routier de démonstration")))
                .andExpect(jsonPath("$.network.demo").value(true))
                .andExpect(jsonPath("$.values[*].nearestMinutes", everyItem(notNullValue())))
                .andExpect(jsonPath("$.thresholdsMinutes", hasItems(10.0, 20.0, 30.0)));
        AccessibilityView.Layer region = queries.layer(TerritoryLevel.REGION, Profession.MG, AplVariant.ALL);
        double[] beyond = region.values().get(0).populationBeyond();
        double[] beyond75 = region.values().get(0).population75Beyond();
        assertThat(beyond[0]).as("beyond 10 ≥ beyond 20 ≥ beyond 30").isGreaterThanOrEqualTo(beyond[1]);
        assertThat(beyond[1]).isGreaterThanOrEqualTo(beyond[2]);
        assertThat(beyond75[0]).isLessThanOrEqualTo(beyond[0]).isGreaterThanOrEqualTo(beyond75[2]);
    }

    @Test
    void theCatalogueOffersPopulationsBeyond10And30ByRoad() throws Exception {
        mvc.perform(get("/api/indicators").with(user("v").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItems("beyond10", "beyond20", "beyond30", "beyond10aged75",
                        "beyond20aged75", "beyond30aged75")))
                .andExpect(jsonPath("$[?(@.id == 'beyond30')].label").value(
                        org.hamcrest.Matchers.contains("Population à plus de 30 min par la route")))
                .andExpect(jsonPath("$[?(@.id == 'nearest')].source").value(org.hamcrest.Matchers.contains(
                        containsString("temps par la route : Oasis, réseau routier de démonstration"))));
        AccessibilityView.Layer departements = queries.layer(TerritoryLevel.DEPARTEMENT, Profession.MG, AplVariant.ALL);
        double expected = departements.values().get(0).population75Beyond()[2];
        mvc.perform(get("/api/indicators/beyond30aged75").param("level", "departement").param("profession", "MG")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("Personnes de 75 ans et plus à plus de 30 min par la route"
                        + " (médecin généraliste)"))
                .andExpect(jsonPath("$.demo").value(true))
                .andExpect(jsonPath("$.values[0].value").value(expected));
        mvc.perform(get("/api/filter").param("level", "commune").param("c", "beyond10.MG>=0")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(119));
    }
}
