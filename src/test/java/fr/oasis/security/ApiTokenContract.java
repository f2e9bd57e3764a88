package fr.oasis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Personal API tokens end to end, on each database (tokens live in it). */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ApiTokenContract {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private String account(Role role) {
        String name = role.name().toLowerCase() + "." + System.nanoTime();
        accounts.create(name, "a-long-password-1", role);
        return name;
    }

    /** Creates a token through the account page, as its owner would, and returns the value shown once. */
    private String createToken(String owner, Role ownerRole, Role scope, String days) throws Exception {
        var result = mvc.perform(post("/account/tokens").param("name", "script de test").param("role", scope.name())
                        .param("days", days).with(csrf()).with(user(owner).roles(ownerRole.name())))
                .andExpect(status().is3xxRedirection()).andReturn();
        ApiTokens.Created created = (ApiTokens.Created) result.getFlashMap().get("created");
        assertThat(created).as("flash: %s", result.getFlashMap()).isNotNull();
        return created.value();
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndAcceptedAsBearerAndAsTheBasicPassword() throws Exception {
        String owner = account(Role.VIEWER);
        String token = createToken(owner, Role.VIEWER, Role.VIEWER, "90");
        assertThat(token).startsWith("oasis_").hasSizeGreaterThanOrEqualTo(6 + 43);
        List<String> stored = jdbc.queryForList("SELECT t.token_hash FROM api_token t JOIN app_user u ON u.id = t.user_id "
                + "WHERE u.username = ?", String.class, owner);
        assertThat(stored).containsExactly(ApiTokens.sha256(token));
        mvc.perform(get("/account").with(user(owner).roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(token.substring(0, 10))))
                .andExpect(content().string(not(containsString(token))))
                .andExpect(content().string(not(containsString(stored.get(0)))));

        mvc.perform(get("/api/territories/summary").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.commune").isNumber());
        mvc.perform(get("/api/territories/summary").with(httpBasic(owner, token))).andExpect(status().isOk());
        mvc.perform(get("/reports").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        // Another user name beside the token, or a token changed by one character: refused, JSON.
        mvc.perform(get("/api/territories/summary").with(httpBasic("admin", token))).andExpect(status().isUnauthorized());
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        mvc.perform(get("/api/territories/summary").header("Authorization", "Bearer " + altered))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("unauthorized"));
        // No session is created for a script.
        assertThat(mvc.perform(get("/api/territories/summary").header("Authorization", "Bearer " + token))
                .andReturn().getRequest().getSession(false)).isNull();
    }

    @Test
    void aTokenHasTheLesserOfItsScopeAndItsOwnersRole() throws Exception {
        String admin = account(Role.ADMIN);
        String viewerScoped = createToken(admin, Role.ADMIN, Role.VIEWER, "30");
        String adminScoped = createToken(admin, Role.ADMIN, Role.ADMIN, "30");
        mvc.perform(get("/admin/users").header("Authorization", "Bearer " + viewerScoped)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").header("Authorization", "Bearer " + adminScoped)).andExpect(status().isOk());
        // The owner is demoted: the ADMIN token no longer opens admin pages.
        accounts.changeRole(admin, Role.VIEWER);
        mvc.perform(get("/admin/users").header("Authorization", "Bearer " + adminScoped)).andExpect(status().isForbidden());
        // A VIEWER cannot create an ADMIN token.
        String viewer = account(Role.VIEWER);
        var refused = mvc.perform(post("/account/tokens").param("name", "x").param("role", "ADMIN").param("days", "30")
                .with(csrf()).with(user(viewer).roles("VIEWER"))).andReturn();
        assertThat((String) refused.getFlashMap().get("error")).contains("plus de droits");
    }

    @Test
    void revokedExpiredOrDisabledTokensAreRefusedAtOnce() throws Exception {
        String owner = account(Role.ANALYST);
        String token = createToken(owner, Role.ANALYST, Role.ANALYST, "90");
        mvc.perform(get("/api/territories/summary").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        long id = jdbc.queryForObject("SELECT t.id FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = ?",
                Long.class, owner);
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(user("someone.else").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/territories/summary").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()); // only the owner may revoke
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(user(owner).roles("ANALYST")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/territories/summary").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());

        String expiring = createToken(owner, Role.ANALYST, Role.VIEWER, "1");
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE token_hash = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), ApiTokens.sha256(expiring));
        mvc.perform(get("/api/territories/summary").header("Authorization", "Bearer " + expiring))
                .andExpect(status().isUnauthorized());

        String third = createToken(owner, Role.ANALYST, Role.VIEWER, "30");
        mvc.perform(get("/api/territories/summary").header("Authorization", "Bearer " + third)).andExpect(status().isOk());
        accounts.setEnabled(owner, false);
        mvc.perform(get("/api/territories/summary").header("Authorization", "Bearer " + third))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void scriptsPostWithABearerTokenWithoutACsrfTokenButBasicStillNeedsOne() throws Exception {
        String owner = account(Role.ANALYST);
        String token = createToken(owner, Role.ANALYST, Role.ANALYST, "30");
        String body = "{\"profession\":\"MG\",\"communeCode\":\"00000\",\"practitioners\":1}";
        mvc.perform(post("/api/accessibility/scenario").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
        mvc.perform(post("/api/accessibility/scenario").with(httpBasic(owner, token))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    }

    @Test
    void theAccountPageIsLinkedFromTheHeaderAndValidatesTheRequest() throws Exception {
        String owner = account(Role.VIEWER);
        mvc.perform(get("/reports").with(user(owner).roles("VIEWER")))
                .andExpect(content().string(containsString("href=\"/account\"")));
        var tooLong = mvc.perform(post("/account/tokens").param("name", "x").param("role", "VIEWER").param("days", "5000")
                .with(csrf()).with(user(owner).roles("VIEWER"))).andReturn();
        assertThat((String) tooLong.getFlashMap().get("error")).contains("365");
    }
}
