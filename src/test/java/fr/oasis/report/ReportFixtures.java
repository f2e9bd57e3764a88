package fr.oasis.report;

import fr.oasis.report.TerritoryReport.Chart;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Reference;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.report.TerritoryReport.Series;
import fr.oasis.report.TerritoryReport.Subject;
import fr.oasis.report.TerritoryReport.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reports built by hand for the renderer tests: a realistic EPCI report (six sections, one
 * empty, a secret value, a negative reference, a pyramid, a histogram, a bar chart and a table)
 * and a hostile one (formula-like, markup-like and very long strings). Names are fictional.
 */
final class ReportFixtures {
    static final String EPCI_NAME = "Communauté de communes du Val-d’Œuvre et des Côtes";
    static final String RP = "INSEE, recensement de la population";
    static final String FILOSOFI = "INSEE, Filosofi";
    static final String APL = "DREES, SNIIRAM ; calcul Oasis (APL)";
    static final String RPPS = "ANS, RPPS";
    static final String CARE_EMPTY = "Aucune donnée de recours aux soins (patients sans médecin traitant, ALD) "
            + "n’est disponible pour ce territoire.";
    static final Instant GENERATED = Instant.parse("2025-03-12T13:05:00Z");
    static final String HOSTILE_FORMULA = "=cmd|' /C calc'!A0";
    static final String HOSTILE_MARKUP = "<script>alert('x')</script> & <b>gras</b>";

    private static final GeometryFactory GEO = new GeometryFactory(new PrecisionModel(), 4326);

    private ReportFixtures() {
    }

    static List<Reference> references() {
        return List.of(new Reference("departement", "departement", "67", "Bas-Rhin"),
                new Reference("region", "region", "44", "Grand Est"));
    }

