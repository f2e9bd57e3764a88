package fr.oasis.contract;

import fr.oasis.contract.Contract.Action;
import fr.oasis.contract.Contract.Indicator;
import fr.oasis.contract.Contract.YearStatus;
import fr.oasis.contract.Contract.YearValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed between two versions of a contract, as French lines ("Action « 1.2 » : statut
 * 2021 « en cours » → « réalisée »"): the audit summary and the spreadsheet import report.
 * Compares the general fields, then actions by code (added, removed, each field, each year's
 * status and comment), then indicators by code and their values per year. Stateless.
 */
final class ContractDiff {
    private final List<String> lines = new ArrayList<>();

    private ContractDiff() {
    }

    static List<String> lines(Contract before, Contract after) {
        ContractDiff diff = new ContractDiff();
        diff.compare("Contrat", "nom", before.name(), after.name());
        diff.compare("Contrat", "période", before.startYear() + "–" + before.endYear(),
                after.startYear() + "–" + after.endYear());
        diff.compare("Contrat", "type", before.kind(), after.kind());
        diff.compare("Contrat", "date de signature", before.signedOn(), after.signedOn());
        diff.compare("Contrat", "périmètre", before.perimeter(), after.perimeter());
        diff.compare("Contrat", "signataires", before.signatories(), after.signatories());
        diff.compare("Contrat", "axes et objectifs", before.axes(), after.axes());
        for (Action a : before.actions()) {
            if (after.action(a.code()).isEmpty()) {
                diff.lines.add("Action « " + a.code() + " » supprimée");
            }
        }
        for (Action a : after.actions()) {
            before.action(a.code()).ifPresentOrElse(old -> diff.action(old, a),
                    () -> diff.lines.add("Action « " + a.code() + " » ajoutée : " + a.title()));
        }
        return diff.lines;
    }

    private void action(Action old, Action now) {
        String where = "Action « " + now.code() + " »";
        compare(where, "intitulé", old.title(), now.title());
        compare(where, "axe", old.axis(), now.axis());
        compare(where, "objectif", old.objective(), now.objective());
        compare(where, "porteur", old.porteur(), now.porteur());
        compare(where, "partenaires", old.partners(), now.partners());
        compare(where, "public", old.targetPublic(), now.targetPublic());
        compare(where, "communes", old.communes(), now.communes());
        compare(where, "début", old.start(), now.start());
        compare(where, "fin", old.end(), now.end());
        compare(where, "budget", old.budgetEuros(), now.budgetEuros());
        TreeSet<Integer> years = new TreeSet<>();
        old.statuses().forEach(s -> years.add(s.year()));
        now.statuses().forEach(s -> years.add(s.year()));
        for (int year : years) {
            YearStatus a = old.status(year).orElse(null);
            YearStatus b = now.status(year).orElse(null);
            compare(where, "statut " + year, a == null ? null : a.status(), b == null ? null : b.status());
            compare(where, "commentaire " + year, a == null ? null : a.comment(), b == null ? null : b.comment());
        }
        for (Indicator i : old.indicators()) {
            if (now.indicator(i.code()).isEmpty()) {
                lines.add(where + " : indicateur « " + i.code() + " » supprimé");
            }
        }
        for (Indicator i : now.indicators()) {
            old.indicator(i.code()).ifPresentOrElse(o -> indicator(where + ", indicateur « " + i.code() + " »", o, i),
                    () -> lines.add(where + " : indicateur « " + i.code() + " » ajouté : " + i.label()));
        }
    }

    private void indicator(String where, Indicator old, Indicator now) {
        compare(where, "type", old.kind(), now.kind());
        compare(where, "intitulé", old.label(), now.label());
        compare(where, "unité", old.unit(), now.unit());
        compare(where, "cible", old.target(), now.target());
        compare(where, "source", old.source(), now.source());
        compare(where, "mode de recueil", old.method(), now.method());
        TreeSet<Integer> years = new TreeSet<>();
        old.values().forEach(v -> years.add(v.year()));
        now.values().forEach(v -> years.add(v.year()));
        for (int year : years) {
            YearValue a = old.value(year).orElse(null);
            YearValue b = now.value(year).orElse(null);
            compare(where, "valeur " + year, a == null ? null : a.value(), b == null ? null : b.value());
            compare(where, "constat " + year, a == null ? null : a.finding(), b == null ? null : b.finding());
        }
    }

    private void compare(String where, String field, Object before, Object after) {
        if (!Objects.equals(empty(before), empty(after))) {
            lines.add(where + " : " + field + " « " + text(before) + " » → « " + text(after) + " »");
        }
    }

    private static Object empty(Object o) {
        return o instanceof String s && s.isBlank() ? null : o instanceof List<?> l && l.isEmpty() ? null : o;
    }

    private static String text(Object o) {
        Object e = empty(o);
        if (e == null) {
            return "—";
        }
        if (e instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String) {
            return String.join(", ", l.stream().map(String::valueOf).toList());
        }
        String s = e instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue())
                : String.valueOf(e);
        return s.length() > 120 ? s.substring(0, 117) + "…" : s;
    }
}
