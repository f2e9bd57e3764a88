package fr.oasis.importer.source;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.outreach.ServiceRow;
import fr.oasis.tabular.DelimitedFile;
import fr.oasis.tabular.Dialect;
import fr.oasis.tabular.TableFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the four service CSV formats of {@code docs/services.md} (teleconsultation sites, mobile
 * units, their stops, initiatives; manifest type {@code services}): UTF-8, comma-separated,
 * RFC 4180 quotes, each file recognised by its exact header, through {@link DelimitedFile}
 * (strict UTF-8, bounded values, the header's number of values on every line, one decimal
 * separator per file). Gives one {@link ServiceRow} per data line; the values are checked against
 * the stored communes and each other by {@code outreach} when the catalogue is stored. Problems are
 * French sentences naming file, line and field (the services pages and API are French), except the
 * file-level checks every reader shares (missing, empty, too large). Immutable and thread-safe.
 */
public final class ServiceCsvReader implements SourceReader<ServiceRow> {
    private final ReadLimits limits;

    public ServiceCsvReader() {
        this(ReadLimits.DEFAULT);
    }

    public ServiceCsvReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "oasis-services-csv";
    }

    /** A {@code .csv} whose first line looks like one of the four headers, exact or not (read() says what differs). */
    @Override
    public boolean canRead(Path file) {
        String line = SourceFiles.firstLine(file).replace("\"", "");
        return SourceFiles.hasExtension(file, "csv")
                && ServiceRow.Kind.closest(List.of(line.split(line.contains(",") ? "," : ";", -1)).stream()
                .map(String::strip).toList()).isPresent();
    }

    @Override
    public ReadResult<ServiceRow> read(Path file) {
        Problems fileProblems = SourceFiles.open(file, limits);
        String name = fileProblems.file();
        List<ImportProblem> problems = new ArrayList<>();
        List<ServiceRow> rows = new ArrayList<>();
        try (DelimitedFile table = DelimitedFile.open(file, Dialect.CSV)) {
            Optional<ServiceRow.Kind> kind = ServiceRow.Kind.ofHeader(table.header());
            if (kind.isEmpty()) {
                throw problem(name, ServiceRow.Kind.headerProblem(name, table.headerLine(), table.header()));
            }
            List<String> columns = kind.get().columns();
            List<Integer> numeric = kind.get().numericColumns().stream().map(table::column).toList();
            int lines = 0;
            while (true) {
                try {
                    if (!table.next()) {
                        break;
                    }
                } catch (TableFileException e) {
                    String where = "fichier « " + name + " », ligne " + e.line() + " : ";
                    if (!e.recoverable()) {
                        problems.add(new ImportProblem(name, "", "", where + "fichier illisible (UTF-8 et CSV séparé par "
                                + "des virgules attendus) : " + e.problem()));
                        throw new ImportException(problems);
                    }
                    problems.add(new ImportProblem(name, "", "", where + (e.field().isEmpty()
                            ? columns.size() + " valeurs attendues comme dans l'en-tête (" + e.problem() + ")"
                            : "champ « " + e.field() + " » : séparateurs décimaux mélangés (" + e.problem() + ")")));
                    if (problems.size() >= limits.maxProblems()) {
                        throw new ImportException(problems);
                    }
                    continue;
                }
                lines++;
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), table.text(i));
                }
                for (int i : numeric) {
                    if (!table.isBlank(i)) {
                        try {
                            table.number(i); // counted for the file's one-decimal-separator check
                        } catch (TableFileException e) {
                            // not a number: reported by the catalogue's rules with the same location
                        }
                    }
                }
                rows.add(new ServiceRow(kind.get(), name, table.line(), values));
            }
            if (!problems.isEmpty()) {
                throw new ImportException(problems);
            }
            return new ReadResult<>(rows, List.of(), lines, 0, null);
        } catch (TableFileException e) {
            throw problem(name, "fichier « " + name + " »" + (e.line() > 0 ? ", ligne " + e.line() : "")
                    + " : fichier illisible (UTF-8 et CSV séparé par des virgules attendus) : " + e.problem());
        }
    }

    private static ImportException problem(String file, String sentence) {
        return new ImportException(new ImportProblem(file, "", "", sentence));
    }
}
