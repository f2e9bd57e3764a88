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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

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
    @Autowired
    SecurityAudit audit;

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
    void scriptsDownloadPagesWithHttpBasicWhileBrowsersAreSentToTheLoginForm() throws Exception {
        mvc.perform(get("/reports").with(httpBasic(VIEWER, PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/reports").with(httpBasic(VIEWER, "not-the-password")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/reports")).andExpect(status().is3xxRedirection());
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
    void adminCreatesDisablesAndReRolesAccounts() throws Exception {
        String name = "created." + System.nanoTime();
        mvc.perform(post("/admin/users").param("username", name).param("password", "a-long-password-1")
                        .param("role", "ANALYST").with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.list()).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo(name);
            assertThat(a.role()).isEqualTo(Role.ANALYST);
        });
        mvc.perform(post("/admin/users/" + name + "/enabled").param("enabled", "false").with(csrf())
                .with(user("boss").roles("ADMIN"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/territories/summary").with(httpBasic(name, "a-long-password-1")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/users/" + name + "/role").param("role", "VIEWER").with(csrf())
                .with(user("boss").roles("ADMIN"))).andExpect(status().is3xxRedirection());
        assertThat(accounts.list()).filteredOn(a -> a.username().equals(name))
                .singleElement().satisfies(a -> assertThat(a.role()).isEqualTo(Role.VIEWER));
        mvc.perform(get("/admin/users").with(user("boss").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("$2a$"))));
        mvc.perform(get("/admin/audit").with(user("boss").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("USER_CREATED")));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String name = "guessed." + System.nanoTime();
        accounts.create(name, "the-right-password", Role.VIEWER);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            mvc.perform(post("/login").param("username", name).param("password", "wrong-" + i).with(csrf()))
                    .andExpect(header().string("Location", "/login?error"));
        }
        mvc.perform(post("/login").param("username", name).param("password", "the-right-password").with(csrf()))
                .andExpect(header().string("Location", "/login?error"));
        assertThat(audit.latest()).extracting(SecurityAudit.AuditLine::type, SecurityAudit.AuditLine::username)
                .contains(org.assertj.core.groups.Tuple.tuple("ACCOUNT_LOCKED", name));
    }

    @Test
    void theLastAdministratorCannotBeDisabled() {
        accounts.list().stream().filter(a -> a.role() == Role.ADMIN && a.enabled())
                .map(UserAccounts.Account::username).filter(u -> !u.equals("admin")).forEach(u -> accounts.setEnabled(u, false));
        if (!accounts.exists("admin")) {
            accounts.create("admin", "test-admin-password", Role.ADMIN);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.setEnabled("admin", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last enabled administrator");
    }

    @Test
    void adminPagesNeedTheAdminRole() throws Exception {
        mvc.perform(get("/admin/users").with(user(VIEWER).roles(Role.VIEWER.name()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("analyst").roles(Role.ANALYST.name()))).andExpect(status().isForbidden());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void anonymousGuessesLockOnlyTheGuessingClientAndAreAuditedInAggregate() throws Exception {
        String name = "target." + System.nanoTime();
        accounts.create(name, "the-real-password-1", Role.VIEWER);
        // Twenty anonymous HTTP Basic guesses from one address (issue 11: ten locked admin for everyone).
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/territories/summary").with(httpBasic(name, "guess-" + i)).with(from("203.0.113.9")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/territories/summary").with(httpBasic(name, "the-real-password-1"))
                .with(from("203.0.113.9"))).andExpect(status().isUnauthorized());
        // The real user, from their own machine, still gets in, by Basic and by the form.
        mvc.perform(get("/api/territories/summary").with(httpBasic(name, "the-real-password-1"))
                .with(from("198.51.100.7"))).andExpect(status().isOk());
        mvc.perform(post("/login").param("username", name).param("password", "the-real-password-1").with(csrf())
                .with(from("198.51.100.7"))).andExpect(header().string("Location", "/"));
        // 21 attempts, 3 rows: the first failure, the lock, the 10th attempt.
        assertThat(audit.latest()).filteredOn(line -> line.username().equals(name))
                .extracting(SecurityAudit.AuditLine::type)
                .containsExactlyInAnyOrder("LOGIN_FAILURES", "ACCOUNT_LOCKED", "LOGIN_FAILURE", "LOGIN_SUCCESS");
    }
}
