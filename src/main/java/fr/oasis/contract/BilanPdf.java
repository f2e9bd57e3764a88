package fr.oasis.contract;

import fr.oasis.report.ReportPdf;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The yearly assessment as an A4 PDF: the print template {@code contract/bilan.xhtml} filled
 * from a {@link Bilan} and the perimeter's figures at signature and today ({@link ContractFigures}) (XML mode, every text escaped), laid out by {@link ReportPdf#layout} with
 * the report's embedded font, so it prints the same on any machine. Thread-safe.
 */
final class BilanPdf {
    private static final SpringTemplateEngine TEMPLATES = ReportPdf.printTemplates("contract/");

    private BilanPdf() {
    }

    static byte[] render(Bilan bilan, ContractFigures context) {
        Context model = new Context(Locale.FRANCE);
        model.setVariable("b", bilan);
        model.setVariable("c", bilan.contract());
        model.setVariable("context", context);
        model.setVariable("statuses", ActionStatus.values());
        model.setVariable("date", LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE)));
        return ReportPdf.layout(TEMPLATES.process("bilan", model));
    }
}
