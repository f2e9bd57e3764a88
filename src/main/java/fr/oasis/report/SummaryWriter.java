package fr.oasis.report;

import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Reference;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.report.TerritoryReport.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the report's summary: at most {@value #MAX_SENTENCES} short French sentences, from the
 * report's own figures only. The rules:
 * <ol>
 *   <li>who: population, communes, density against the first reference;</li>
 *   <li>a GP APL (all ages) under {@value AccessibilitySection#GP_UNDER_SERVED} makes the subject a
 *       "zone sous-dotée";</li>
 *   <li>each {@link #WATCHED} figure whose relative gap to the first reference that has a value
 *       is at least {@value #NOTABLE_GAP} (15 %) gets a sentence, largest gaps first;</li>
 *   <li>otherwise one sentence says nothing stands out;</li>
 *   <li>sections without data are named, so a reader knows what was not looked at.</li>
 * </ol>
 * Stateless.
 */
final class SummaryWriter {
    static final double NOTABLE_GAP = 0.15;
    static final int MAX_SENTENCES = 6;
    /** Figures worth a sentence when they stand out. Counts and areas are not: they grow with size. */
    static final List<String> WATCHED = List.of("share75", "share60", "population-growth", "income", "poverty",
            "unemployment", "nomt", "ald", "mortality", "apl.MG.all", "nearest.MG", "beyond20.MG",
            "practitioners.MG.density", "practitioners.MG.share60", "apl.INF.all", "apl.MK.all", "apl.CD.all",
            "apl.SF.all", "practitioners.INF.density", "fedi", "singleparent", "mortality064", "lifewomen",
            "lifemen");

    private SummaryWriter() {
    }

    static List<String> write(Subject subject, List<Reference> references, List<Section> sections) {
        Map<String, Figure> figures = new HashMap<>();
        sections.forEach(s -> s.figures().forEach(f -> figures.put(f.id(), f)));
        List<String> sentences = new ArrayList<>();
        sentences.add(identity(subject, references, figures));
        Figure gp = figures.get("apl.MG.all");
        boolean underServed = gp != null && gp.value() != null && gp.value() < AccessibilitySection.GP_UNDER_SERVED;
        if (underServed) {
            sentences.add("Zone sous-dotée en médecins généralistes : APL de " + FrenchNumbers.withUnit(gp.value(),
                    gp.unit()) + ", sous le seuil de 2,5.");
        }
        List<String> missing = sections.stream().filter(s -> s.emptyMessage() != null).map(Section::title).toList();
        int room = MAX_SENTENCES - sentences.size() - (missing.isEmpty() ? 0 : 1);
        List<Gap> gaps = new ArrayList<>();
        for (String id : WATCHED) {
            Figure f = figures.get(id);
            if (f != null && !(underServed && id.equals("apl.MG.all"))) {
                gap(f, references).filter(g -> Math.abs(g.relative()) >= NOTABLE_GAP).ifPresent(gaps::add);
            }
        }
        gaps.sort(Comparator.comparingDouble((Gap g) -> -Math.abs(g.relative())));
        gaps.stream().limit(Math.max(0, room)).forEach(g -> sentences.add(g.sentence()));
        if (gaps.isEmpty() && !references.isEmpty()) {
            sentences.add("Aucun des indicateurs suivis ne s'écarte de 15 % ou plus des références.");
        }
        if (!missing.isEmpty()) {
            sentences.add("Sans données importées : " + String.join(", ", missing).toLowerCase(java.util.Locale.ROOT)
                    + ".");
        }
        return List.copyOf(sentences.subList(0, Math.min(sentences.size(), MAX_SENTENCES)));
    }

    private static String identity(Subject subject, List<Reference> references, Map<String, Figure> figures) {
        Figure population = figures.get("population");
        Figure communes = figures.get("communes");
        Figure density = figures.get("density");
        StringBuilder s = new StringBuilder(subject.name()).append(" compte ")
                .append(FrenchNumbers.format(population == null ? null : population.value(), "hab."))
                .append(" habitants");
        if (communes != null && communes.value() != null && communes.value() > 1) {
            s.append(" répartis dans ").append(FrenchNumbers.format(communes.value(), "communes")).append(" communes");
        }
        if (density != null && density.value() != null) {
            s.append(" (").append(FrenchNumbers.withUnit(density.value(), density.unit()));
            if (!references.isEmpty() && density.references().get(0) != null) {
                s.append(" ; ").append(references.get(0).name()).append(" : ")
                        .append(FrenchNumbers.format(density.references().get(0), density.unit()));
            }
            s.append(')');
        }
        return s.append('.').toString();
    }

    /** A figure's gap to the first reference that has a non-zero value. */
    static java.util.Optional<Gap> gap(Figure f, List<Reference> references) {
        if (f.value() == null) {
            return java.util.Optional.empty();
        }
        for (int k = 0; k < references.size() && k < f.references().size(); k++) {
            Double r = f.references().get(k);
            if (r != null && r != 0) {
                return java.util.Optional.of(new Gap(f, references.get(k), k + 1, r, (f.value() - r) / Math.abs(r)));
            }
        }
        return java.util.Optional.empty();
    }

    /** "de la référence départementale", "de la référence régionale". */
    static String ofReference(Reference r) {
        return r.level().equals("region") ? "de la référence régionale" : "de la référence départementale";
    }

    /**
     * A figure notably above or below a reference; estimates are said so in the sentence.
     *
     * @param referenceColumn the reference's column in the figure (1 = first reference)
     */
    record Gap(Figure figure, Reference reference, int referenceColumn, double referenceValue, double relative) {
        String sentence() {
            String direction = relative > 0 ? "nettement au-dessus" : "nettement en dessous";
            long percent = Math.round(relative * 100);
            return figure.label() + " : " + FrenchNumbers.withUnit(figure.value(), figure.unit())
                    + (figure.estimatedAt(0) ? " (estimation)" : "") + ", " + direction
                    + " " + ofReference(reference) + " (" + reference.name() + " : "
                    + FrenchNumbers.withUnit(referenceValue, figure.unit())
                    + (figure.estimatedAt(referenceColumn) ? " (estimation)" : "") + ", écart de " + (percent > 0 ? "+" : "")
                    + percent + " %).";
        }
    }
}
