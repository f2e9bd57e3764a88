package fr.oasis.contract;

import fr.oasis.contract.Contract.Action;
import fr.oasis.contract.Contract.Axis;
import fr.oasis.contract.Contract.Indicator;
import fr.oasis.contract.Contract.YearStatus;
import fr.oasis.contract.Contract.YearValue;
import fr.oasis.report.FrenchNumbers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly assessment ("bilan annuel") of a contract, in the structure of a CLS evaluation:
 * per axis, each action with its lead organisation, its status at the end of the year and the
 * comment, and its indicators (type, unit, target, value or finding of the year, source,
 * collection method), each beside the previous year's. The page, the PDF and the XLSX render
 * this one value. Numbers are formatted with {@link FrenchNumbers}; "—" when missing. Immutable.
 *
 * @param counts actions per status at the end of the year; actions without a status for the year
 *               are counted in {@link #unreported()}
 */
record Bilan(Contract contract, int year, List<AxisBlock> axes, Map<ActionStatus, Integer> counts, int unreported) {
    /** Status label of an action without a status for the year. */
    static final String NO_STATUS = "non renseigné";

    record AxisBlock(String code, String title, List<ActionLine> actions) {
        /** Actions of this axis per status (columns in {@link ActionStatus} order), then the unreported ones. */
        public List<Integer> statusCounts() {
            List<Integer> row = new ArrayList<>();
            for (ActionStatus s : ActionStatus.values()) {
                row.add((int) actions.stream().filter(a -> s.label().equals(a.status())).count());
            }
            row.add((int) actions.stream().filter(a -> NO_STATUS.equals(a.status())).count());
            return row;
        }
    }

    /**
     * @param status         label of {@link ActionStatus}, or {@link #NO_STATUS}
     * @param previousStatus the same for the year before (null in the first year)
     */
    record ActionLine(String code, String title, String objective, String porteur, String partners, String status,
                      String comment, String previousStatus, List<IndicatorLine> indicators) {
        /** The status constant name (CSS class), "NONE" when not reported. */
        public String statusKey() {
            return ActionStatus.parse(status).map(Enum::name).orElse("NONE");
        }

        public boolean statusChanged() {
            return previousStatus != null && !previousStatus.equals(status);
        }
    }

    /**
     * @param progress value ÷ target in percent when both are numbers and the target is not 0, else null
     */
    record IndicatorLine(String code, String kind, String label, String unit, Double target, Double value,
                         Double previousValue, String finding, String source, String method, Double progress) {
        public String targetText() {
            return number(target, unit);
        }

        public String valueText() {
            return number(value, unit);
        }

        public String previousText() {
            return number(previousValue, unit);
        }

        public String progressText() {
            return progress == null ? "—" : FrenchNumbers.format(progress, "%") + "\u00a0%";
        }
    }

    /**
     * An indicator value in French: whole numbers (counts of people, meetings, communes) without
     * decimals, others with the decimals {@link FrenchNumbers} gives their unit.
     */
    static String number(Double value, String unit) {
        boolean whole = value != null && value == Math.rint(value);
        return FrenchNumbers.format(value, whole ? WHOLE_NUMBER_UNIT : unit);
    }

    /** A unit {@link FrenchNumbers} always shows without decimals. */
    private static final String WHOLE_NUMBER_UNIT = "hab.";

    /** @throws IllegalArgumentException when {@code year} is outside the contract's period */
    static Bilan of(Contract c, int year) {
        if (year < c.startYear() || year > c.endYear()) {
            throw new IllegalArgumentException("l'année " + year + " est hors de la période du contrat ("
                    + c.startYear() + "–" + c.endYear() + ")");
        }
        List<AxisBlock> axes = new ArrayList<>();
        Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
        int unreported = 0;
        for (Axis axis : c.axes()) {
            List<ActionLine> lines = new ArrayList<>();
            for (Action a : c.actions()) {
                if (!a.axis().equals(axis.code())) {
                    continue;
                }
                ActionLine line = line(c, axis, a, year);
                ActionStatus.parse(line.status()).ifPresent(s -> counts.merge(s, 1, Integer::sum));
                unreported += NO_STATUS.equals(line.status()) ? 1 : 0;
                lines.add(line);
            }
            axes.add(new AxisBlock(axis.code(), axis.title(), lines));
        }
        return new Bilan(c, year, axes, counts, unreported);
    }

    /** The last year that has a status or an indicator value, else the first year of the period. */
    static int latestYear(Contract c) {
        int latest = c.startYear();
        for (Action a : c.actions()) {
            for (YearStatus s : a.statuses()) {
                latest = Math.max(latest, s.year());
            }
            for (Indicator i : a.indicators()) {
                for (YearValue v : i.values()) {
                    latest = Math.max(latest, v.year());
                }
            }
        }
        return Math.min(latest, c.endYear());
    }

    private static ActionLine line(Contract c, Axis axis, Action a, int year) {
        String objective = axis.objectives().stream().filter(o -> o.code().equals(a.objective()))
                .map(o -> o.code() + " " + o.title()).findFirst().orElse(null);
        YearStatus status = a.status(year).orElse(null);
        String previous = year > c.startYear() ? a.status(year - 1).map(YearStatus::status).orElse(NO_STATUS) : null;
        List<IndicatorLine> indicators = a.indicators().stream().map(i -> indicator(i, year)).toList();
        return new ActionLine(a.code(), a.title(), objective, a.porteur(), String.join(", ", a.partners()),
                status == null ? NO_STATUS : status.status(), status == null ? null : status.comment(), previous,
                indicators);
    }

    private static IndicatorLine indicator(Indicator i, int year) {
        YearValue v = i.value(year).orElse(null);
        Double value = v == null ? null : v.value();
        Double previous = i.value(year - 1).map(YearValue::value).orElse(null);
        Double progress = value != null && i.target() != null && i.target() != 0 ? 100 * value / i.target() : null;
        return new IndicatorLine(i.code(), i.kind(), i.label(), i.unit(), i.target(), value, previous,
                v == null ? null : v.finding(), i.source(), i.method(), progress);
    }

    /** What changed since the year before, in French: statuses, then indicator values. */
    public List<String> changesSincePreviousYear() {
        List<String> lines = new ArrayList<>();
        if (year == contract.startYear()) {
            return lines;
        }
        for (AxisBlock axis : axes) {
            for (ActionLine a : axis.actions()) {
                if (a.statusChanged()) {
                    lines.add("Action « " + a.code() + " » (" + a.title() + ") : " + a.previousStatus() + " fin "
                            + (year - 1) + " → " + a.status() + " fin " + year);
                }
                for (IndicatorLine i : a.indicators()) {
                    if (i.value() != null && !i.value().equals(i.previousValue())) {
                        lines.add("Indicateur « " + i.label() + " » (action « " + a.code() + " ») : "
                                + i.previousText() + " → " + i.valueText() + (i.unit() == null ? "" : " " + i.unit()));
                    }
                }
            }
        }
        return lines;
    }
}
