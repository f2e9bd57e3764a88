package fr.oasis.report;

import fr.oasis.practitioner.PractitionerRow;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The practitioners of one vintage counted per commune, profession and age class, so that a
 * report sums a few integers per commune instead of reading every practitioner. A practitioner
 * at several sites counts once per site, as in the APL supply. Immutable once built.
 */
final class PractitionerCounts {
    /** Age classes of the report's table; the last one holds unknown ages. */
    static final List<String> AGE_CLASSES = List.of("moins de 40 ans", "40-49 ans", "50-59 ans", "60 ans et plus",
            "âge inconnu");
    static final int SIXTY_PLUS = 3;
    static final int UNKNOWN = 4;
    private static final int PROFESSIONS = Profession.values().length;

    private final PractitionerVintageView vintage;
    private final Map<String, int[]> byCommune = new HashMap<>();
    private final Set<Profession> professions = EnumSet.noneOf(Profession.class);

    PractitionerCounts(PractitionerVintageView vintage, List<PractitionerRow> rows) {
        this.vintage = vintage;
        for (PractitionerRow row : rows) {
            Profession p = Profession.fromKey(row.profession());
            professions.add(p);
            byCommune.computeIfAbsent(row.communeCode(), c -> new int[PROFESSIONS * AGE_CLASSES.size()])
                    [p.ordinal() * AGE_CLASSES.size() + ageClass(row.age())]++;
        }
    }

    static int ageClass(Integer age) {
        if (age == null) {
            return UNKNOWN;
        }
        return age < 40 ? 0 : age < 50 ? 1 : age < 60 ? 2 : SIXTY_PLUS;
    }

    PractitionerVintageView vintage() {
        return vintage;
    }

    /** The professions present in the vintage, in catalogue order. */
    Set<Profession> professions() {
        return professions;
    }

    /** Counts over {@code communes}: {@code [profession ordinal][age class]}. */
    long[][] sum(Collection<String> communes) {
        long[][] sum = new long[PROFESSIONS][AGE_CLASSES.size()];
        for (String c : communes) {
            int[] counts = byCommune.get(c);
            if (counts != null) {
                for (int i = 0; i < counts.length; i++) {
                    sum[i / AGE_CLASSES.size()][i % AGE_CLASSES.size()] += counts[i];
                }
            }
        }
        return sum;
    }
}
