package fr.oasis.prospective.retirement;

import fr.oasis.practitioner.AgeClassCount;
import fr.oasis.practitioner.AgeDistributions;
import fr.oasis.practitioner.Profession;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which stored age distribution stands for each profession: the DREES groups {@code medecins}
 * (every physician: GPs and the nine specialties share it, as the table does not separate them),
 * {@code chirurgiens-dentistes} and {@code infirmiers}, national zone {@code FR}; the year is the
 * practitioner vintage's year when the table has it, else the latest year before it, else the
 * earliest after it. The other professions (physiotherapists, midwives, pharmacies, speech
 * therapists, orthoptists, podiatrists) have no distribution: their practitioners of unknown age
 * are kept (not projected) and said to be so. Immutable, thread-safe.
 */
final class DistributionChoice {
    /** DREES group of each profession that has one. */
    static final Map<Profession, String> GROUPS = groups();
    static final String ZONE = "FR";

    /**
     * @param group       the DREES group used
     * @param year        year of the counts
     * @param source      source label and vintage of the import
     * @param physicians  true when the group mixes GPs and specialists
     */
    record Used(AgeDistribution distribution, String group, int year, String source, boolean physicians) {

        /** What the page and the API say about the estimate. */
        String describe(Profession profession) {
            String who = switch (group) {
                case "medecins" -> "des médecins (toutes spécialités : généralistes et spécialistes confondus)";
                case "chirurgiens-dentistes" -> "des chirurgiens-dentistes";
                case "infirmiers" -> "des infirmiers";
                default -> "du groupe « " + group + " »";
            };
            return "Estimation : répartition par âge " + who + ", France entière, RPPS au 1er janvier " + year
                    + " (" + source + ", tous modes d'exercice), appliquée aux " + profession.pluralLabel().toLowerCase()
                    + " d'âge inconnu ; âges supposés uniformes dans chaque tranche.";
        }
    }

    private final Map<Profession, Used> used = new EnumMap<>(Profession.class);

    DistributionChoice(List<AgeDistributions.Stored> stored, int vintageYear) {
        for (Map.Entry<Profession, String> e : GROUPS.entrySet()) {
            List<AgeDistributions.Stored> ofGroup = stored.stream()
                    .filter(s -> s.count().group().equals(e.getValue()) && s.count().zone().equals(ZONE)).toList();
            Optional<Integer> year = pickYear(ofGroup.stream().map(s -> s.count().year()).distinct().toList(), vintageYear);
            if (year.isPresent()) {
                List<AgeClassCount> classes = new ArrayList<>();
                String source = null;
                for (AgeDistributions.Stored s : ofGroup) {
                    if (s.count().year() == year.get()) {
                        classes.add(s.count());
                        source = s.sourceLabel();
                    }
                }
                used.put(e.getKey(), new Used(new AgeDistribution(classes), e.getValue(), year.get(), source,
                        e.getValue().equals("medecins")));
            }
        }
    }

    /** The distribution standing for this profession, if any. */
    Optional<Used> of(Profession profession) {
        return Optional.ofNullable(used.get(profession));
    }

    static Optional<Integer> pickYear(List<Integer> years, int vintageYear) {
        Optional<Integer> before = years.stream().filter(y -> y <= vintageYear).max(Integer::compare);
        return before.isPresent() ? before : years.stream().min(Integer::compare);
    }

    private static Map<Profession, String> groups() {
        Map<Profession, String> groups = new EnumMap<>(Profession.class);
        for (Profession p : Profession.values()) {
            if (p.rppsCode().equals(Profession.PHYSICIAN)) {
                groups.put(p, "medecins");
            }
        }
        groups.put(Profession.CD, "chirurgiens-dentistes");
        groups.put(Profession.INF, "infirmiers");
        return Map.copyOf(groups);
    }
}
