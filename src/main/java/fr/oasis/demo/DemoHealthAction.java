package fr.oasis.demo;

import fr.oasis.contract.Contract;
import fr.oasis.contract.Contract.Action;
import fr.oasis.contract.Contract.Axis;
import fr.oasis.contract.Contract.Indicator;
import fr.oasis.contract.Contract.Objective;
import fr.oasis.contract.Contract.YearStatus;
import fr.oasis.contract.Contract.YearValue;
import fr.oasis.territory.GroupingRecord;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.record.ReferencePoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The demonstration's local health action, all fictional and labelled "données de
 * démonstration": one CLS on a stored grouping of level {@code cls} (most of the second EPCI and a
 * commune of the third; 2022–2026, four actions, indicators followed over
 * 2022–2024) and its services beyond practices (a teleconsultation site, a medicobus with three
 * stops, a health forum) written in the CSV formats of {@code docs/services.md}, so they go
 * through the same import as real files. Deterministic: derived from the generated territory.
 */
final class DemoHealthAction {
    static final String SERVICE_SOURCE = "Oasis, services fictifs (" + DemoTerritory.SOURCE + ")";

    private DemoHealthAction() {
    }

    /** The EPCI the demonstration contract and services are about (not the first one, used by report tests). */
    static CogEpci epci(DemoTerritory t) {
        return t.epcis().get(1);
    }

    /** Code of the demonstration CLS grouping the contract's perimeter refers to. */
    static final String CLS_CODE = "CLS-DEMO";

    /**
     * The perimeter of the demonstration CLS, stored as a grouping of level {@code cls} (through
     * {@code GroupingStore}, as one drawn in the portal): the second to fifth communes of the
     * contract's EPCI (the médicobus' stops among them) and the last commune of the next one, so it
     * is not an EPCI under another name. Not the first: its low code is also a commune of the test
     * fixtures, where a surviving member would keep the grouping alive after they are imported.
     */
    static GroupingRecord grouping(DemoTerritory t) {
        List<String> of = epci(t).memberCodes();
        List<String> members = new java.util.ArrayList<>(of.subList(Math.min(1, of.size() - 1), Math.min(5, of.size())));
        if (t.epcis().size() > 2) {
            List<String> next = t.epcis().get(2).memberCodes();
            members.add(next.get(next.size() - 1));
        }
        return new GroupingRecord(TerritoryLevel.CLS, CLS_CODE, "CLS de démonstration — " + epci(t).name(),
                DemoTerritory.COG_VINTAGE, "Oasis, périmètre fictif (" + DemoTerritory.SOURCE + ")", false, members,
                "system");
    }

