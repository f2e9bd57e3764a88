package fr.oasis.contract;

import fr.oasis.contract.Contract.Action;
import fr.oasis.contract.Contract.Indicator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A contract's actions and indicator values as a workbook a coordinator fills offline and loads
 * back ({@link ContractWorkbookReader}): sheet {@value #ACTIONS} (one line per action, then a
 * "Statut YEAR" and "Commentaire YEAR" pair per year of the period) and sheet
 * {@value #INDICATORS} (one line per indicator, then "Valeur YEAR" and "Constat YEAR" per year).
 * The column names are the format: renaming one makes the import refuse the file.
 */
final class ContractWorkbook {
    static final String ACTIONS = "Actions";
    static final String INDICATORS = "Indicateurs";
    static final List<String> ACTION_COLUMNS = List.of("Code", "Intitulé", "Axe", "Objectif", "Porteur",
            "Partenaires", "Public", "Communes", "Début", "Fin", "Budget (€)");
    static final List<String> INDICATOR_COLUMNS = List.of("Action", "Code", "Type", "Intitulé", "Unité", "Cible",
            "Source", "Mode de recueil");
    static final String STATUS = "Statut ";
    static final String COMMENT = "Commentaire ";
    static final String VALUE = "Valeur ";
    static final String FINDING = "Constat ";
    /** Separates the items of a list cell (partners, communes). */
    static final String LIST_SEPARATOR = ";";

    private ContractWorkbook() {
    }

    static byte[] render(Contract c) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetCells cells = new SheetCells(workbook);
            Sheet actions = workbook.createSheet(ACTIONS);
            List<String> header = new ArrayList<>(ACTION_COLUMNS);
            for (int y = c.startYear(); y <= c.endYear(); y++) {
                header.add(STATUS + y);
                header.add(COMMENT + y);
            }
            cells.header(actions, header);
            Sheet indicators = workbook.createSheet(INDICATORS);
            List<String> iheader = new ArrayList<>(INDICATOR_COLUMNS);
            for (int y = c.startYear(); y <= c.endYear(); y++) {
                iheader.add(VALUE + y);
                iheader.add(FINDING + y);
            }
            cells.header(indicators, iheader);
            int line = 1;
            int iline = 1;
            for (Action a : c.actions()) {
                Row row = actions.createRow(line++);
                cells.text(row, 0, a.code());
                cells.text(row, 1, a.title());
                cells.text(row, 2, a.axis());
                cells.text(row, 3, a.objective());
                cells.text(row, 4, a.porteur());
                cells.text(row, 5, String.join(LIST_SEPARATOR + " ", a.partners()));
                cells.text(row, 6, a.targetPublic());
                cells.text(row, 7, String.join(LIST_SEPARATOR + " ", a.communes()));
                cells.text(row, 8, iso(a.start()));
                cells.text(row, 9, iso(a.end()));
                cells.number(row, 10, a.budgetEuros());
                for (int y = c.startYear(); y <= c.endYear(); y++) {
                    int col = ACTION_COLUMNS.size() + 2 * (y - c.startYear());
                    a.status(y).ifPresent(s -> {
                        cells.text(row, col, s.status());
                        cells.text(row, col + 1, s.comment());
                    });
                }
                for (Indicator i : a.indicators()) {
                    Row r = indicators.createRow(iline++);
                    cells.text(r, 0, a.code());
                    cells.text(r, 1, i.code());
                    cells.text(r, 2, i.kind());
                    cells.text(r, 3, i.label());
                    cells.text(r, 4, i.unit());
                    cells.number(r, 5, i.target());
                    cells.text(r, 6, i.source());
                    cells.text(r, 7, i.method());
                    for (int y = c.startYear(); y <= c.endYear(); y++) {
                        int col = INDICATOR_COLUMNS.size() + 2 * (y - c.startYear());
                        i.value(y).ifPresent(v -> {
                            cells.number(r, col, v.value());
                            cells.text(r, col + 1, v.finding());
                        });
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the contract workbook", e);
        }
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
