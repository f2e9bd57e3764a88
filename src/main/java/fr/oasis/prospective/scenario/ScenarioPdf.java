package fr.oasis.prospective.scenario;

import fr.oasis.report.FrenchNumbers;
import fr.oasis.report.ReportPdf;
import fr.oasis.prospective.scenario.ScenarioOutcome.CommuneRow;
import fr.oasis.prospective.scenario.ScenarioOutcome.EpciRow;
import fr.oasis.prospective.scenario.ScenarioOutcome.ProfessionOutcome;
import fr.oasis.prospective.scenario.ScenarioOutcome.Summary;
import fr.oasis.territory.TerritoryView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A scenario's one-page A4 summary: its changes, then per profession (at most
 * {@value #PROFESSIONS}) the key figures and the communes and EPCI that change most (at most
 * {@value #ROWS} communes and {@value #EPCI_ROWS} EPCI; the CSV has them all), the sources last. Filled into the print template
 * {@code prospective/scenario.xhtml} as ready-made French text ({@link FrenchNumbers}) and laid
 * out by {@link ReportPdf#layout} with the reports' embedded font. Thread-safe.
 */
final class ScenarioPdf {
    static final int PROFESSIONS = 2;
    static final int ROWS = 5;
    static final int EPCI_ROWS = 3;
    private static final SpringTemplateEngine TEMPLATES = ReportPdf.printTemplates("prospective/");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private ScenarioPdf() {
    }

    /** One profession's block: figures as label/value pairs, tables as rows of cells. */
    record Block(String title, String unit, List<String[]> figures, List<String[]> communes, String moreCommunes,
                 List<String[]> epcis) {
    }

    static byte[] render(SavedScenario s, ScenarioOutcome outcome, Map<String, TerritoryView.CommunePoint> communes) {
        Context model = new Context(Locale.FRANCE);
        model.setVariable("s", s);
        model.setVariable("o", outcome);
        model.setVariable("changes", s.changes().stream().map(c -> ScenarioView.change(c, communes).summary()).toList());
        model.setVariable("blocks", outcome.professions().stream().limit(PROFESSIONS).map(ScenarioPdf::block).toList());
        model.setVariable("hiddenProfessions", Math.max(0, outcome.professions().size() - PROFESSIONS));
        model.setVariable("date", DATE.format(s.updatedAt()));
        model.setVariable("identity", "Par " + s.author() + ", enregistré le " + DATE.format(s.updatedAt())
                + " · comparé à la " + outcome.baseline() + " (praticiens " + outcome.variantLabel() + ") · temps "
                + ("road".equals(outcome.travelModel()) ? "par la route" : "à vol d'oiseau"));
        return ReportPdf.layout(TEMPLATES.process("scenario", model));
    }

    static Block block(ProfessionOutcome p) {
        Summary m = p.summary();
        List<String[]> figures = new ArrayList<>();
        figures.add(pair("Praticiens en plus / en moins", "+" + m.practitionersArriving() + " / -" + m.practitionersLeaving()));
        figures.add(pair("APL moyenne (pondérée par la population)", FrenchNumbers.format(m.meanAplBefore(), p.unit())
                + " → " + FrenchNumbers.format(m.meanAplAfter(), p.unit())));
        figures.add(pair("Population dont l'APL augmente", FrenchNumbers.withUnit(m.populationGaining(), "hab.")
                + " (" + FrenchNumbers.withUnit((double) m.communesGaining(), "communes") + ")"));
        figures.add(pair("Population dont l'APL baisse", FrenchNumbers.withUnit(m.populationLosing(), "hab.")
                + " (" + FrenchNumbers.withUnit((double) m.communesLosing(), "communes") + ")"));
        if (p.threshold() != null) {
            figures.add(pair("Passe au-dessus / en dessous de " + FrenchNumbers.format(p.threshold()),
                    FrenchNumbers.withUnit(m.crossingAbove(), "hab.") + " / "
                            + FrenchNumbers.withUnit(m.crossingBelow(), "hab.")));
        }
        for (int k = 0; k < m.thresholdsMinutes().length; k++) {
            figures.add(pair("Population à plus de " + FrenchNumbers.format(m.thresholdsMinutes()[k]) + " min",
                    FrenchNumbers.withUnit(m.beyondBefore()[k], "hab.") + " → "
                            + FrenchNumbers.withUnit(m.beyondAfter()[k], "hab.")));
        }
        List<String[]> communes = p.communes().stream().limit(ROWS).map(r -> commune(r, p.unit())).toList();
        String more = p.communes().size() > ROWS ? "… et " + (p.communes().size() - ROWS)
                + " autres communes (toutes dans le CSV)" : null;
        List<String[]> epcis = p.epcis().stream().limit(EPCI_ROWS).map(r -> epci(r, p.unit())).toList();
        return new Block(p.label(), p.unit(), figures, communes, more, epcis);
    }

    /** APL with the decimals of its unit (one number rule), so that a column lines up. */
    private static String[] commune(CommuneRow r, String unit) {
        return new String[] {r.name() + " (" + r.code() + ")", FrenchNumbers.withUnit(r.population(), "hab."),
                FrenchNumbers.format(r.aplBefore(), unit), FrenchNumbers.format(r.aplAfter(), unit),
                FrenchNumbers.signed(r.aplAfter() - r.aplBefore(), unit), FrenchNumbers.format(r.minutesBefore(), "min"),
                FrenchNumbers.format(r.minutesAfter(), "min")};
    }

    private static String[] epci(EpciRow r, String unit) {
        return new String[] {r.name(), FrenchNumbers.withUnit(r.population(), "hab."),
                FrenchNumbers.format(r.aplBefore(), unit), FrenchNumbers.format(r.aplAfter(), unit),
                FrenchNumbers.signed(r.aplAfter() - r.aplBefore(), unit), FrenchNumbers.format(r.minutesBefore(), "min"),
                FrenchNumbers.format(r.minutesAfter(), "min")};
    }

    private static String[] pair(String label, String value) {
        return new String[] {label, value};
    }
}
