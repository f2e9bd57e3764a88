package fr.oasis.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when the database has no account: password from
 * {@code OASIS_ADMIN_PASSWORD}, otherwise generated and printed once on the console.
 */
@Component
public class AdminBootstrap {
    static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts accounts;
    private final String configuredPassword;

    AdminBootstrap(UserAccounts accounts, @Value("${oasis.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    /** @return the generated password, or null when none was generated (accounts exist or configured) */
    public String ensureAdmin() {
        if (accounts.count() > 0) {
            return null;
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? generate() : configuredPassword;
        try {
            accounts.create(ADMIN_USERNAME, password, Role.ADMIN);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("OASIS_ADMIN_PASSWORD refused by the password policy: " + e.getMessage(), e);
        }
        if (generate) {
            LOG.info("Created administrator '{}' with a generated password (printed on the console once)",
                    ADMIN_USERNAME);
        }
        return generate ? password : null;
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
