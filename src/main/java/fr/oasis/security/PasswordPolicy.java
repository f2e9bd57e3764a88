package fr.oasis.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses trivial passwords: fewer than {@value #MIN_LENGTH} characters, fewer than
 * {@value #MIN_DISTINCT} different characters ({@code aaaaaaaaaaaa}, twelve spaces,
 * {@code abababababab}), a straight run ({@code 123456789012}, {@code abcdefghijkl}), a common
 * password or one made of a common word and digits or symbols ({@code Motdepasse2024!},
 * {@code azertyazerty}; list in {@code security/common-passwords.txt}), or one that is mostly the user
 * name (fewer than 8 other characters). Messages are French (shown on the admin page). Stateless, thread-safe.
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MIN_DISTINCT = 5;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @throws IllegalArgumentException naming the rule the password breaks */
    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("le mot de passe doit avoir au moins " + MIN_LENGTH + " caractères");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT || password.isBlank()) {
            throw new IllegalArgumentException("le mot de passe doit mêler au moins " + MIN_DISTINCT
                    + " caractères différents");
        }
        if (isStraightRun(password)) {
            throw new IllegalArgumentException("le mot de passe ne peut pas être une suite (123456…, abcdef…)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String letters = lower.replaceAll("[^\\p{L}]", "");
        if (COMMON.contains(lower) || COMMON.contains(letters) || isRepeatedCommonWord(letters)) {
            throw new IllegalArgumentException("ce mot de passe est trop courant : choisissez une phrase ou un "
                    + "mélange moins prévisible");
        }
        if (username != null && username.length() >= 4
                && lower.replace(username.toLowerCase(Locale.ROOT), "").length() < 8) {
            throw new IllegalArgumentException("le mot de passe ne doit pas contenir l'identifiant");
        }
    }

    private static boolean isStraightRun(String password) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < password.length(); i++) {
            int step = password.charAt(i) - password.charAt(i - 1);
            up += step == 1 || (step == -9 && password.charAt(i) == '0') ? 1 : 0;
            down += step == -1 || (step == 9 && password.charAt(i) == '9') ? 1 : 0;
        }
        return up == password.length() - 1 || down == password.length() - 1;
    }

    private static boolean isRepeatedCommonWord(String letters) {
        for (String word : COMMON) {
            if (word.length() >= 3 && !letters.isEmpty() && letters.replace(word, "").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
