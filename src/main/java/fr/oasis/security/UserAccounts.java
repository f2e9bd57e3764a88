package fr.oasis.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts stored in the database; the entry point for creating users (admin page, bootstrap, tests). */
@Service
public class UserAccounts implements UserDetailsService {
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    private final ApiTokens tokens;

    UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, ApiTokens tokens) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
    }

    /** An account as the admin page shows it (never the hash). */
    public record Account(String username, Role role, boolean enabled, java.time.Instant createdAt) {
    }

    @Transactional(readOnly = true)
    public java.util.List<Account> list() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(u -> new Account(u.username(), u.role(), u.enabled(), u.createdAt())).toList();
    }

    /** Enables or disables an account; the last enabled administrator cannot be disabled. */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        AppUser user = find(username);
        if (!enabled && user.role() == Role.ADMIN) {
            requireAnotherAdmin(username);
        }
        user.enable(enabled);
        tokens.forgetAll();
    }

    /** Changes an account's role; the last enabled administrator keeps ADMIN. */
    @Transactional
    public void changeRole(String username, Role role) {
        AppUser user = find(username);
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(username);
        }
        user.changeRole(role);
        tokens.forgetAll();
    }

    private AppUser find(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new java.util.NoSuchElementException("no user '" + username + "'"));
    }

    private void requireAnotherAdmin(String username) {
        boolean another = users.findAll().stream()
                .anyMatch(u -> u.role() == Role.ADMIN && u.enabled() && !u.username().equals(username));
        if (!another) {
            throw new IllegalArgumentException("'" + username + "' is the last enabled administrator");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(user.username()).password(user.passwordHash()).roles(user.role().name())
                .disabled(!user.enabled()).build();
    }

    /** Creates an account; the password is hashed here and never stored or logged in clear. */
    @Transactional
    public void create(String username, String rawPassword, Role role) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("user name must be 2-100 letters, digits or . _ @ -");
        }
        PasswordPolicy.check(username, rawPassword);
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("user '" + username + "' already exists");
        }
        users.save(new AppUser(username, passwordEncoder.encode(rawPassword), role));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }
}
