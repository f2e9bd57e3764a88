package fr.oasis.contract;

import static fr.oasis.contract.ContractWorkbook.ACTIONS;
import static fr.oasis.contract.ContractWorkbook.ACTION_COLUMNS;
import static fr.oasis.contract.ContractWorkbook.INDICATORS;
import static fr.oasis.contract.ContractWorkbook.INDICATOR_COLUMNS;

import fr.oasis.contract.Contract.Action;
import fr.oasis.contract.Contract.Indicator;
import fr.oasis.contract.Contract.YearStatus;
import fr.oasis.contract.Contract.YearValue;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads back a workbook written by {@link ContractWorkbook} into the contract's actions. Every
 * problem names the sheet, the line and the column, in French ("feuille « Actions », ligne 4,
 * colonne « Statut 2021 » : ..."): a missing sheet, a renamed or unexpected column, a year
 * column outside the period, a status outside the list, an unreadable date or number, an
 * indicator of an unknown action. Any problem refuses the whole file. Not thread-safe.
 */
final class ContractWorkbookReader {
    private static final DataFormatter TEXT = new DataFormatter(java.util.Locale.FRANCE);
    private final Contract contract;
    private final List<String> problems = new ArrayList<>();

    private ContractWorkbookReader(Contract contract) {
        this.contract = contract;
    }

    /** @throws InvalidContractException listing every problem found */
    static List<Action> read(InputStream in, Contract contract) {
        ContractWorkbookReader reader = new ContractWorkbookReader(contract);
        List<Action> actions;
        try (Workbook workbook = WorkbookFactory.create(in)) {
            actions = reader.read(workbook);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidContractException invalid) {
                throw invalid;
            }
            throw new InvalidContractException(List.of("le fichier n'est pas un classeur XLSX lisible : "
                    + e.getClass().getSimpleName()));
        }
        if (!reader.problems.isEmpty()) {
            throw new InvalidContractException(reader.problems);
        }
        return actions;
    }

    private List<Action> read(Workbook workbook) {
        Sheet actionSheet = workbook.getSheet(ACTIONS);
        Sheet indicatorSheet = workbook.getSheet(INDICATORS);
        if (actionSheet == null || indicatorSheet == null) {
            problems.add("le classeur doit avoir les feuilles « " + ACTIONS + " » et « " + INDICATORS + " » (trouvé : "
                    + sheetNames(workbook) + ")");
            return List.of();
        }
        int[] actionYears = header(actionSheet, ACTION_COLUMNS, ContractWorkbook.STATUS, ContractWorkbook.COMMENT);
        int[] indicatorYears = header(indicatorSheet, INDICATOR_COLUMNS, ContractWorkbook.VALUE, ContractWorkbook.FINDING);
        if (!problems.isEmpty()) {
            return List.of();
        }
        Map<String, List<Indicator>> indicators = indicators(indicatorSheet, indicatorYears);
        List<Action> actions = new ArrayList<>();
        for (int r = 1; r <= actionSheet.getLastRowNum(); r++) {
            Row row = actionSheet.getRow(r);
            Cells cells = new Cells(ACTIONS, row, r, ACTION_COLUMNS);
            if (cells.blank()) {
                continue;
            }
            List<YearStatus> statuses = new ArrayList<>();
            for (int k = 0; k < actionYears.length; k++) {
                int col = ACTION_COLUMNS.size() + 2 * k;
                String status = cells.text(col);
                String comment = cells.text(col + 1);
                if (status == null && comment == null) {
                    continue;
                }
                if (status == null || ActionStatus.parse(status).isEmpty()) {
                    problems.add(cells.where(col, ContractWorkbook.STATUS + actionYears[k]) + " : « " + status
                            + " » n'est pas dans la liste (" + ActionStatus.choices() + ")");
                } else {
                    statuses.add(new YearStatus(actionYears[k], status, comment));
                }
            }
            String code = cells.text(0);
            actions.add(new Action(code, cells.text(1), cells.text(2), cells.text(3), cells.text(4), cells.list(5),
                    cells.text(6), cells.list(7), cells.date(8), cells.date(9), cells.number(10), statuses,
                    indicators.getOrDefault(code, List.of())));
        }
        List<String> codes = actions.stream().map(Action::code).toList();
        indicators.keySet().stream().filter(code -> !codes.contains(code)).forEach(code -> problems.add("feuille « "
                + INDICATORS + " », colonne « Action » : action « " + code + " » absente de la feuille « " + ACTIONS + " »"));
        return actions;
    }

    private Map<String, List<Indicator>> indicators(Sheet sheet, int[] years) {
        Map<String, List<Indicator>> byAction = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cells cells = new Cells(INDICATORS, sheet.getRow(r), r, INDICATOR_COLUMNS);
            if (cells.blank()) {
                continue;
            }
            String kind = cells.text(2);
            if (IndicatorKind.parse(kind).isEmpty()) {
                problems.add(cells.where(2, "Type") + " : « " + kind + " » (attendu « processus » ou « résultat »)");
            }
            List<YearValue> values = new ArrayList<>();
            for (int k = 0; k < years.length; k++) {
                int col = INDICATOR_COLUMNS.size() + 2 * k;
                Double value = cells.number(col);
                String finding = cells.text(col + 1);
                if (value != null || finding != null) {
                    values.add(new YearValue(years[k], value, finding));
                }
            }
            byAction.computeIfAbsent(cells.text(0), k -> new ArrayList<>()).add(new Indicator(cells.text(1), kind,
                    cells.text(3), cells.text(4), cells.number(5), cells.text(6), cells.text(7), values));
        }
        return byAction;
    }

    /** Checks the fixed columns, then reads the year pairs; returns the years in column order. */
    private int[] header(Sheet sheet, List<String> fixed, String first, String second) {
        Row row = sheet.getRow(0);
        Cells cells = new Cells(sheet.getSheetName(), row, 0, List.of());
        int last = row == null ? 0 : row.getLastCellNum();
        for (int i = 0; i < fixed.size(); i++) {
            String found = cells.text(i);
            if (!fixed.get(i).equals(found)) {
                problems.add(cells.where(i, fixed.get(i)) + " : en-tête « " + (found == null ? "" : found)
                        + " » au lieu de « " + fixed.get(i) + " » (ne renommez pas les colonnes)");
            }
        }
        List<Integer> years = new ArrayList<>();
        for (int col = fixed.size(); col < last; col += 2) {
            String a = cells.text(col);
            String b = cells.text(col + 1);
            if (a == null && b == null) {
                continue;
            }
            Integer year = a != null && a.startsWith(first) ? parseYear(a.substring(first.length())) : null;
            if (year == null || b == null || !b.equals(second + year)) {
                problems.add(cells.where(col, a == null ? "" : a) + " : en-têtes « " + a + " », « " + b
                        + " » au lieu d'une paire « " + first + "ANNÉE », « " + second + "ANNÉE »");
            } else if (year < contract.startYear() || year > contract.endYear()) {
                problems.add(cells.where(col, a) + " : l'année " + year + " est hors de la période du contrat ("
                        + contract.startYear() + "–" + contract.endYear() + ")");
            } else {
                years.add(year);
            }
        }
        return years.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Integer parseYear(String s) {
        return s.matches("\\d{4}") ? Integer.valueOf(s) : null;
    }

    private static String sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add("« " + s.getSheetName() + " »"));
        return String.join(", ", names);
    }

    /** The cells of one line, located for messages (lines counted from 1 as a spreadsheet shows them). */
    private final class Cells {
        private final String sheet;
        private final Row row;
        private final int index;
        private final List<String> names;

        Cells(String sheet, Row row, int index, List<String> names) {
            this.sheet = sheet;
            this.row = row;
            this.index = index;
            this.names = names;
        }

        String where(int col, String name) {
            return "feuille « " + sheet + " », ligne " + (index + 1) + ", colonne « " + name + " »";
        }

        private String name(int col) {
            return col < names.size() ? names.get(col) : "n° " + (col + 1);
        }

        boolean blank() {
            if (row == null) {
                return true;
            }
            for (Cell cell : row) {
                if (!TEXT.formatCellValue(cell).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        String text(int col) {
            Cell cell = row == null ? null : row.getCell(col);
            if (cell == null) {
                return null;
            }
            String s = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : TEXT.formatCellValue(cell);
            return s == null || s.isBlank() ? null : s.strip();
        }

        List<String> list(int col) {
            String s = text(col);
            return s == null ? List.of() : Arrays.stream(s.split(ContractWorkbook.LIST_SEPARATOR)).map(String::strip)
                    .filter(x -> !x.isEmpty()).toList();
        }

        Double number(int col) {
            Cell cell = row == null ? null : row.getCell(col);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                return cell.getNumericCellValue();
            }
            String s = text(col);
            if (s == null) {
                return null;
            }
            try {
                return Double.valueOf(s.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(where(col, name(col)) + " : « " + s + " » n'est pas un nombre");
                return null;
            }
        }

        LocalDate date(int col) {
            Cell cell = row == null ? null : row.getCell(col);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String s = text(col);
            if (s == null) {
                return null;
            }
            try {
                return s.contains("/") ? LocalDate.parse(s, DateTimeFormatter.ofPattern("dd/MM/yyyy")) : LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problems.add(where(col, name(col)) + " : « " + s + " » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)");
                return null;
            }
        }
    }
}