    static TerritoryReport epci() {
        List<String> communes = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            communes.add(String.format("67%03d", 400 + i));
        }
        Subject subject = new Subject("epci", "200067000", EPCI_NAME, communes, communes);
        List<Section> sections = List.of(demography(), ages(), households(), care(), accessibility(), practitioners());
        List<String> summary = List.of(
                "L’APL des médecins généralistes (2,87) est inférieure à celle du Bas-Rhin (3,41) et du Grand Est (3,12).",
                "La part des 75 ans ou plus (10,8 %) dépasse la moyenne départementale ; 28,7 % des habitants ont ≥ 60 ans.",
                "Le taux de pauvreté est couvert par le secret statistique – « non diffusé ».");
        return new TerritoryReport(subject, references(), sections, summary, GENERATED);
    }

    static Section demography() {
        return new Section("demography", "Démographie et évolution", List.of(
                figure("population", "Population municipale", "hab.", 24512.0, 1140939.0, 5562651.0, RP, 2021, null),
                figure("density", "Densité de population", "hab./km²", 81.43, 238.2, 97.1, RP, 2021, null),
                figure("evolution", "Évolution annuelle moyenne 2015–2021", "%", 0.31, 0.42, -0.05, RP, 2021,
                        "Taux de variation annuel moyen."),
                figure("share75", "Part des 75 ans ou plus", "%", 10.8, 9.6, 10.1, RP, 2021, null)),
                List.of(), List.of(), null);
    }

    static Section ages() {
        List<String> classes = List.of("0–14", "15–29", "30–44", "45–59", "60–74", "75–89", "90 ou +");
        return new Section("ages", "Structure par âge", List.of(
                figure("share-under20", "Part des moins de 20 ans", "%", 22.4, 23.1, 22.6, RP, 2021, null),
                figure("share60", "Part des 60 ans ou plus", "%", 28.7, 25.9, 27.4, RP, 2021, null)),
                List.of(new Chart("pyramid", "pyramid", "Pyramide des âges", "% de la population", classes, List.of(
                        new Series("Hommes", List.of(8.1, 7.2, 8.9, 10.3, 9.4, 4.6, 0.5)),
                        new Series("Femmes", List.of(7.7, 6.8, 9.0, 10.5, 10.1, 6.0, 1.2)),
                        new Series("Hommes – Bas-Rhin", List.of(8.3, 8.9, 9.5, 10.0, 8.2, 3.9, 0.4)),
                        new Series("Femmes – Bas-Rhin", List.of(7.9, 8.6, 9.6, 10.2, 8.9, 5.2, 1.0))),
                        RP, 2021)),
                List.of(), null);
    }

    static Section households() {
        return new Section("households", "Ménages et précarité", List.of(
                figure("median-income", "Revenu disponible médian par unité de consommation", "€", 23140.0, 24350.0,
                        22860.0, FILOSOFI, 2021, null),
                figure("poverty-rate", "Taux de pauvreté", "%", null, 12.9, 14.6, FILOSOFI, 2021,
                        "Valeur couverte par le secret statistique."),
                figure("unemployment", "Taux de chômage des 15–64 ans", "%", 7.9, 9.8, null, RP, 2021, null)),
                List.of(), List.of(), null);
    }

    static Section care() {
        return new Section("care", "Recours aux soins et prévention", List.of(), List.of(), List.of(), CARE_EMPTY);
    }

    static Section accessibility() {
        return new Section("accessibility", "Accessibilité aux soins", List.of(
                figure("apl.MG.all", "APL aux médecins généralistes", "consultations/an/hab.", 2.87, 3.41, 3.12, APL, 2023,
                        "Accessibilité potentielle localisée, moins de 65 ans."),
                figure("nearest.MG", "Temps d’accès au médecin généraliste le plus proche", "min", 6.4, 4.1, 4.8, APL, 2023,
                        null),
                figure("beyond20.MG.population", "Population à plus de 20 minutes", "hab.", 312.0, 2104.0, 41877.0, APL, 2023, null)),
                List.of(new Chart("apl-mg-histogram", "histogram", "Communes selon l’APL aux médecins généralistes",
                        "nombre de communes", List.of("< 1", "1–2", "2–3", "3–4", "≥ 4"),
                        List.of(new Series("Communes", List.of(3.0, 7.0, 9.0, 4.0, 2.0))), APL, 2023)),
                List.of(), null);
    }

    static Section practitioners() {
        List<String> professions = List.of("Médecins généralistes", "Infirmiers", "Masseurs-kinésithérapeutes",
                "Chirurgiens-dentistes", "Sages-femmes");
        return new Section("practitioners", "Professionnels de santé libéraux", List.of(
                figure("mg-60plus", "Part des médecins généralistes de 60 ans ou plus", "%", 31.25, 27.8, 29.3, RPPS,
                        2024, null)),
                List.of(new Chart("density-professions", "bar", "Professionnels pour 10 000 habitants",
                        "pour 10 000 hab.", professions, List.of(
                        new Series("Territoire", Arrays.asList(6.5, 14.7, 7.8, 2.9, null)),
                        new Series("Bas-Rhin", List.of(8.9, 16.2, 12.4, 5.6, 1.9)),
                        new Series("Grand Est", List.of(8.6, 17.9, 10.7, 5.1, 1.8))), RPPS, 2024)),
                List.of(new Table("by-age", "Professionnels par profession et classe d’âge",
                        List.of("Profession", "< 40 ans", "40–59 ans", "≥ 60 ans", "Total"), List.of(
                        row("Médecins généralistes", 4, 7, 5, 16),
                        row("Infirmiers", 12, 18, 6, 36),
                        row("Masseurs-kinésithérapeutes", 9, 8, 2, 19),
                        row("Chirurgiens-dentistes", 2, 4, null, 7),
                        row("Sages-femmes", 1, 1, 0, 2)), RPPS, 2024)),
                null);
    }

    /** Every text a user or a source file could control, made hostile. */
    static TerritoryReport hostile() {
        String longName = "Commune-" + "x".repeat(3000);
        Subject subject = new Subject("selection", "sel-1", HOSTILE_MARKUP + " " + longName, List.of("99001"),
                List.of("99001"));
        List<Reference> refs = List.of(new Reference("departement", "departement", "99", HOSTILE_FORMULA),
                new Reference("region", "region", "98", "+33 " + HOSTILE_MARKUP));
        Section section = new Section("demography", "[Démo]: *?/\\ " + HOSTILE_FORMULA + " " + "y".repeat(60), List.of(
                new Figure("f1", HOSTILE_FORMULA, "%", -4.5, Arrays.asList(null, 3.0), "@SUM(A1)", 2020, true,
                        HOSTILE_MARKUP),
                new Figure("f2", "-2+3", "", 1.0E7, Arrays.asList(0.1, null), longName, null, true, null)),
                List.of(new Chart("c1", "bar", HOSTILE_MARKUP, "%", List.of(longName, HOSTILE_FORMULA),
                        List.of(new Series(HOSTILE_MARKUP, List.of(1.0, -2.0))), HOSTILE_FORMULA, 2020)),
                List.of(new Table("t1", HOSTILE_FORMULA, List.of(HOSTILE_MARKUP, "n"),
                        List.of(List.of(HOSTILE_FORMULA, 1), List.of(longName, 2.5)), "=HYPERLINK(\"x\")", 2020)),
                null);
        Section twin = new Section("ages", "[Démo]: *?/\\ " + HOSTILE_FORMULA + " " + "y".repeat(60), List.of(),
                List.of(), List.of(), HOSTILE_MARKUP);
        return new TerritoryReport(subject, refs, List.of(section, twin), List.of(HOSTILE_MARKUP, HOSTILE_FORMULA),
                GENERATED);
    }

    /** All figures of a report, in order. */
    static List<Figure> figures(TerritoryReport report) {
        return report.sections().stream().flatMap(s -> s.figures().stream()).toList();
    }

    /** A 5 × 5 grid of communes around 7.3–7.55° E, 48.70–48.85° N; see {@link #epciShapes(int)}. */
    static List<Geometry> epciShapes() {
        return epciShapes(15);
    }

    /**
     * A 5 × 5 grid of communes forming a clean coverage (each shared border is built once and
     * used by both neighbours), every border a wavy line of {@code pointsPerEdge} segments: about
     * {@code 4 × pointsPerEdge} vertices a commune, as in the EPCI zoom class of real contours
     * (about 54 on average in Grand Est).
     */
    static List<Geometry> epciShapes(int pointsPerEdge) {
        int n = 5;
        double x0 = 7.30;
        double y0 = 48.70;
        double w = 0.05;
        double h = 0.03;
        List<Geometry> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                List<Coordinate> ring = new ArrayList<>();
                ring.addAll(edge(x0 + i * w, y0 + j * h, w, 0, pointsPerEdge, j > 0 && j < n));
                ring.addAll(edge(x0 + (i + 1) * w, y0 + j * h, 0, h, pointsPerEdge, i + 1 < n).subList(1, pointsPerEdge + 1));
                List<Coordinate> top = new ArrayList<>(edge(x0 + i * w, y0 + (j + 1) * h, w, 0, pointsPerEdge, j + 1 < n));
                Collections.reverse(top);
                ring.addAll(top.subList(1, pointsPerEdge + 1));
                List<Coordinate> left = new ArrayList<>(edge(x0 + i * w, y0 + j * h, 0, h, pointsPerEdge, i > 0));
                Collections.reverse(left);
                ring.addAll(left.subList(1, pointsPerEdge + 1));
                cells.add(GEO.createMultiPolygon(new Polygon[] {GEO.createPolygon(ring.toArray(new Coordinate[0]))}));
            }
        }
        return cells;
    }

    /** A border from (x, y) along (dx, dy), wavy when it is inner, computed the same way for both neighbours. */
    private static List<Coordinate> edge(double x, double y, double dx, double dy, int segments, boolean wavy) {
        List<Coordinate> points = new ArrayList<>(segments + 1);
        for (int k = 0; k <= segments; k++) {
            double t = (double) k / segments;
            double wave = wavy ? 0.004 * Math.sin(t * Math.PI * 3 + x * 40 + y * 70) * Math.sin(t * Math.PI) : 0;
            // The wave is perpendicular to the border.
            points.add(new Coordinate(x + dx * t + (dx == 0 ? wave : 0), y + dy * t + (dy == 0 ? wave : 0)));
        }
        return points;
    }

    /** A département-sized outline around the EPCI, wavy, with {@code 2000} vertices like a real one. */
    static Geometry departementOutline() {
        int count = 2000;
        Coordinate[] ring = new Coordinate[count + 1];
        for (int k = 0; k < count; k++) {
            double a = 2 * Math.PI * k / count;
            double r = 1 + 0.06 * Math.sin(a * 17) + 0.03 * Math.sin(a * 53);
            ring[k] = new Coordinate(7.45 + 0.55 * r * Math.cos(a), 48.75 + 0.35 * r * Math.sin(a));
        }
        ring[count] = ring[0];
        return GEO.createPolygon(ring);
    }

    static Geometry square(double lon, double lat, double size) {
        return GEO.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + size, lat),
                new Coordinate(lon + size, lat + size), new Coordinate(lon, lat + size), new Coordinate(lon, lat)});
    }

    private static Figure figure(String id, String label, String unit, Double value, Double department, Double region,
                                 String source, Integer millesime, String note) {
        return new Figure(id, label, unit, value, Arrays.asList(department, region), source, millesime, false, note);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
