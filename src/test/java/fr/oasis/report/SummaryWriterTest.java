package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Reference;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.report.TerritoryReport.Subject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary rules on hand-made figures: thresholds, order, the 6-sentence limit, the wording. */
class SummaryWriterTest {
    private static final String NBSP = "\u00a0";
    private static final Subject SUBJECT = new Subject("epci", "200000001", "CC du Test", List.of("1", "2"),
            List.of("1", "2"));
    private static final List<Reference> REFERENCES = List.of(new Reference("departement", "departement", "88",
            "Vosges"), new Reference("region", "region", "44", "Grand Est"));

    private static Figure figure(String id, String label, String unit, Double value, Double... references) {
        return new Figure(id, label, unit, value, Arrays.asList(references), "source", 2021, false, null);
    }

    private static Section section(String id, Figure... figures) {
        return new Section(id, id, List.of(figures), List.of(), List.of(), null);
    }

    private static List<Section> withIdentity(Figure... others) {
        List<Section> sections = new ArrayList<>();
        sections.add(section("demography", figure("population", "Population", "hab.", 12345.0, 300000.0, 5e6),
                figure("communes", "Communes", "communes", 15.0, 500.0, 5000.0),
                figure("density", "Densité", "hab./km²", 45.25, 80.0, 95.0)));
        sections.add(section("other", others));
        return sections;
    }

    @Test
    void identityThenNotableGapsLargestFirst() {
        List<String> summary = SummaryWriter.write(SUBJECT, REFERENCES, withIdentity(
                figure("share75", "Part des 75 ans et plus", "%", 14.4, 12.0, 11.0),
                figure("income", "Revenu médian", "€", 17000.0, 21000.0, 22000.0),
                figure("nearest.MG", "Temps d'accès au plus proche", "min", 5.0, 4.5, 4.0)));

        assertThat(summary).containsExactly(
                "CC du Test compte 12" + NBSP + "345 habitants répartis dans 15 communes (45,3" + NBSP
                        + "hab./km² ; Vosges : 80,0).",
                "Part des 75 ans et plus : 14,4" + NBSP + "%, nettement au-dessus de la référence départementale "
                        + "(Vosges : 12,0" + NBSP + "%, écart de +20 %).",
                "Revenu médian : 17" + NBSP + "000" + NBSP + "€, nettement en dessous de la référence "
                        + "départementale (Vosges : 21" + NBSP + "000" + NBSP + "€, écart de -19 %).");
    }

    @Test
    void deprivationIsWatchedAndAnEstimateIsSaidToBeOne() {
        Figure fedi = new Figure("fedi", "Indice de défavorisation sociale (F-EDI)", "indice", 4.23,
                Arrays.asList(3.44, 4.13), "source", 2021, false, null, List.of(true, false, true));
        List<String> summary = SummaryWriter.write(SUBJECT, REFERENCES, withIdentity(fedi));

        assertThat(summary).contains("Indice de défavorisation sociale (F-EDI) : 4,23 (estimation), "
                + "nettement au-dessus de la référence départementale (Vosges : 3,44, écart de +23 %).");
    }

    @Test
    void aGapJustUnderFifteenPercentIsNotNotable() {
        List<String> summary = SummaryWriter.write(SUBJECT, REFERENCES, withIdentity(
                figure("share75", "Part des 75 ans et plus", "%", 11.49, 10.0, 10.0)));

        assertThat(summary).hasSize(2).last().isEqualTo(
                "Aucun des indicateurs suivis ne s'écarte de 15 % ou plus des références.");
    }

    @Test
    void aGpAplUnderTwoAndAHalfIsAnUnderServedZoneSaidOnce() {
        List<String> summary = SummaryWriter.write(SUBJECT, REFERENCES, withIdentity(
                figure("apl.MG.all", "APL médecins généralistes", "consultations", 2.1, 3.5, 4.0)));

        assertThat(summary).contains("Zone sous-dotée en médecins généralistes : APL de 2,10" + NBSP
                + "consultations, sous le seuil de 2,5.");
        assertThat(summary).noneMatch(s -> s.startsWith("APL médecins généralistes"));
    }

    @Test
    void theRegionIsTheReferenceWhenTheDepartementHasNoValueAndZeroIsNoReference() {
        List<String> summary = SummaryWriter.write(SUBJECT, REFERENCES, withIdentity(
                figure("poverty", "Taux de pauvreté", "%", 20.0, null, 15.0),
                figure("nomt", "Patients sans médecin traitant", "%", 9.0, 0.0, null)));

        assertThat(summary).contains("Taux de pauvreté : 20,0" + NBSP + "%, nettement au-dessus de la référence "
                + "régionale (Grand Est : 15,0" + NBSP + "%, écart de +33 %).");
        assertThat(summary).noneMatch(s -> s.startsWith("Patients sans médecin traitant"));
    }

    @Test
    void atMostSixSentencesAndEmptySectionsAreNamed() {
        List<Section> sections = withIdentity(
                figure("share75", "A", "%", 30.0, 10.0, 10.0), figure("share60", "B", "%", 30.0, 12.0, 10.0),
                figure("income", "C", "€", 30.0, 14.0, 10.0), figure("poverty", "D", "%", 30.0, 16.0, 10.0),
                figure("unemployment", "E", "%", 30.0, 18.0, 10.0), figure("nomt", "F", "%", 30.0, 20.0, 10.0));
        sections.add(new Section("care", "Recours aux soins", List.of(), List.of(), List.of(), "Rien"));

        List<String> summary = SummaryWriter.write(SUBJECT, REFERENCES, sections);

        assertThat(summary).hasSize(SummaryWriter.MAX_SENTENCES);
        assertThat(summary.get(1)).startsWith("A : "); // +200 %: the largest gap first
        assertThat(summary.get(4)).startsWith("D : ");
        assertThat(summary.get(5)).isEqualTo("Sans données importées : recours aux soins.");
    }

    @Test
    void withoutReferencesOnlyTheIdentityAndThresholdsRemain() {
        List<String> summary = SummaryWriter.write(SUBJECT, List.of(), List.of(section("demography",
                figure("population", "Population", "hab.", 1.0e6), figure("communes", "Communes", "communes", 1.0),
                figure("density", "Densité", "hab./km²", null))));

        assertThat(summary).containsExactly("CC du Test compte 1" + NBSP + "000" + NBSP + "000 habitants.");
    }

    @Test
    void frenchNumbersUseTheUnitsDecimals() {
        assertThat(FrenchNumbers.withUnit(1234.5, "hab.")).isEqualTo("1" + NBSP + "235" + NBSP + "hab.");
        assertThat(FrenchNumbers.withUnit(14.25, "%")).isEqualTo("14,3" + NBSP + "%");
        assertThat(FrenchNumbers.format(3.456, "consultations")).isEqualTo("3,46");
        assertThat(FrenchNumbers.format(-2.5, "%")).isEqualTo("-2,5");
        assertThat(FrenchNumbers.withUnit(null, "%")).isEqualTo("—");
    }
}
