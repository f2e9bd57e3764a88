package fr.oasis.contract;

import java.util.List;

/**
 * A contract (or a spreadsheet of its actions) that breaks a rule. Every problem is a French
 * sentence naming where it is (action, indicator, year; sheet, line, column for a spreadsheet)
 * and the field. An {@link IllegalArgumentException}, so the API answers 400 with the message.
 */
public class InvalidContractException extends IllegalArgumentException {
    private final transient List<String> problems;

    public InvalidContractException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            return "contrat invalide";
        }
        return problems.size() == 1 ? problems.get(0)
                : String.join(" ; ", problems.subList(0, Math.min(20, problems.size())))
                        + (problems.size() > 20 ? " ; et " + (problems.size() - 20) + " autres problèmes" : "");
    }
}
