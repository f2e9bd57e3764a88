package fr.oasis.contract;

import fr.oasis.contract.Contract.Action;
import fr.oasis.contract.Contract.Axis;
import fr.oasis.contract.Contract.Indicator;
import fr.oasis.contract.Contract.Objective;
import fr.oasis.contract.Contract.Perimeter;
import fr.oasis.contract.Contract.YearStatus;
import fr.oasis.contract.Contract.YearValue;
import java.time.LocalDate;
import java.util.List;

/** A small CLS on the tiny territory (EPCI 999000001: communes 9A001, 9A002), period 2019–2023. */
final class ContractSamples {
    private ContractSamples() {
    }

    static Contract sample() {
        Action bus = new Action("1.1.1", "Acquérir un bus itinérant", "1", "1.1", "Conseil départemental",
                List.of("PETR", "CC de l'Ouest"), "Habitants isolés", List.of("9A001"), LocalDate.of(2019, 3, 1),
                LocalDate.of(2022, 12, 31), 120000.0,
                List.of(new YearStatus(2019, "non commencée", null), new YearStatus(2020, "en cours", "mise en service"),
                        new YearStatus(2021, "réalisée", "calendrier sur toutes les communes")),
                List.of(new Indicator("P1", "processus", "Nombre de communes desservies", "communes", 2.0,
                        "Calendrier du bus", "Relevé annuel", List.of(new YearValue(2020, 1.0, null),
                        new YearValue(2021, 2.0, "toutes les communes")))));
        Action screening = new Action("2.1.1", "Forum santé dépistage", "2", null, "CPTS", List.of(), "Tout public",
                List.of(), null, null, null, List.of(new YearStatus(2020, "en cours", null)),
                List.of(new Indicator("R1", "résultat", "Personnes dépistées", "personnes", 200.0, "CPAM",
                        "Feuilles d'émargement", List.of(new YearValue(2020, 80.0, null), new YearValue(2021, null, "forum reporté")))));
        return new Contract(null, "CLS de test", "CLS", new Perimeter("epci", "999000001", List.of(), "CC de l'Ouest"),
                2019, 2023, LocalDate.of(2018, 12, 21), List.of("ARS Grand Est", "CC de l'Ouest"),
                List.of(new Axis("1", "Diminuer l'isolement", List.of(new Objective("1.1", "Renforcer la mobilité"))),
                        new Axis("2", "Prévention et dépistage", List.of())),
                List.of(bus, screening), false, List.of(), null);
    }

    /** The sample with the first action changed by {@code change}. */
    static Contract withFirstAction(Contract c, java.util.function.UnaryOperator<Action> change) {
        List<Action> actions = new java.util.ArrayList<>(c.actions());
        actions.set(0, change.apply(actions.get(0)));
        return c.withActions(actions);
    }

    static Action withAxis(Action a, String axis) {
        return new Action(a.code(), a.title(), axis, null, a.porteur(), a.partners(), a.targetPublic(), a.communes(),
                a.start(), a.end(), a.budgetEuros(), a.statuses(), a.indicators());
    }

    static Action withStatuses(Action a, List<YearStatus> statuses) {
        return new Action(a.code(), a.title(), a.axis(), a.objective(), a.porteur(), a.partners(), a.targetPublic(),
                a.communes(), a.start(), a.end(), a.budgetEuros(), statuses, a.indicators());
    }

    static Action withIndicators(Action a, List<Indicator> indicators) {
        return new Action(a.code(), a.title(), a.axis(), a.objective(), a.porteur(), a.partners(), a.targetPublic(),
                a.communes(), a.start(), a.end(), a.budgetEuros(), a.statuses(), indicators);
    }
}
