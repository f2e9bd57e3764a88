package fr.oasis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.oasis.support.UsesH2;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The OpenAPI description: behind login, every API and OGC endpoint in it, parameters and errors documented. */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDescribedWithItsParametersAndErrors() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/v3/api-docs").with(user("v").roles("VIEWER")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode doc = new ObjectMapper().readTree(response.getContentAsByteArray());
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/ogc")) {
                    for (var method : info.getMethodsCondition().getMethods()) {
                        // OpenAPI names a path variable without its pattern: {kind:sites|units} is {kind}.
                        String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                        JsonNode op = doc.at("/paths/" + path.replace("/", "~1") + "/" + method.name().toLowerCase());
                        if (op.isMissingNode()) {
                            missing.add(method + " " + pattern);
                        } else {
                            assertThat(op.at("/responses/400/content/application~1json/schema/$ref").asString())
                                    .as(pattern).isEqualTo("#/components/schemas/ApiError");
                            assertThat(op.at("/responses/401").isMissingNode()).as(pattern).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(missing).as("endpoints missing from /v3/api-docs").isEmpty();
        JsonNode items = doc.at("/paths/~1ogc~1collections~1{collectionId}~1items/get/parameters");
        List<String> names = new ArrayList<>();
        items.forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).contains("collectionId", "limit", "offset", "bbox", "f").doesNotContain("query");
        items.forEach(p -> {
            if (p.get("name").asString().equals("limit")) {
                assertThat(p.at("/schema/maximum").asInt()).isEqualTo(10_000);
            }
        });
        assertThat(doc.at("/paths/~1api~1layers~1{level}.gpkg/get/parameters").toString()).contains("crs", "EPSG:2154");
    }

    @Test
    void descriptionAndSwaggerUiNeedALogin() throws Exception {
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus()).isEqualTo(401);
        MockHttpServletResponse ui = mvc.perform(get("/swagger-ui.html")).andReturn().getResponse();
        assertThat(ui.getStatus()).isEqualTo(302);
        assertThat(ui.getRedirectedUrl()).endsWith("/login");
        MockHttpServletResponse logged = mvc.perform(get("/swagger-ui/index.html").with(user("v").roles("VIEWER")))
                .andReturn().getResponse();
        assertThat(logged.getStatus()).isEqualTo(200);
        assertThat(logged.getContentAsString()).contains("swagger-ui");
    }
}
