package fr.oasis.contract;

import fr.oasis.contract.Contract.Action;
import fr.oasis.contract.Contract.Axis;
import fr.oasis.contract.Contract.Indicator;
import fr.oasis.contract.Contract.Objective;
import fr.oasis.contract.Contract.YearStatus;
import fr.oasis.contract.Contract.YearValue;
import fr.oasis.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks a contract before it is stored and lists every problem at once, in French, each naming
 * the action, indicator or year and the field ("action « 1.2 », champ « axe » : axe « 9 »
 * inconnu"). Rules: known kind; a period of at most 15 years between 2000 and 2100; a perimeter
 * that is a stored territory of any level present, groupings included (TVS, CPTS, CLS, PETR...),
 * or known communes; unique codes; every action on a known axis (and
 * an objective of that axis); statuses from the fixed list, one per year inside the period;
 * indicator kinds "processus" or "résultat", values one per year inside the period; lengths
 * within what the tables hold. Stateless and thread-safe.
 */
final class ContractRules {
    static final int MAX_YEARS = 15;
    private static final Set<String> KINDS = Set.of("CLS", "CPTS");

    /** What the rules need to know about the stored territories. */
    interface Territories {
        boolean exists(String level, String code);

        /** Keys of the levels that hold at least one stored territory (administrative levels and groupings). */
        List<String> levels();

        boolean communeExists(String code);
    }

    private final Territories territories;
    private final List<String> problems = new ArrayList<>();

    private ContractRules(Territories territories) {
        this.territories = territories;
    }

    /** @throws InvalidContractException listing every problem */
    static void check(Contract c, Territories territories) {
        ContractRules rules = new ContractRules(territories);
        rules.contract(c);
        if (!rules.problems.isEmpty()) {
            throw new InvalidContractException(rules.problems);
        }
    }

    private void contract(Contract c) {
        text("contrat", "nom", c.name(), 200, true);
        if (c.kind() == null || !KINDS.contains(c.kind())) {
            problems.add("contrat, champ « type » : « " + c.kind() + " » n'est pas un type de contrat (CLS ou CPTS)");
        }
        if (c.startYear() < 2000 || c.endYear() > 2100 || c.endYear() < c.startYear()
                || c.endYear() - c.startYear() >= MAX_YEARS) {
            problems.add("contrat, champs « début » et « fin » : période " + c.startYear() + "–" + c.endYear()
                    + " invalide (années entre 2000 et 2100, au plus " + MAX_YEARS + " ans)");
        }
        perimeter(c.perimeter());
        c.signatories().forEach(s -> text("contrat", "signataires", s, 200, true));
        Set<String> axisCodes = new HashSet<>();
        Set<String> objectiveCodes = new HashSet<>();
        for (Axis axis : c.axes()) {
            String where = "axe « " + axis.code() + " »";
            code(where, axis.code(), axisCodes);
            text(where, "intitulé", axis.title(), 300, true);
            for (Objective o : axis.objectives()) {
                code("objectif « " + o.code() + " »", o.code(), objectiveCodes);
                text("objectif « " + o.code() + " »", "intitulé", o.title(), 300, true);
            }
        }
        Set<String> actionCodes = new HashSet<>();
        for (Action a : c.actions()) {
            action(c, a, actionCodes);
        }
    }

    private void perimeter(Contract.Perimeter p) {
        if (p == null) {
            problems.add("contrat, champ « périmètre » : obligatoire (un territoire ou une liste de communes)");
            return;
        }
        text("contrat", "périmètre.nom", p.name(), 200, true);
        if (p.isTerritory()) {
            List<String> levels = territories.levels();
            if (!p.communes().isEmpty()) {
                problems.add("contrat, champ « périmètre » : un territoire (niveau et code) ou une liste de communes, "
                        + "pas les deux");
            } else if (!levels.contains(p.level())) {
                problems.add("contrat, champ « périmètre.niveau » : « " + p.level() + " » n'est pas un niveau de "
                        + "territoire chargé (niveaux chargés : " + String.join(", ", levels) + ")");
            } else if (p.code() == null || p.code().isBlank() || !territories.exists(p.level(), p.code())) {
                problems.add("contrat, champ « périmètre.code » : aucun territoire « " + p.code() + " » au niveau "
                        + TerritoryLevel.fromKey(p.level()).label() + " (" + p.level() + ") dans les territoires chargés");
            }
        } else if (p.communes().isEmpty()) {
            problems.add("contrat, champ « périmètre.communes » : au moins une commune quand aucun territoire n'est donné");
        } else {
            unknownCommunes("contrat", "périmètre.communes", p.communes());
        }
    }

    private void action(Contract c, Action a, Set<String> actionCodes) {
        String where = "action « " + a.code() + " »";
        code(where, a.code(), actionCodes);
        text(where, "intitulé", a.title(), 300, true);
        Axis axis = c.axis(a.axis()).orElse(null);
        if (axis == null) {
            problems.add(where + ", champ « axe » : axe « " + a.axis() + " » inconnu (axes du contrat : "
                    + c.axes().stream().map(Axis::code).collect(Collectors.joining(", ")) + ")");
        } else if (a.objective() != null && !a.objective().isBlank()
                && axis.objectives().stream().noneMatch(o -> o.code().equals(a.objective()))) {
            problems.add(where + ", champ « objectif » : objectif « " + a.objective() + " » inconnu dans l'axe « "
                    + axis.code() + " »");
        }
        text(where, "porteur", a.porteur(), 200, false);
        text(where, "partenaires", String.join("\n", a.partners()), 1000, false);
        text(where, "public", a.targetPublic(), 300, false);
        text(where, "communes", String.join(",", a.communes()), 4000, false);
        unknownCommunes(where, "communes", a.communes());
        if (a.start() != null && a.end() != null && a.end().isBefore(a.start())) {
            problems.add(where + ", champ « fin » : " + a.end() + " est avant le début " + a.start());
        }
        if (a.budgetEuros() != null && !(a.budgetEuros() >= 0 && a.budgetEuros() < 1e10)) {
            problems.add(where + ", champ « budget » : " + a.budgetEuros() + " hors de 0 à 10 milliards d'euros");
        }
        Set<Integer> years = new HashSet<>();
        for (YearStatus s : a.statuses()) {
            String at = where + ", année " + s.year();
            year(c, at, "statut", s.year(), years);
            if (ActionStatus.parse(s.status()).isEmpty()) {
                problems.add(at + ", champ « statut » : « " + s.status() + " » n'est pas dans la liste ("
                        + ActionStatus.choices() + ")");
            }
            text(at, "commentaire", s.comment(), 2000, false);
        }
        Set<String> indicatorCodes = new HashSet<>();
        for (Indicator i : a.indicators()) {
            indicator(c, where + ", indicateur « " + i.code() + " »", i, indicatorCodes);
        }
    }

    private void indicator(Contract c, String where, Indicator i, Set<String> codes) {
        code(where, i.code(), codes);
        if (IndicatorKind.parse(i.kind()).isEmpty()) {
            problems.add(where + ", champ « type » : « " + i.kind() + " » (attendu « processus » ou « résultat »)");
        }
        text(where, "intitulé", i.label(), 300, true);
        text(where, "unité", i.unit(), 50, false);
        text(where, "source", i.source(), 300, false);
        text(where, "mode de recueil", i.method(), 300, false);
        finite(where, "cible", i.target());
        Set<Integer> years = new HashSet<>();
        for (YearValue v : i.values()) {
            String at = where + ", année " + v.year();
            year(c, at, "valeur", v.year(), years);
            finite(at, "valeur", v.value());
            text(at, "constat", v.finding(), 2000, false);
        }
    }

    private void year(Contract c, String where, String field, int year, Set<Integer> seen) {
        if (year < c.startYear() || year > c.endYear()) {
            problems.add(where + ", champ « " + field + " » : l'année " + year + " est hors de la période du contrat ("
                    + c.startYear() + "–" + c.endYear() + ")");
        } else if (!seen.add(year)) {
            problems.add(where + ", champ « " + field + " » : l'année " + year + " est donnée deux fois");
        }
    }

    private void code(String where, String code, Set<String> seen) {
        if (code == null || !code.matches("[\\p{L}\\p{N}._-]{1,20}")) {
            problems.add(where + ", champ « code » : 1 à 20 lettres, chiffres, points, tirets");
        } else if (!seen.add(code)) {
            problems.add(where + ", champ « code » : code en double");
        }
    }

    private void text(String where, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(where + ", champ « " + field + " » : obligatoire");
            }
        } else if (value.length() > max) {
            problems.add(where + ", champ « " + field + " » : " + value.length() + " caractères, au plus " + max);
        }
    }

    private void finite(String where, String field, Double value) {
        if (value != null && (!Double.isFinite(value) || Math.abs(value) > 1e12)) {
            problems.add(where + ", champ « " + field + " » : nombre hors limites (" + value + ")");
        }
    }

    private void unknownCommunes(String where, String field, List<String> codes) {
        Predicate<String> unknown = code -> code == null || !territories.communeExists(code);
        List<String> bad = codes.stream().filter(unknown).limit(10).toList();
        if (!bad.isEmpty()) {
            problems.add(where + ", champ « " + field + " » : commune(s) inconnue(s) " + bad);
        }
    }
}
