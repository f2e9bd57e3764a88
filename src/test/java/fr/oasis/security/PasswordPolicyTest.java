package fr.oasis.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "            ", "abababababab", "123456789012", "abcdefghijkl",
            "987654321098", "Motdepasse2024!", "azertyazerty", "AZERTYUIOP123", "Password1234", "short-1"})
    void trivialPasswordsAreRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("jdupont", password)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mot de passe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer-password-123", "test-admin-password", "Lune rousse sur Epinal", "k7#Vq9!mRt2p"})
    void reasonablePasswordsAreAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check("jdupont", password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdupont2026!", "JDupontJDupont"})
    void thePasswordMustNotBeMostlyTheUserName(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("jdupont", password)).hasMessageContaining("identifiant");
    }
}
