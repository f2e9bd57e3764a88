package fr.oasis.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Contrat Local de Santé (or a CPTS health project) as it is followed up: perimeter, period,
 * signatories, axes with their objectives, and action sheets, each with a status per year and
 * indicators with a value or a short finding per year (the tables of a CLS evaluation such as
 * the PETR Cœur de Lorraine's, "Constat fin 2019 ... fin 2023").
 * <p>
 * Statuses and indicator kinds are kept as the text received, so that a wrong one reaches
 * {@link ContractRules} and gets a French message naming the field instead of a parse error;
 * a stored contract always holds valid ones. Null lists become empty. Immutable.
 *
 * @param id          null before the contract is stored
 * @param kind        {@code CLS} or {@code CPTS}
 * @param startYear   first year followed (inclusive)
 * @param endYear     last year followed (inclusive)
 * @param demo        demonstration data (labelled "données de démonstration" everywhere)
 * @param editors     accounts allowed to change the contract besides administrators (set by an ADMIN only)
 * @param version     incremented at every stored change; null before the contract is stored
 */
public record Contract(Long id, String name, String kind, Perimeter perimeter, int startYear, int endYear,
                       LocalDate signedOn, List<String> signatories, List<Axis> axes, List<Action> actions,
                       boolean demo, List<String> editors, Integer version) {
    public Contract {
        signatories = copy(signatories);
        axes = copy(axes);
        actions = copy(actions);
        editors = copy(editors);
    }

    /** The same contract with other actions (a spreadsheet import replaces them all). */
    public Contract withActions(List<Action> newActions) {
        return new Contract(id, name, kind, perimeter, startYear, endYear, signedOn, signatories, axes, newActions,
                demo, editors, version);
    }

    /** The same contract with another perimeter. */
    public Contract withPerimeter(Perimeter newPerimeter) {
        return new Contract(id, name, kind, newPerimeter, startYear, endYear, signedOn, signatories, axes, actions,
                demo, editors, version);
    }

    Contract stored(long newId, List<String> newEditors, int newVersion) {
        return new Contract(newId, name, kind, perimeter, startYear, endYear, signedOn, signatories, axes, actions,
                demo, newEditors, newVersion);
    }

    /** Statuses and indicator kinds as their French labels (call once the rules passed). */
    Contract normalized() {
        List<Action> list = actions.stream().map(a -> new Action(a.code(), a.title(), a.axis(), a.objective(),
                a.porteur(), a.partners(), a.targetPublic(), a.communes(), a.start(), a.end(), a.budgetEuros(),
                a.statuses().stream().sorted(java.util.Comparator.comparingInt(YearStatus::year))
                        .map(s -> new YearStatus(s.year(), s.value().label(), s.comment())).toList(),
                a.indicators().stream().map(i -> new Indicator(i.code(), IndicatorKind.parse(i.kind()).orElseThrow()
                        .label(), i.label(), i.unit(), i.target(), i.source(), i.method(), i.values().stream()
                        .sorted(java.util.Comparator.comparingInt(YearValue::year)).toList())).toList())).toList();
        return withActions(list);
    }

    public Optional<Action> action(String code) {
        return actions.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<Axis> axis(String code) {
        return axes.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /**
     * Where the contract applies: a reference to a stored territory of any level present,
     * {@code level} + {@code code}: an administrative one ({@code epci}, {@code departement}...)
     * or a grouping of communes ({@code cls}, {@code cpts}, {@code petr}, {@code tvs},
     * {@code bassin_vie}, {@code perimetre}; see {@code territory.TerritoryLevel}); or, for a
     * perimeter stored nowhere else, a list of communes (kept for contracts written that way).
     *
     * @param level a {@code TerritoryLevel} key, or null with {@code communes}
     * @param name  shown on pages ("PETR Cœur de Lorraine"); the stored territory's name when left blank
     */
    public record Perimeter(String level, String code, List<String> communes, String name) {
        public Perimeter {
            communes = copy(communes);
        }

        public boolean isTerritory() {
            return level != null && !level.isBlank();
        }
    }

    public record Axis(String code, String title, List<Objective> objectives) {
        public Axis {
            objectives = copy(objectives);
        }
    }

    public record Objective(String code, String title) {
    }

    /**
     * An action sheet ("fiche action").
     *
     * @param objective  code of one of the axis' objectives, or null
     * @param communes   INSEE codes of the communes concerned (empty: the whole perimeter)
     * @param budgetEuros total budget in euros, or null when unknown
     */
    public record Action(String code, String title, String axis, String objective, String porteur,
                         List<String> partners, String targetPublic, List<String> communes, LocalDate start,
                         LocalDate end, Double budgetEuros, List<YearStatus> statuses, List<Indicator> indicators) {
        public Action {
            partners = copy(partners);
            communes = copy(communes);
            statuses = copy(statuses);
            indicators = copy(indicators);
        }

        /** The status of {@code year}, if one was given. */
        public Optional<YearStatus> status(int year) {
            return statuses.stream().filter(s -> s.year() == year).findFirst();
        }

        public Optional<Indicator> indicator(String code) {
            return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    /** The status of an action at the end of {@code year}, one of {@link ActionStatus}, with a comment. */
    public record YearStatus(int year, String status, String comment) {
        /** The parsed status (valid in a stored contract). */
        public ActionStatus value() {
            return ActionStatus.parse(status).orElseThrow(() -> new IllegalStateException("unchecked status " + status));
        }
    }

    /**
     * A process or result indicator of an action.
     *
     * @param kind   one of {@link IndicatorKind} ("processus", "résultat")
     * @param target the target value in {@code unit}, or null
     * @param method collection method ("feuilles d'émargement", "questionnaire")
     */
    public record Indicator(String code, String kind, String label, String unit, Double target, String source,
                            String method, List<YearValue> values) {
        public Indicator {
            values = copy(values);
        }

        public Optional<YearValue> value(int year) {
            return values.stream().filter(v -> v.year() == year).findFirst();
        }
    }

    /** An indicator's value at the end of {@code year} and/or a short finding ("constat"). */
    public record YearValue(int year, Double value, String finding) {
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
