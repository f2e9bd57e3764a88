package fr.oasis.outreach;

import java.util.List;

/**
 * Service files that cannot be imported; every problem is a French sentence naming the file, the
 * line and the field. Nothing stored changes when it is thrown.
 */
public class InvalidServicesException extends IllegalArgumentException {
    private final transient List<String> problems;

    public InvalidServicesException(List<String> problems) {
        super(problems.isEmpty() ? "fichiers de services invalides" : problems.size() == 1 ? problems.get(0)
                : problems.get(0) + " (et " + (problems.size() - 1) + " autres problèmes)");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
