package fr.oasis.support;

import fr.oasis.security.Role;
import fr.oasis.security.UserAccounts;
import java.util.Locale;

/**
 * One account per role for the tests that sign in through the login form ({@code browser.viewer},
 * {@code browser.analyst}, {@code browser.admin}, one password), created on first use in a
 * database and reused by every later test of the run: no test class declares its own user. A
 * test that checks what a user's name shows (an audit trail) may still create its own. Thread-safe
 * as {@link UserAccounts} is; creation is idempotent.
 */
public final class TestAccounts {
    /** The password of every test account; meets the password policy. */
    public static final String PASSWORD = "Headless-Chromium-signs-in-7";

    private TestAccounts() {
    }

    /** The user name of the role's test account: {@code browser.viewer}, {@code browser.analyst}... */
    public static String username(Role role) {
        return "browser." + role.name().toLowerCase(Locale.ROOT);
    }

    /** The role's test account in this database, created when missing; returns its user name. */
    public static synchronized String ensure(UserAccounts accounts, Role role) {
        String username = username(role);
        if (!accounts.exists(username)) {
            accounts.create(username, PASSWORD, role);
        }
        return username;
    }
}
