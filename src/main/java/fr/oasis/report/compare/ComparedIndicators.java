package fr.oasis.report.compare;

import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.indicator.PriorityZones;
import fr.oasis.practitioner.Profession;
import fr.oasis.structure.StructureIndicators;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rows of a comparison, in display order, from what the catalogue can serve: demography
 * (density, shares of 60+ and 75+), then APL of the five professions DREES publishes an APL for
 * (GPs, dentists, nurses, physiotherapists, midwives) when present in the practitioner data,
 * time to the nearest GP and population beyond 20 min of one, the indicative priority zone (class of
 * the GP APL), the care structures (count and time to the nearest of each stored type, as the
 * catalogue lists them), then every imported indicator. Stateless.
 */
final class ComparedIndicators {
    static final List<Profession> APL_PROFESSIONS = List.of(Profession.MG, Profession.CD, Profession.INF,
            Profession.MK, Profession.SF);
    private static final List<String> DEMOGRAPHY = List.of("density", "share60", "share75");

    private ComparedIndicators() {
    }

    /** One row to compute; profession and variant only for accessibility indicators. */
    record Choice(String id, String profession, String variant) {
        /** As the filter writes it: {@code density}, {@code apl.MG.all}, {@code nearest.MG}. */
        String key() {
            return id + (profession == null ? "" : "." + profession) + (variant == null ? "" : "." + variant);
        }
    }

    /**
     * @param definitions       the catalogue's definitions ({@link IndicatorCatalogue#definitions()})
     * @param aplProfessions    keys of the professions with a stored "all practitioners" APL run
     */
    static List<Choice> choose(List<IndicatorView.Definition> definitions, Set<String> aplProfessions) {
        Set<String> offered = new java.util.HashSet<>();
        definitions.forEach(d -> offered.add(d.id()));
        List<Choice> rows = new ArrayList<>();
        DEMOGRAPHY.stream().filter(offered::contains).forEach(id -> rows.add(new Choice(id, null, null)));
        if (offered.contains("apl")) {
            APL_PROFESSIONS.stream().filter(p -> aplProfessions.contains(p.key()))
                    .forEach(p -> rows.add(new Choice("apl", p.key(), "all")));
        }
        if (aplProfessions.contains(Profession.MG.key())) {
            for (String id : List.of("nearest", "beyond20")) {
                if (offered.contains(id)) {
                    rows.add(new Choice(id, Profession.MG.key(), null));
                }
            }
        }
        if (offered.contains(PriorityZones.ID)) {
            rows.add(new Choice(PriorityZones.ID, null, null));
        }
        definitions.stream().filter(d -> StructureIndicators.typeOf(d.id()) != null)
                .forEach(d -> rows.add(new Choice(d.id(), null, null)));
        definitions.stream().filter(d -> !IndicatorCatalogue.BUILT_IN_IDS.contains(d.id()))
                .forEach(d -> rows.add(new Choice(d.id(), null, null)));
        return rows;
    }
}
