package fr.oasis.practitioner;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProfessionTest {

    @Test
    void catalogueHasEighteenProfessionsWithUniqueCodes() {
        List<Profession> all = List.of(Profession.values());

        assertThat(all).hasSize(18);
        assertThat(all).extracting(Profession::key).doesNotHaveDuplicates()
                .allSatisfy(k -> assertThat(k).matches("[A-Z]{2,13}"))
                .contains("MG", "CD", "INF", "MK", "SF", "PHARMA", "ORTHOPHONISTE");
        assertThat(all).extracting(Profession::bpeCode).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).matches("D[23]\\d{2}"));
        assertThat(all.stream().flatMap(p -> p.savoirFaire().stream())).doesNotHaveDuplicates();
        assertThat(all.stream().filter(p -> !p.rppsCode().equals(Profession.PHYSICIAN)))
                .extracting(Profession::rppsCode).doesNotHaveDuplicates();
        assertThat(all.stream().filter(p -> p.rppsCode().equals(Profession.PHYSICIAN)))
                .allSatisfy(p -> assertThat(p.savoirFaire()).isNotEmpty());
        assertThat(all.stream().filter(Profession::isSpecialist)).hasSize(9);
        assertThat(all).allSatisfy(p -> assertThat(p.pluralLabel()).isNotBlank().isNotEqualTo(p.label()));
    }

    @Test
    void looksUpByKeyBpeCodeAndRpps() {
        assertThat(Profession.fromKey(" mg ")).isEqualTo(Profession.MG);
        assertThat(Profession.fromBpeCode("D201")).contains(Profession.MG);
        assertThat(Profession.fromBpeCode("D232")).contains(Profession.INF);
        assertThat(Profession.fromBpeCode("D302")).isEmpty();
        assertThat(Profession.fromBpeCode(null)).isEmpty();

        assertThat(Profession.fromRpps("10", "SM54")).contains(Profession.MG);
        assertThat(Profession.fromRpps("10", "SM26")).contains(Profession.MG);
        assertThat(Profession.fromRpps("10", "SM38")).contains(Profession.OPHTALMO);
        assertThat(Profession.fromRpps("10", "SM05")).isEmpty();
        assertThat(Profession.fromRpps("10", "")).isEmpty();
        assertThat(Profession.fromRpps("50", null)).contains(Profession.SF);
        assertThat(Profession.fromRpps("21", "")).contains(Profession.PHARMA);
        // The savoir-faire only matters for physicians.
        assertThat(Profession.fromRpps("60", "SI01")).contains(Profession.INF);
        assertThat(Profession.fromRpps("26", "")).isEmpty();
    }

    @Test
    void unknownKeyNamesTheKnownOnes() {
        assertThatThrownBy(() -> Profession.fromKey("GP"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'GP'").hasMessageContaining("MG, CD, INF");
        assertThatThrownBy(() -> Profession.fromKey(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generalPracticeCountsConsultationsWithFloorAndCap() {
        AplParameters gp = Profession.MG.apl();

        assertThat(gp.aplUnit()).isEqualTo(AplParameters.CONSULTATIONS_PER_INHABITANT);
        assertThat(gp.aplScale()).isEqualTo(1);
        assertThat(gp.defaultActivity()).isEqualTo(4_500);
        assertThat(gp.fte(null)).isEqualTo(1.0);
        assertThat(gp.fte(2_250.0)).isEqualTo(0.5);
        assertThat(gp.fte(249.0)).isZero();                 // under 250 consultations: left out
        assertThat(gp.fte(250.0)).isCloseTo(250 / 4500.0, within(1e-12));
        assertThat(gp.fte(20_000.0)).isEqualTo(2.0);        // capped at two FTE
        assertThat(gp.supply(20_000.0)).isEqualTo(9_000.0);
    }

    @Test
    void aUnitClaimsStandardisationOnlyWhenTheDemandWasStandardised() {
        assertThat(Profession.MG.apl().aplUnit(true)).isEqualTo("consultations par an et par habitant standardisé");
        assertThat(Profession.MG.apl().aplUnit(false)).isEqualTo("consultations par an et par habitant");
        assertThat(Profession.INF.apl().aplUnit(false)).isEqualTo("ETP pour 100 000 habitants");
        assertThat(AplParameters.unitFor(null, false)).isNull();
    }

    @Test
    void otherProfessionsCountFullTimeEquivalentsPer100k() {
        assertThat(Arrays.stream(Profession.values()).filter(p -> p != Profession.MG))
                .allSatisfy(p -> assertThat(p.apl().aplUnit()).isEqualTo(AplParameters.FTE_PER_100K));
        AplParameters nurse = Profession.INF.apl();

        assertThat(nurse.aplScale()).isEqualTo(100_000);
        assertThat(nurse.supply(null)).isEqualTo(1.0);
        assertThat(nurse.fte(0.05)).isZero();
        assertThat(nurse.withFte(0, 1).fte(1.5)).isEqualTo(1.0);
    }

    @Test
    void refusesInconsistentParameters() {
        AplParameters gp = Profession.MG.apl();

        assertThatThrownBy(() -> gp.withFte(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gp.withFte(-0.1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gp.fte(-1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gp.fte(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
