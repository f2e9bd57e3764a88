package fr.oasis.outreach;

import fr.oasis.outreach.Outreach.Initiative;
import fr.oasis.outreach.Outreach.MobileUnit;
import fr.oasis.outreach.Outreach.Stop;
import fr.oasis.outreach.Outreach.TeleconsultationSite;
import fr.oasis.report.ReportSectionSource;
import fr.oasis.report.TerritoryReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Télémédecine et aller-vers" in every territorial report: the teleconsultation sites, the
 * mobile-unit stops (half-days per month) and the initiatives located in the subject's communes,
 * with a count table first; no section in the reports of territories no service serves. Counted in the territory only: there is no département or région
 * reference for these counts. Says what to import when the catalogue is empty. Thread-safe.
 */
@Component
class OutreachReportSection implements ReportSectionSource {
    static final String ID = "outreach";
    static final String TITLE = "Télémédecine et aller-vers";
    private final OutreachCatalogue catalogue;

    OutreachReportSection(OutreachCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Optional<TerritoryReport.Section> section(TerritoryReport.Subject subject) {
        Outreach.Catalogue all = catalogue.all();
        if (all.size() == 0) {
            return Optional.empty(); // no catalogue imported: the report keeps its usual sections
        }
        Set<String> communes = new HashSet<>(subject.communeCodes());
        List<List<Object>> rows = new ArrayList<>();
        Set<String> sources = new java.util.TreeSet<>();
        boolean demo = false;
        int sites = 0;
        int stops = 0;
        int halfDays = 0;
        int initiatives = 0;
        for (TeleconsultationSite s : all.sites()) {
            if (communes.contains(s.commune())) {
                rows.add(List.of("Téléconsultation : " + s.name(), s.kind(), s.commune(), text(s.hours()) + " "
                        + text(s.professions())));
                sites++;
                sources.add(s.source());
                demo |= s.demo();
            }
        }
        for (MobileUnit u : all.units()) {
            for (Stop stop : u.stops()) {
                if (communes.contains(stop.commune())) {
                    rows.add(List.of("Unité mobile : " + u.name(), u.kind(), stop.commune(), stop.halfDaysPerMonth()
                            + " demi-journée(s) par mois " + text(stop.schedule())));
                    stops++;
                    halfDays += stop.halfDaysPerMonth();
                    sources.add(u.source());
                    demo |= u.demo();
                }
            }
        }
        for (Initiative i : all.initiatives()) {
            if (communes.contains(i.commune())) {
                rows.add(List.of("Initiative : " + i.title(), i.kind(), i.commune(), i.date() + (i.publicReached() == null
                        ? "" : ", " + i.publicReached() + " personnes touchées")));
                initiatives++;
                sources.add(i.source());
                demo |= i.demo();
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty(); // only the reports of the territories a service serves get the section
        }
        String source = String.join(" ; ", sources) + (demo ? " — données de démonstration" : "");
        TerritoryReport.Table counts = new TerritoryReport.Table("outreach-counts", "Services hors cabinet dans le "
                + "territoire", List.of("Service", "Nombre"), List.of(List.of("Sites de téléconsultation", sites),
                List.of("Arrêts d'unités mobiles", stops), List.of("Demi-journées de présence par mois", halfDays),
                List.of("Initiatives", initiatives)), source, null);
        TerritoryReport.Table list = new TerritoryReport.Table("outreach-list", "Liste des services",
                List.of("Service", "Type", "Commune", "Détail"), rows, source, null);
        return Optional.of(new TerritoryReport.Section(ID, TITLE, List.of(), List.of(), List.of(counts, list), null));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

}
