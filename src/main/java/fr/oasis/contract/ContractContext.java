package fr.oasis.contract;

import fr.oasis.report.FrenchNumbers;
import fr.oasis.report.ReportService;
import fr.oasis.report.TerritoryReport;
import fr.oasis.territory.TerritoryLevel;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The observatory's figures for a contract's perimeter (population, share of 75+, GP APL, time
 * to the nearest GP, share of the population where the GP APL is under 2.5, GPs), taken from
 * the territorial report of the perimeter ({@link ReportService}: a territory, or the selection
 * of its communes) so the contract page never re-types or recomputes them. Oasis keeps no
 * history of its indicators, so these are the figures of the data loaded now, with their
 * millésime; the page says so. Thread-safe.
 */
@Component
class ContractContext {
    /** The report figures shown, in order. */
    static final List<String> FIGURES = List.of("population", "share75", "apl.MG.all", "nearest.MG",
            "apl.MG.under-served", "beyond20.MG.75", "practitioners.MG.count", "practitioners.MG.share60");

    private final ReportService reports;

    ContractContext(ReportService reports) {
        this.reports = reports;
    }

    /**
     * @param reportPath the report page of the perimeter
     * @param figures    empty when the perimeter is no longer stored (the message says why)
     */
    record Context(String reportPath, List<Line> figures, String message, boolean demo) {
    }

    /** One figure: label, the perimeter's value with its unit, the département's, source and millésime. */
    record Line(String id, String label, String value, String reference, String referenceName, String source) {
    }

    Context of(Contract c) {
        Contract.Perimeter p = c.perimeter();
        try {
            TerritoryReport report = p.isTerritory() ? reports.report(TerritoryLevel.fromKey(p.level()), p.code())
                    : reports.selection(p.communes(), p.name());
            String path = p.isTerritory() ? "/reports/" + p.level() + "/" + p.code()
                    : "/reports/selection?communes=" + String.join(",", p.communes());
            String refName = report.references().isEmpty() ? null : report.references().get(0).name();
            List<TerritoryReport.Figure> all = report.sections().stream().flatMap(s -> s.figures().stream()).toList();
            List<Line> lines = FIGURES.stream().map(id -> all.stream().filter(f -> f.id().equals(id)).findFirst()
                    .orElse(null)).filter(Objects::nonNull).map(f -> new Line(f.id(), f.label(),
                    FrenchNumbers.withUnit(f.value(), f.unit()), f.references().isEmpty() ? "—"
                    : FrenchNumbers.withUnit(f.references().get(0), f.unit()), refName,
                    f.source() + (f.millesime() == null ? "" : " (" + f.millesime() + ")"))).toList();
            boolean demo = all.stream().anyMatch(TerritoryReport.Figure::demo);
            return new Context(path, lines, lines.isEmpty() ? "Aucun indicateur de l'observatoire pour ce périmètre : "
                    + "importez des territoires et des professionnels." : null, demo);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            return new Context(null, List.of(), "Le périmètre n'est plus dans les territoires chargés : " + e.getMessage(),
                    false);
        }
    }
}
