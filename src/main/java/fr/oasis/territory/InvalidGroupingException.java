package fr.oasis.territory;

import java.util.List;

/** A grouping change refused by {@link GroupingRules}: one French sentence per problem. Nothing was stored. */
public class InvalidGroupingException extends IllegalArgumentException {
    private final List<String> problems;

    public InvalidGroupingException(List<String> problems) {
        super(String.join(" ", problems.subList(0, Math.min(problems.size(), 20)))
                + (problems.size() > 20 ? " (" + (problems.size() - 20) + " autres problèmes)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
