package fr.oasis.report;

import fr.oasis.provenance.Provenance;
import fr.oasis.report.TerritoryReport.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a report is about and what it is compared with: the subject's column first, then one
 * column per reference, in the order of {@link TerritoryReport#references()}.
 */
record ReportScope(TerritoryReport.Subject subject, List<TerritoryReport.Reference> references, List<Column> columns) {

    Column subjectColumn() {
        return columns.get(0);
    }

    /** One value per column, subject first. */
    List<Double> perColumn(Function<Column, Double> value) {
        List<Double> values = new ArrayList<>(columns.size());
        columns.forEach(c -> values.add(value.apply(c)));
        return values;
    }

    /** A figure whose values are given per column (subject first), with its provenance. */
    static Figure figure(String id, String label, String unit, List<Double> values, Provenance provenance, String note) {
        return new Figure(id, label, unit, values.get(0), nullable(values.subList(1, values.size())),
                provenance == null ? null : provenance.source(), provenance == null ? null : provenance.millesime(),
                provenance != null && provenance.demo(), note);
    }

    /** The same, with per column whether the value is an estimate (see {@link Figure#estimated()}). */
    static Figure figure(String id, String label, String unit, List<Double> values, Provenance provenance, String note,
                         List<Boolean> estimated) {
        Figure f = figure(id, label, unit, values, provenance, note);
        return new Figure(f.id(), f.label(), f.unit(), f.value(), f.references(), f.source(), f.millesime(), f.demo(),
                f.note(), estimated);
    }

    /** List.copyOf refuses nulls, and missing values are nulls. */
    private static List<Double> nullable(List<Double> values) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
}
