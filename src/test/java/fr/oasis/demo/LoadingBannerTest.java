package fr.oasis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.oasis.support.UsesH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** While the demonstration loads, pages say so (and the map page reloads itself) instead of showing nothing. */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class LoadingBannerTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    InitialLoad state;

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user("viewer").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void pagesSayTheDemonstrationIsLoading() throws Exception {
        state.demoLoading(true);
        try {
            assertThat(page("/map")).contains("Chargement des données de démonstration…", "http-equiv=\"refresh\"");
            assertThat(page("/")).contains("Chargement des données de démonstration…");
            assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                    .contains("Chargement des données").doesNotContain("http-equiv=\"refresh\"");
        } finally {
            state.demoLoading(false);
        }
        assertThat(page("/map")).doesNotContain("Chargement des données de démonstration", "http-equiv=\"refresh\"");
    }
}
