package fr.oasis.prospective.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.importer.source.DreesAgeDistributionReader;
import fr.oasis.importer.source.ReadResult;
import fr.oasis.practitioner.AgeClassCount;
import fr.oasis.practitioner.AgeDistributions;
import fr.oasis.practitioner.Profession;
import fr.oasis.support.RealData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real DREES RPPS table of {@code ../shared/data} (runs with {@code -Doasis.acceptance=true}):
 * read whole with its totals checked, and the shares leaving within a horizon equal to those
 * computed independently (a short Python script over the same file, same uniform-within-class
 * rule, figures copied below) for the BPE 2018 vintage.
 */
class DreesAgeTableAcceptanceTest {

    @Test
    void theNationalTableGivesTheExpectedSharesLeaving() {
        Path file = RealData.folder().resolve("drees-rpps-demographie-2012-2020/effectifs_tranche_age_france_2012_2020.csv");
        DreesAgeDistributionReader reader = new DreesAgeDistributionReader();
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<AgeClassCount> result = reader.read(file);

        assertThat(result.records()).hasSize(288 - 27); // 27 "Ensemble" lines: 3 groups x 9 years
        assertThat(result.warnings()).noneMatch(w -> w.message().contains("sum to")); // every total matches its classes
        List<AgeDistributions.Stored> stored = result.records().stream()
                .map(c -> new AgeDistributions.Stored(c, "DREES", 2021)).toList();
        DistributionChoice choice = new DistributionChoice(stored, 2018);
        DistributionChoice.Used mg = choice.of(Profession.MG).orElseThrow();
        assertThat(mg.year()).isEqualTo(2018);
        assertThat(mg.group()).isEqualTo("medecins");
        assertThat(mg.describe(Profession.MG)).contains("généralistes et spécialistes confondus", "1er janvier 2018");
        assertThat(choice.of(Profession.PEDIATRE).orElseThrow().group()).isEqualTo("medecins");
        assertThat(mg.distribution().leaving(67, 5)).isCloseTo(0.2347253450405695, within(1e-12));
        assertThat(choice.of(Profession.CD).orElseThrow().distribution().leaving(67, 5))
                .isCloseTo(0.15621298960736285, within(1e-12));
        assertThat(choice.of(Profession.INF).orElseThrow().distribution().leaving(67, 5))
                .isCloseTo(0.12707778164533487, within(1e-12));
        assertThat(new DistributionChoice(stored, 2024).of(Profession.MG).orElseThrow().distribution().leaving(67, 1))
                .isCloseTo(0.11813566331423946, within(1e-12)); // latest year before 2024: 2020
        for (Profession p : List.of(Profession.MK, Profession.SF, Profession.PHARMA, Profession.ORTHOPHONISTE,
                Profession.ORTHOPTISTE, Profession.PODOLOGUE)) {
            assertThat(choice.of(p)).as(p.key()).isEmpty();
        }
    }
}
