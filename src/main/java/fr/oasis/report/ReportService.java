package fr.oasis.report;

import fr.oasis.territory.CommuneTable;
import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;

/**
 * Builds territorial identity reports: every figure of a territory or of a custom set of
 * communes, next to its département and its région, in the sections of
 * {@link TerritoryReport}. Every comparison is a ratio of sums over the communes (or the
 * imported indicator's own rule, or the accessibility module's population-weighted means), so
 * an EPCI's figure is never a mean of its communes' ratios. Thread-safe.
 */
@Service
public class ReportService {
    private final ReportInputs inputs;
    private final IndicatorCatalogue catalogue;
    private final AccessibilityQueries accessibility;
    private final TerritoryQueries territories;
    private final org.springframework.beans.factory.ObjectProvider<ReportSectionSource> extraSections;

    ReportService(ReportInputs inputs, IndicatorCatalogue catalogue, AccessibilityQueries accessibility,
                  TerritoryQueries territories,
                  org.springframework.beans.factory.ObjectProvider<ReportSectionSource> extraSections) {
        this.extraSections = extraSections;
        this.inputs = inputs;
        this.catalogue = catalogue;
        this.accessibility = accessibility;
        this.territories = territories;
    }

    /**
     * The report of a stored commune, EPCI, département or région.
     *
     * @throws NoSuchElementException when no territory of {@code level} has {@code code}
     */
    public TerritoryReport report(TerritoryLevel level, String code) {
        return build(ReportScopes.territory(inputs.communes(), level, code));
    }

    /**
     * The report of a custom set of communes (former codes are accepted and resolved), compared
     * with the département and the région holding most of its population.
     *
     * @param name shown as the subject's name; "Sélection de N communes" when blank
     * @throws NoSuchElementException   naming the codes that are no stored commune
     * @throws IllegalArgumentException when {@code communeCodes} is empty or over 10,000 codes
     */
    public TerritoryReport selection(List<String> communeCodes, String name) {
        return build(ReportScopes.selection(inputs.communes(), communeCodes, name, territories::communeResolver));
    }

    private TerritoryReport build(ReportScope scope) {
        CommuneTable table = inputs.communes();
        List<IndicatorView.Area> areas = scope.columns().stream()
                .map(c -> new IndicatorView.Area(c.level(), c.code(), c.communes())).toList();
        Map<String, List<IndicatorView.AreaFigures>> imported = catalogue.importedFigures(ImportedSection::wanted, areas);
        AccessibilitySection access = new AccessibilitySection(accessibility, scope);
        List<Section> sections = new java.util.ArrayList<>(List.of(
                DemographySection.build(scope, table, imported.get(DemographySection.SERIES_ID)),
                AgeSection.build(scope, table, imported.get(IndicatorCatalogue.PUBLISHED_SHARE75)),
                ImportedSection.HOUSEHOLDS.build(scope, imported),
                ImportedSection.CARE.build(scope, imported),
                access.build(),
                PractitionerSection.build(scope, inputs.practitioners(), inputs.vintageCounts())));
        if (scope.columns().get(0).level() != null) {
            GroupingSeriesSection.build(catalogue, scope.columns().get(0).level(), scope.subject().code(),
                    scope.references().size()).ifPresent(sections::add);
        }
        extraSections.orderedStream().forEach(s -> s.section(scope.subject()).ifPresent(sections::add));
        return new TerritoryReport(scope.subject(), scope.references(), List.copyOf(sections),
                SummaryWriter.write(scope.subject(), scope.references(), sections), Instant.now(), access.annex());
    }
}
