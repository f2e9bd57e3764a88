package fr.oasis.contract;

import fr.oasis.report.ReportService;
import fr.oasis.report.TerritoryReport;
import fr.oasis.structure.StructureQueries;
import fr.oasis.structure.StructureType;
import fr.oasis.structure.StructureView;
import fr.oasis.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * The observatory's figures for a contract's perimeter as the data loaded now give them
 * (population, share of 75+, GP APL, time to the nearest GP, share of the population where the
 * GP APL is under 2.5, GPs, then the count of each stored type of care structure), taken from
 * the territorial report of the perimeter ({@link ReportService}: a stored territory of any
 * level, groupings included, or the selection of its communes) and from {@link StructureQueries},
 * so the contract page never re-types or recomputes them. Each figure keeps its raw value, unit,
 * source and millésime, so it can be frozen ({@link ContractSnapshots}) and compared later.
 * Thread-safe.
 */
@Component
class ContractContext {
    /** The report figures taken, in order. */
    static final List<String> FIGURES = List.of("population", "share75", "apl.MG.all", "nearest.MG",
            "apl.MG.under-served", "beyond20.MG.75", "practitioners.MG.count", "practitioners.MG.share60");
    /** Key prefix of the care-structure counts ("structures.msp"). */
    static final String STRUCTURES = "structures.";

    private final ReportService reports;
    private final StructureQueries structures;

    ContractContext(ReportService reports, StructureQueries structures) {
        this.reports = reports;
        this.structures = structures;
    }

    /**
     * One figure of the perimeter, raw.
     *
     * @param value         in {@code unit}; null when the observatory has none
     * @param reference     the same figure for the département holding most of the perimeter, or null
     * @param referenceName that département's name, or null
     */
    record Figure(String key, String label, Double value, String unit, String source, Integer millesime, boolean demo,
                  Double reference, String referenceName) {
    }

    /**
     * The perimeter now.
     *
     * @param reportPath the report page of the perimeter, null when it is not stored
     * @param mapPath    the map centred on the perimeter's level with it selected, null when none
     * @param figures    empty when the perimeter is no longer stored or nothing is computed (the message says why)
     */
    record Now(String reportPath, String mapPath, List<Figure> figures, String message, boolean demo) {
    }

    Now of(Contract c) {
        Contract.Perimeter p = c.perimeter();
        try {
            TerritoryReport report = p.isTerritory() ? reports.report(TerritoryLevel.fromKey(p.level()), p.code())
                    : reports.selection(p.communes(), p.name());
            String refName = report.references().isEmpty() ? null : report.references().get(0).name();
            List<TerritoryReport.Figure> all = report.sections().stream().flatMap(s -> s.figures().stream()).toList();
            List<Figure> figures = new ArrayList<>();
            for (String id : FIGURES) {
                all.stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(f -> figures.add(new Figure(f.id(),
                        f.label(), f.value(), f.unit(), f.source(), f.millesime(), f.demo(),
                        f.references().isEmpty() ? null : f.references().get(0), refName)));
            }
            for (StructureView.TypeSummary s : structures.summary()) {
                StructureType type = StructureType.fromKey(s.type());
                figures.add(new Figure(STRUCTURES + s.type(), type.pluralLabel() + " (nombre)",
                        (double) structures.count(type, report.subject().communeCodes()), null, s.source(),
                        s.millesime(), s.demo(), null, null));
            }
            boolean demo = figures.stream().anyMatch(Figure::demo);
            return new Now(reportPath(p), mapPath(p), figures, figures.isEmpty() ? "Aucun indicateur de "
                    + "l'observatoire pour ce périmètre : importez des territoires et des professionnels." : null, demo);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            return new Now(null, null, List.of(), "Le périmètre n'est plus dans les territoires chargés : "
                    + e.getMessage(), false);
        }
    }

    static String reportPath(Contract.Perimeter p) {
        return p.isTerritory() ? "/reports/" + p.level() + "/" + p.code()
                : "/reports/selection?communes=" + String.join(",", p.communes());
    }

    /** The map at the perimeter's level with it selected (régions: the départements' map, nothing selected). */
    static String mapPath(Contract.Perimeter p) {
        if (!p.isTerritory()) {
            return null;
        }
        return "region".equals(p.level()) ? "/map?level=departement"
                : "/map?level=" + p.level() + "&sel=" + p.level() + ":" + p.code();
    }
}
