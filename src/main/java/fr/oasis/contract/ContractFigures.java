package fr.oasis.contract;

import fr.oasis.contract.ContractContext.Figure;
import fr.oasis.report.FrenchNumbers;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The perimeter's figures "at signature" (the frozen {@link ContractSnapshots.Snapshot}) beside
 * "today" ({@link ContractContext.Now}), one line per figure present in either, as the page, the
 * PDF and the XLSX show them. The evolution is the difference today − at signature (in points for
 * a share in %), but only when the millésime moved: the same millésime on both sides says so
 * ("millésime inchangé") instead of a difference, since Oasis would only be comparing the same
 * data (a value recomputed on the same millésime says that too). Immutable.
 *
 * @param frozenOn     when the snapshot was taken (Paris date, "15/12/2021"), null without snapshot
 * @param frozenReason why ("création du contrat"...), null without snapshot
 */
public record ContractFigures(String reportPath, String mapPath, List<Line> lines, String message, boolean demo,
                       String frozenOn, String frozenBy, String frozenReason, String frozenVersions) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));
    /** Below this, two values are the same (rounding of a recomputation). */
    private static final double SAME = 1e-9;

    /**
     * One figure.
     *
     * @param evolution    "+0,3 pt", "millésime inchangé (2024)", "—"...
     * @param sameMillesime true when both sides have the same source and millésime (no evolution shown)
     * @param difference   today − at signature when shown, else null
     */
    public record Line(String key, String label, String unit, Double then, String thenText, String thenSource, Double now,
                String nowText, String nowSource, String reference, String referenceName, String evolution,
                boolean sameMillesime, Double difference) {
    }

    static ContractFigures of(ContractContext.Now now, ContractSnapshots.Snapshot snapshot) {
        Map<String, Figure> before = new LinkedHashMap<>();
        if (snapshot != null) {
            snapshot.figures().forEach(f -> before.put(f.key(), f));
        }
        Map<String, Figure> today = new LinkedHashMap<>();
        now.figures().forEach(f -> today.put(f.key(), f));
        List<String> keys = new ArrayList<>(today.keySet());
        before.keySet().stream().filter(k -> !today.containsKey(k)).forEach(keys::add);
        List<Line> lines = keys.stream().map(k -> line(before.get(k), today.get(k))).toList();
        return new ContractFigures(now.reportPath(), now.mapPath(), lines, now.message(), now.demo(),
                snapshot == null ? null : DAY.format(snapshot.takenAt()), snapshot == null ? null : snapshot.takenBy(),
                snapshot == null ? null : snapshot.reason(), snapshot == null ? null : snapshot.dataVersions());
    }

    /** Whether a snapshot exists. */
    public boolean frozen() {
        return frozenOn != null;
    }

    /** What the figures are, in French, for a printed page (PDF) where the table stands alone. */
    public String note() {
        return "Oasis ne conserve pas l'historique de ses indicateurs : les chiffres « à la signature » sont ceux des "
                + "données chargées le jour où ils ont été figés" + (frozen() ? " (le " + frozenOn + ", " + frozenReason
                + ")" : "") + ", pas une reconstitution ; quand le millésime n'a pas changé, aucune évolution n'est "
                + "affichée." + (frozen() ? "" : " Aucun chiffre n'a été figé pour ce contrat.")
                + (demo ? " Données de démonstration." : "") + (message == null ? "" : " " + message);
    }

    /** The name of the reference column (the département), or null. */
    public String referenceName() {
        return lines.stream().map(Line::referenceName).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Line line(Figure then, Figure now) {
        Figure any = now != null ? now : then;
        String unit = any.unit();
        Double thenValue = then == null ? null : then.value();
        Double nowValue = now == null ? null : now.value();
        boolean same = then != null && now != null && then.millesime() != null
                && then.millesime().equals(now.millesime()) && Objects.equals(then.source(), now.source());
        Double difference = null;
        String evolution;
        if (then == null || now == null || thenValue == null || nowValue == null) {
            evolution = FrenchNumbers.MISSING;
        } else if (same) {
            evolution = "millésime inchangé (" + now.millesime() + ")"
                    + (Math.abs(nowValue - thenValue) > SAME ? " ; valeur recalculée (données ou paramètres modifiés)" : "");
        } else {
            difference = nowValue - thenValue;
            evolution = "%".equals(unit) ? FrenchNumbers.signed(difference, "pts") + "\u00a0pt"
                    : FrenchNumbers.signed(difference, unit) + (unit == null || unit.isBlank() ? "" : "\u00a0" + unit);
        }
        return new Line(any.key(), any.label(), unit, thenValue, then == null ? "non figé" : FrenchNumbers.withUnit(
                thenValue, unit), source(then), nowValue, now == null ? "plus calculé" : FrenchNumbers.withUnit(nowValue,
                unit), source(now), now == null || now.reference() == null ? FrenchNumbers.MISSING
                : FrenchNumbers.withUnit(now.reference(), unit), now == null ? null : now.referenceName(), evolution,
                same, difference);
    }

    private static String source(Figure f) {
        if (f == null) {
            return FrenchNumbers.MISSING;
        }
        String s = f.source() == null ? "source non précisée" : f.source();
        return s + (f.millesime() == null ? "" : " (" + f.millesime() + ")");
    }
}
