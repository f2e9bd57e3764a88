package fr.oasis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fr.oasis.support.UsesH2;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped endpoint has a declared access rule here, and the rule is enforced: anonymous
 * visitors get 401 (API) or the login page (pages), and each role gets in or gets 403 as declared.
 * A new endpoint without a line in {@link #RULES} fails this test.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class EndpointRulesTest {
    /** Who may call what: the lowest role allowed, or PUBLIC. */
    private static final Map<String, String> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /login", "PUBLIC"),
            Map.entry("GET /", "VIEWER"),
            Map.entry("GET /map", "VIEWER"),
            Map.entry("GET /admin/users", "ADMIN"),
            Map.entry("POST /admin/users", "ADMIN"),
            Map.entry("POST /admin/users/{username}/enabled", "ADMIN"),
            Map.entry("POST /admin/users/{username}/role", "ADMIN"),
            Map.entry("GET /admin/audit", "ADMIN"),
            Map.entry("GET /account", "VIEWER"),
            Map.entry("GET /reports/departement/{code}/epci.zip", "VIEWER"),
            Map.entry("GET /api/reports/departement/{code}/epci-zip", "VIEWER"),
            Map.entry("POST /api/reports/departement/{code}/epci-zip", "VIEWER"),
            Map.entry("GET /map/export.png", "VIEWER"),
            Map.entry("GET /map/export.pdf", "VIEWER"),
            Map.entry("POST /account/tokens", "VIEWER"),
            Map.entry("POST /account/tokens/{id}/revoke", "VIEWER"),
            Map.entry("GET /api/csrf", "VIEWER"),
            Map.entry("GET /api/territories/summary", "VIEWER"),
            Map.entry("GET /api/territories", "VIEWER"),
            Map.entry("GET /api/territories/{level}/{code}", "VIEWER"),
            Map.entry("GET /api/layers/{level}", "VIEWER"),
            Map.entry("GET /api/practitioners", "VIEWER"),
            Map.entry("GET /api/accessibility/runs", "VIEWER"),
            Map.entry("GET /api/accessibility/{level}", "VIEWER"),
            Map.entry("GET /api/accessibility/proximity", "VIEWER"),
            Map.entry("GET /api/indicators", "VIEWER"),
            Map.entry("GET /api/indicators/{id}", "VIEWER"),
            Map.entry("GET /api/indicators/{id}/series", "VIEWER"),
            Map.entry("GET /api/filter", "VIEWER"),
            Map.entry("GET /api/networks", "VIEWER"),
            Map.entry("GET /api/compare", "VIEWER"),
            Map.entry("GET /prospective/evolution", "VIEWER"),
            Map.entry("GET /api/prospective/evolution", "VIEWER"),
            Map.entry("GET /api/prospective/evolution.csv", "VIEWER"),
            Map.entry("GET /api/prospective/evolution/vintages", "VIEWER"),
            Map.entry("GET /reports/compare", "VIEWER"),
            Map.entry("GET /reports/compare.csv", "VIEWER"),
            Map.entry("GET /reports/compare.xlsx", "VIEWER"),
            Map.entry("GET /reports", "VIEWER"),
            Map.entry("GET /reports/{level}/{code}", "VIEWER"),
            Map.entry("GET /reports/selection", "VIEWER"),
            Map.entry("GET /reports/{level}/{code}.pdf", "VIEWER"),
            Map.entry("GET /reports/{level}/{code}.xlsx", "VIEWER"),
            Map.entry("GET /reports/{level}/{code}.csv", "VIEWER"),
            Map.entry("GET /reports/selection.pdf", "VIEWER"),
            Map.entry("GET /reports/selection.xlsx", "VIEWER"),
            Map.entry("GET /reports/selection.csv", "VIEWER"),
            Map.entry("GET /api/reports/{level}/{code}", "VIEWER"),
            Map.entry("GET /api/reports/selection", "VIEWER"),
            Map.entry("POST /api/accessibility/scenario", "ANALYST"),
            Map.entry("GET /api/groupings", "VIEWER"),
            Map.entry("GET /api/groupings/{type}/{code}", "VIEWER"),
            Map.entry("POST /api/groupings", "ANALYST"),
            Map.entry("PUT /api/groupings/{type}/{code}", "ANALYST"),
            Map.entry("DELETE /api/groupings/{type}/{code}", "ANALYST"),
            Map.entry("GET /groupings", "VIEWER"),
            Map.entry("GET /prospective", "VIEWER"),
            Map.entry("GET /prospective/scenarios/new", "ANALYST"),
            Map.entry("GET /prospective/scenarios/{id}", "VIEWER"),
            Map.entry("GET /prospective/scenarios/{id}/communes.csv", "VIEWER"),
            Map.entry("GET /prospective/scenarios/{id}/synthese.pdf", "VIEWER"),
            Map.entry("POST /api/prospective/scenarios/evaluate", "ANALYST"),
            Map.entry("GET /api/prospective/scenarios", "VIEWER"),
            Map.entry("POST /api/prospective/scenarios", "ANALYST"),
            Map.entry("GET /api/prospective/scenarios/{id}", "VIEWER"),
            Map.entry("PUT /api/prospective/scenarios/{id}", "ANALYST"),
            Map.entry("DELETE /api/prospective/scenarios/{id}", "ANALYST"),
            Map.entry("GET /api/prospective/scenarios/{id}/outcome", "VIEWER"),
            Map.entry("GET /api/prospective/scenarios/baseline", "VIEWER"),
            Map.entry("GET /prospective/retirements", "VIEWER"),
            Map.entry("GET /prospective/where-to-act", "VIEWER"),
            Map.entry("GET /api/prospective/retirements", "VIEWER"),
            Map.entry("GET /api/prospective/where-to-act", "VIEWER"),
            // Contracts: content changes are also limited to each contract's editors (ContractStorageContract).
            Map.entry("GET /contracts", "VIEWER"),
            Map.entry("GET /contracts/{id}", "VIEWER"),
            Map.entry("GET /contracts/{id}/actions/{code}", "VIEWER"),
            Map.entry("GET /contracts/{id}/bilan/{year}", "VIEWER"),
            Map.entry("GET /contracts/{id}/bilan/{year}.pdf", "VIEWER"),
            Map.entry("GET /contracts/{id}/bilan/{year}.xlsx", "VIEWER"),
            Map.entry("GET /contracts/{id}/classeur.xlsx", "VIEWER"),
            Map.entry("POST /contracts/{id}/classeur", "VIEWER"),
            Map.entry("POST /contracts/{id}/figures", "VIEWER"),
            Map.entry("GET /api/contracts", "VIEWER"),
            Map.entry("POST /api/contracts", "ADMIN"),
            Map.entry("GET /api/contracts/{id}", "VIEWER"),
            Map.entry("PUT /api/contracts/{id}", "VIEWER"),
            Map.entry("DELETE /api/contracts/{id}", "ADMIN"),
            Map.entry("PUT /api/contracts/{id}/editors", "ADMIN"),
            Map.entry("GET /api/contracts/{id}/changes", "VIEWER"),
            Map.entry("GET /api/contracts/{id}/figures", "VIEWER"),
            Map.entry("POST /api/contracts/{id}/figures", "VIEWER"),
            Map.entry("POST /api/contracts/{id}/spreadsheet", "VIEWER"),
            Map.entry("GET /api/services", "VIEWER"),
            Map.entry("GET /api/services/layer", "VIEWER"),
            Map.entry("GET /api/services/changes", "VIEWER"),
            Map.entry("POST /api/services/sites", "ANALYST"),
            Map.entry("POST /api/services/units", "ANALYST"),
            Map.entry("POST /api/services/initiatives", "ANALYST"),
            Map.entry("PUT /api/services/sites/{code}", "ANALYST"),
            Map.entry("PUT /api/services/units/{code}", "ANALYST"),
            Map.entry("PUT /api/services/initiatives/{code}", "ANALYST"),
            Map.entry("DELETE /api/services/{kind:sites|units|initiatives}/{code}", "ANALYST"),
            Map.entry("GET /services", "VIEWER"),
            Map.entry("GET /services/{kind:sites|units|initiatives}/new", "ANALYST"),
            Map.entry("GET /services/{kind:sites|units|initiatives}/{code}", "ANALYST"),
            Map.entry("POST /services/{kind:sites|units|initiatives}", "ANALYST"),
            Map.entry("POST /services/{kind:sites|units|initiatives}/{code}", "ANALYST"),
            Map.entry("POST /services/{kind:sites|units|initiatives}/{code}/delete", "ANALYST"),
            Map.entry("GET /api/structures", "VIEWER"),
            Map.entry("GET /api/structures/layer", "VIEWER"),
            Map.entry("GET /ogc", "VIEWER"),
            Map.entry("GET /ogc/conformance", "VIEWER"),
            Map.entry("GET /ogc/collections", "VIEWER"),
            Map.entry("GET /ogc/collections/{collectionId}", "VIEWER"),
            Map.entry("GET /ogc/collections/{collectionId}/schema", "VIEWER"),
            Map.entry("GET /ogc/collections/{collectionId}/items", "VIEWER"),
            Map.entry("GET /ogc/collections/{collectionId}/items/{featureId}", "VIEWER"),
            Map.entry("GET /api/layers/{level}.gpkg", "VIEWER"),
            Map.entry("GET /api/layers/{level}.geojson", "VIEWER"),
            Map.entry("GET /api/filter.gpkg", "VIEWER"),
            Map.entry("GET /api/filter.geojson", "VIEWER"),
            Map.entry("GET /v3/api-docs", "VIEWER"),
            Map.entry("GET /v3/api-docs.yaml", "VIEWER"),
            Map.entry("GET /v3/api-docs/swagger-config", "VIEWER"),
            Map.entry("GET /swagger-ui.html", "VIEWER")));

    private static final List<String> ROLES = List.of("VIEWER", "ANALYST", "ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private List<String> mappedEndpoints() {
        List<String> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue; // Spring Boot's error page, reached only by forwarding
                }
                info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    @Test
    void everyMappedEndpointHasARule() {
        assertThat(RULES.keySet()).as("endpoints without an access rule in EndpointRulesTest.RULES")
                .containsAll(mappedEndpoints());
    }

    @Test
    void rulesAreEnforcedForAnonymousVisitorsAndEveryRole() throws Exception {
        for (String endpoint : mappedEndpoints()) {
            String rule = RULES.get(endpoint);
            String[] parts = endpoint.split(" ");
            String url = parts[1].replace("{level}", "commune").replace("{code}", "00000")
                    .replace("{username}", "nobody").replace("{id}", "density").replace("{year}", "2020")
                    .replace("{collectionId}", "communes").replace("{featureId}", "00000").replace("{type}", "cpts")
                    .replaceAll("\\{kind:[^}]*}", "units")
                    + (parts[1].startsWith("/api/filter") ? "?c=density%3E1" : "");
            HttpMethod method = HttpMethod.valueOf(parts[0]);
            int anonymous = mvc.perform(request(method, url).with(csrf())).andReturn().getResponse().getStatus();
            if (rule.equals("PUBLIC")) {
                assertThat(anonymous).as(endpoint + " anonymous").isEqualTo(200);
                continue;
            }
            assertThat(anonymous).as(endpoint + " anonymous").isEqualTo(url.startsWith("/api/") || url.startsWith("/ogc") || url.startsWith("/v3/") ? 401 : 302);
            for (String role : ROLES) {
                int status = mvc.perform(request(method, url).with(csrf()).with(user("u").roles(role)))
                        .andReturn().getResponse().getStatus();
                boolean allowed = ROLES.indexOf(role) >= ROLES.indexOf(rule);
                if (allowed) {
                    assertThat(status).as(endpoint + " as " + role).isNotIn(401, 403);
                } else {
                    assertThat(status).as(endpoint + " as " + role).isEqualTo(403);
                }
            }
        }
    }
}
