package fr.oasis.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.oasis.demo.InitialLoad;
import fr.oasis.support.UsesH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Health probes: anonymous, liveness and readiness groups, readiness down until the start-up load
 * is done, and no other actuator endpoint reachable.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class HealthProbesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectProvider<org.flywaydb.core.Flyway> flyway;

    private MockHttpServletResponse anonymous(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    @Test
    void probesAnswerAnonymousVisitors() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness"}) {
            MockHttpServletResponse response = anonymous(probe);
            assertThat(response.getStatus()).as(probe).isEqualTo(200);
            assertThat(response.getContentAsString()).as(probe).contains("\"status\":\"UP\"")
                    .doesNotContain("details", "components");
        }
    }

    @Test
    void nothingElseOfTheActuatorIsReachable() throws Exception {
        assertThat(anonymous("/actuator/env").getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/actuator/env").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/actuator/beans").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void notReadyUntilTheStartupLoadIsDone() {
        InitialLoad load = new InitialLoad();
        StartupReadiness readiness = new StartupReadiness(flyway, load);
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        load.finished();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }
}
