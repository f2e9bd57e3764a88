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
 * finding, source, collection method). Values are numeric cells; missing ones are blank.
 */
final class BilanWorkbook {
    private BilanWorkbook() {
    }

    static byte[] render(Bilan bilan) {
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
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the assessment workbook", e);
        }
    }
}