    static Contract contract(DemoTerritory t) {
        CogEpci epci = epci(t);
        GroupingRecord perimeter = grouping(t);
        List<String> m = epci.memberCodes();
        Action interns = new Action("1.1.1", "Accueillir des internes en médecine générale", "1", "1.1", epci.name(),
                List.of("Faculté de médecine", "Ordre des médecins"), "Internes et maîtres de stage", List.of(),
                LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31), 45000.0,
                List.of(status(2022, "en cours", "deux maîtres de stage agréés"), status(2023, "en cours", null),
                        status(2024, "réalisée", "logement des internes ouvert")),
                List.of(new Indicator("P1", "processus", "Internes accueillis dans l'année", "internes", 6.0,
                        "Faculté de médecine", "Convention de stage",
                        List.of(value(2022, 1.0, null), value(2023, 3.0, null), value(2024, 5.0, null)))));
        Action medicobus = new Action("1.2.1", "Mettre en service un médicobus", "1", "1.2",
                "CPTS de démonstration", List.of("ARS", "Département"), "Habitants des communes sans médecin",
                m.subList(1, Math.min(4, m.size())), LocalDate.of(2023, 1, 1), null, 180000.0,
                List.of(status(2022, "non commencée", null), status(2023, "en cours", "véhicule livré en septembre"),
                        status(2024, "réalisée", "trois arrêts réguliers")),
                List.of(new Indicator("P1", "processus", "Demi-journées de présence par mois", "demi-journées", 12.0,
                                "Planning du médicobus", "Relevé mensuel",
                                List.of(value(2023, 6.0, null), value(2024, 10.0, null))),
                        new Indicator("R1", "résultat", "Patients vus dans l'année", "patients", 1500.0,
                                "CPTS de démonstration", "Logiciel de consultation",
                                List.of(value(2023, 420.0, null), value(2024, 1180.0, "un tiers sans médecin traitant")))));
        Action booth = new Action("1.2.2", "Ouvrir une cabine de téléconsultation", "1", "1.2", "Commune de "
                + name(t, m.get(0)), List.of("Pharmacie"), "Tout public", List.of(m.get(0)), null, null, 30000.0,
                List.of(status(2022, "non commencée", null), status(2023, "reportée", "financement décalé"),
                        status(2024, "en cours", "cabine installée, ouverture prévue en 2025")), List.of());
        Action forum = new Action("2.1.1", "Forum santé des seniors", "2", "2.1", "Centre social", List.of(),
                "Personnes de 60 ans et plus", List.of(), null, null, 4000.0,
                List.of(status(2022, "réalisée", null), status(2023, "réalisée", null),
                        status(2024, "abandonnée", "faute de salle disponible")),
                List.of(new Indicator("R1", "résultat", "Participants", "personnes", 150.0, "Centre social",
                        "Feuilles d'émargement", List.of(value(2022, 120.0, null), value(2023, 140.0, null),
                        value(2024, null, "forum non reconduit")))));
        return new Contract(null, "CLS de démonstration — " + epci.name(), "CLS",
                new Contract.Perimeter(TerritoryLevel.CLS.key(), perimeter.code(), List.of(), perimeter.name()), 2022, 2026,
                LocalDate.of(2021, 12, 15), List.of("ARS (fictive)", epci.name(), "Département (fictif)"),
                List.of(new Axis("1", "Améliorer l'accès aux soins", List.of(
                                new Objective("1.1", "Attirer et installer des professionnels"),
                                new Objective("1.2", "Aller vers les habitants éloignés des soins"))),
                        new Axis("2", "Prévention et promotion de la santé", List.of(
                                new Objective("2.1", "Informer et dépister")))),
                List.of(interns, medicobus, booth, forum), true, List.of(), null);
    }

    /** Writes the four service files into {@code dir}; returns their paths. */
    static List<Path> serviceFiles(DemoTerritory t, Path dir) {
        List<String> m = epci(t).memberCodes();
        ReferencePoint p = t.points().stream().filter(r -> r.communeCode().equals(m.get(0))).findFirst().orElseThrow();
        String first = m.get(0);
        StringBuilder stops = new StringBuilder("unite,commune,lieu,demi_journees_par_mois,horaires\n");
        int[] halfDays = {4, 4, 2};
        for (int k = 1; k <= 3 && k < m.size(); k++) {
            stops.append("MEDICOBUS-DEMO,").append(m.get(k)).append(",Place de la mairie,").append(halfDays[k - 1])
                    .append(",\"").append(k == 3 ? "2e jeudi" : "mardis et jeudis").append(" matin\"\n");
        }
        try {
            return List.of(
                    Files.writeString(dir.resolve("teleconsultation.csv"), "code,nom,type,commune,lon,lat,horaires,"
                            + "professions,gestionnaire\nTC-DEMO,Cabine de téléconsultation de la pharmacie,pharmacie,"
                            + first + "," + String.format(Locale.ROOT, "%.5f,%.5f", p.lon() + 0.002, p.lat() + 0.001)
                            + ",\"lun-sam 9h-19h\",médecin généraliste; dermatologue,Pharmacie (fictive)\n"),
                    Files.writeString(dir.resolve("mobile-units.csv"), "code,nom,type,operateur\n"
                            + "MEDICOBUS-DEMO,Médicobus de démonstration,medicobus,CPTS de démonstration\n"),
                    Files.writeString(dir.resolve("mobile-stops.csv"), stops),
                    Files.writeString(dir.resolve("initiatives.csv"), "code,titre,type,date,commune,lieu,"
                            + "public_touche\nFORUM-DEMO,Forum santé des seniors,forum,2023-10-14," + first
                            + ",Salle des fêtes,140\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demonstration service files", e);
        }
    }

    private static String name(DemoTerritory t, String code) {
        return t.communes().stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.name()).orElse(code);
    }

    private static YearStatus status(int year, String status, String comment) {
        return new YearStatus(year, status, comment);
    }

    private static YearValue value(int year, Double v, String finding) {
        return new YearValue(year, v, finding);
    }
}
