package fr.oasis.contract;

import fr.oasis.contract.Bilan.ActionLine;
import fr.oasis.contract.Bilan.AxisBlock;
import fr.oasis.contract.Bilan.IndicatorLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The yearly assessment as an XLSX workbook: a sheet "Actions" (axis, action, lead organisation,
 * status at the end of the year and of the year before, comment) and a sheet "Indicateurs"
 * (type, unit, target, value of the year and of the year before, progress against the target,
 * finding, source, collection method), and a sheet "Périmètre": the observatory's figures of the
 * perimeter frozen at signature beside today's, each with its unit, source and millésime, and
 * the evolution (or "millésime inchangé"). Values are numeric cells; missing ones are blank.
 */
final class BilanWorkbook {
    private BilanWorkbook() {
    }

    static byte[] render(Bilan bilan, ContractFigures figures) {
        int y = bilan.year();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetCells cells = new SheetCells(workbook);
            Sheet actions = workbook.createSheet("Actions");
            cells.header(actions, List.of("Axe", "Code", "Action", "Objectif", "Porteur", "Partenaires",
                    "Statut fin " + y, "Commentaire " + y, "Statut fin " + (y - 1)));
            Sheet indicators = workbook.createSheet("Indicateurs");
            cells.header(indicators, List.of("Axe", "Action", "Code", "Indicateur", "Type", "Unité", "Cible",
                    "Valeur " + y, "Valeur " + (y - 1), "Atteinte de la cible (%)", "Constat " + y, "Source",
                    "Mode de recueil"));
            int a = 1;
            int i = 1;
            for (AxisBlock axis : bilan.axes()) {
                for (ActionLine line : axis.actions()) {
                    Row row = actions.createRow(a++);
                    cells.text(row, 0, axis.code() + " " + axis.title());
                    cells.text(row, 1, line.code());
                    cells.text(row, 2, line.title());
                    cells.text(row, 3, line.objective());
                    cells.text(row, 4, line.porteur());
                    cells.text(row, 5, line.partners());
                    cells.text(row, 6, line.status());
                    cells.text(row, 7, line.comment());
                    cells.text(row, 8, line.previousStatus());
                    for (IndicatorLine ind : line.indicators()) {
                        Row r = indicators.createRow(i++);
                        cells.text(r, 0, axis.code());
                        cells.text(r, 1, line.code());
                        cells.text(r, 2, ind.code());
                        cells.text(r, 3, ind.label());
                        cells.text(r, 4, ind.kind());
                        cells.text(r, 5, ind.unit());
                        cells.number(r, 6, ind.target());
                        cells.number(r, 7, ind.value());
                        cells.number(r, 8, ind.previousValue());
                        cells.number(r, 9, ind.progress());
                        cells.text(r, 10, ind.finding());
                        cells.text(r, 11, ind.source());
                        cells.text(r, 12, ind.method());
                    }
                }
            }
            perimeter(cells, workbook.createSheet("Périmètre"), figures);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the assessment workbook", e);
        }
    }

    private static void perimeter(SheetCells cells, Sheet sheet, ContractFigures figures) {
        String frozen = figures.frozen() ? "À la signature (figé le " + figures.frozenOn() + ")" : "À la signature (non figé)";
        cells.header(sheet, List.of("Indicateur", "Unité", frozen, "Source (millésime) à la signature", "Aujourd'hui",
                "Source (millésime) aujourd'hui", "Différence", "Évolution"));
        int n = 1;
        for (ContractFigures.Line line : figures.lines()) {
            Row row = sheet.createRow(n++);
            cells.text(row, 0, line.label());
            cells.text(row, 1, line.unit());
            cells.number(row, 2, line.then());
            cells.text(row, 3, line.thenSource());
            cells.number(row, 4, line.now());
            cells.text(row, 5, line.nowSource());
            cells.number(row, 6, line.difference());
            cells.text(row, 7, line.evolution());
        }
        if (figures.message() != null) {
            cells.text(sheet.createRow(n + 1), 0, figures.message());
        }
    }
}
