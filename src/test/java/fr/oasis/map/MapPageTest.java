package fr.oasis.map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.security.Role;
import fr.oasis.support.UsesH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The map page shell: who gets it, and what it carries for the script. */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class MapPageTest {
    @Autowired
    MockMvc mvc;

    @Test
    void anonymousIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/map")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void rendersForAViewerWithLeafletTheScriptAndTheDefaultIgnTiles() throws Exception {
        mvc.perform(get("/map").with(user("viewer").roles(Role.VIEWER.name())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Carte de l'accès aux soins"),
                        containsString("/webjars/leaflet/1.9.4/dist/leaflet.js"),
                        containsString("src=\"/js/map.js\""),
                        containsString("data-tile-url=\"https://data.geopf.fr/wmts?"),
                        containsString("PLANIGNV2"),
                        containsString("<option value=\"MG\">Médecins généralistes</option>"),
                        containsString("<option value=\"GYNECO\">Gynécologues</option>"),
                        not(containsString("onclick")))));
    }

    @Test
    void homePageAndHeaderLinkTheMap() throws Exception {
        mvc.perform(get("/").with(user("viewer").roles(Role.VIEWER.name())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"home-map-link\" href=\"/map\""),
                        containsString("id=\"nav-map\">Carte</a>"))));
    }

    @Test
    void leafletIsServedFromTheWebJarWithoutAVersionInTheUrl() throws Exception {
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
        mvc.perform(get("/js/map.js")).andExpect(status().isOk());
    }
}
