package fr.oasis.importer.problem;

import java.util.List;

/**
 * Thrown when an input cannot be imported. Carries every problem found (readers collect up to a
 * limit rather than stopping at the first), each naming file, location and field.
 */
public class ImportException extends RuntimeException {
    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public static ImportException of(String file, String location, String field, String message) {
        return new ImportException(new ImportProblem(file, location, field, message));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return "import failed";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
