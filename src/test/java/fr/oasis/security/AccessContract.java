package fr.oasis.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Who gets in, run on each database (the accounts live in it). */
@SpringBootTest
@AutoConfigureMockMvc
abstract class AccessContract {
    static final String VIEWER = "viewer.access";
    static final String PASSWORD = "viewer-password-123";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void viewerExists() {
        if (!accounts.exists(VIEWER)) {
            accounts.create(VIEWER, PASSWORD, Role.VIEWER);
        }
    }

    @Test
    void loginPageIsPublicAndFrench() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Se connecter")));
    }

    @Test
    void anonymousPageRequestIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void anonymousApiRequestGets401NotARedirect() throws Exception {
        mvc.perform(get("/api/territories/summary")).andExpect(status().isUnauthorized());
    }

    @Test
    void httpBasicWorksForScripts() throws Exception {
        mvc.perform(get("/api/territories/summary").with(httpBasic(VIEWER, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.commune").isNumber());
    }

    @Test
    void wrongPasswordIsRejected() throws Exception {
        mvc.perform(get("/api/territories/summary").with(httpBasic(VIEWER, "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void formLoginWithCsrfSucceedsAndWithoutCsrfFails() throws Exception {
        mvc.perform(post("/login").param("username", VIEWER).param("password", PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/"));
        mvc.perform(post("/login").param("username", VIEWER).param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void storedPasswordIsAHashNotTheClearText() {
        String hash = accounts.loadUserByUsername(VIEWER).getPassword();
        org.assertj.core.api.Assertions.assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
    }

    @Test
    void adminPagesNeedTheAdminRole() throws Exception {
        mvc.perform(get("/admin/users").with(user(VIEWER).roles(Role.VIEWER.name()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("analyst").roles(Role.ANALYST.name()))).andExpect(status().isForbidden());
    }
}
