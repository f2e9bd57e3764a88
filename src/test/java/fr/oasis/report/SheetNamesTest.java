package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {
    @Test
    void namesAreShortCleanAndUniqueIgnoringCase() {
        SheetNames names = new SheetNames();
        assertThat(names.unique("Accès: soins [2024] / 1?*", "x")).isEqualTo("Accès_ soins _2024_ _ 1__");
        assertThat(names.unique("Professionnels de santé libéraux", "x")).isEqualTo("Professionnels de santé libérau");
        assertThat(names.unique("PROFESSIONNELS DE SANTÉ LIBÉRAUX", "x")).isEqualTo("PROFESSIONNELS DE SANTÉ LIB (2)");
        assertThat(names.unique("Professionnels de santé libéraux", "x")).isEqualTo("Professionnels de santé lib (3)");
        assertThat(names.unique("   ", "Section 4")).isEqualTo("Section 4");
        assertThat(names.unique(null, "Section 5")).isEqualTo("Section 5");
        assertThat(names.unique("History", "Section 6")).isEqualTo("Section 6");
        assertThat(names.unique("'cité'", "x")).doesNotStartWith("'").doesNotEndWith("'");
    }
}
