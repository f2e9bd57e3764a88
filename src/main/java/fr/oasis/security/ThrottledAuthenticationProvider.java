package fr.oasis.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-ins (form and HTTP Basic) through {@link LoginAttempts}: an attempt its verdict
 * refuses fails with {@link Refused} before any account lookup or BCrypt check; the others go to
 * the usual user-details check. Thread-safe.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final LoginAttempts attempts;
    private final SecurityAudit audit;
    private final DaoAuthenticationProvider passwords;

    ThrottledAuthenticationProvider(UserAccounts accounts, PasswordEncoder encoder, LoginAttempts attempts,
                                    SecurityAudit audit) {
        this.attempts = attempts;
        this.audit = audit;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
    }

    /** An attempt refused unchecked (a lock of this client and account, of this client, or a flood). */
    static final class Refused extends LockedException {
        private final LoginAttempts.Verdict verdict;

        Refused(LoginAttempts.Verdict verdict) {
            super("too many failed sign-ins: " + verdict);
            this.verdict = verdict;
        }

        LoginAttempts.Verdict verdict() {
            return verdict;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String client = SecurityAudit.remote(authentication.getDetails());
        LoginAttempts.Verdict verdict = attempts.verdict(client, authentication.getName());
        if (verdict != LoginAttempts.Verdict.CHECK) {
            // Spring publishes no failure event for an exception class it does not know: count it here.
            audit.refused(client, authentication.getName());
            throw new Refused(verdict);
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
