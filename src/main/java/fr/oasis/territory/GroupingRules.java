package fr.oasis.territory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every stored grouping obeys, whether imported or drawn in the portal: a code of 1 to
 * 16 letters, digits, '-' or '_' that is not the SIREN of a stored EPCI, a non-blank name, at
 * least one member, every member a stored commune, and, for a type that partitions the territory
 * (TVS, bassin de vie), no commune in two groups. Each broken rule is one French sentence naming
 * the group (and the commune). Stateless.
 */
final class GroupingRules {
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,15}");

    private GroupingRules() {
    }

    /**
     * @param groups   every group the type will hold after the change
     * @param communes the stored commune codes
     * @param epcis    the stored EPCI codes
     * @return the problems, empty when the groups may be stored
     */
    static List<String> check(List<GroupingRecord> groups, Set<String> communes, Set<String> epcis) {
        List<String> problems = new ArrayList<>();
        Map<String, String> groupOfCommune = new HashMap<>();
        Set<String> codes = new java.util.HashSet<>();
        for (GroupingRecord g : groups) {
            String what = g.type().label() + " " + g.code();
            if (g.code() == null || !CODE.matcher(g.code()).matches()) {
                problems.add("Code de regroupement invalide « " + g.code() + " » : 1 à 16 lettres, chiffres, - ou _.");
                continue;
            }
            if (!codes.add(g.code())) {
                problems.add(what + " : ce code est déjà utilisé par un autre regroupement du même type.");
            }
            if (epcis.contains(g.code())) {
                problems.add(what + " : ce code est le SIREN d'un EPCI enregistré ; choisissez un autre code.");
            }
            if (g.name() == null || g.name().isBlank() || g.name().length() > 255) {
                problems.add(what + " : le nom est obligatoire (255 caractères au plus).");
            }
            if (g.communes().isEmpty()) {
                problems.add(what + " : le regroupement ne contient aucune commune.");
            }
            for (String commune : g.communes()) {
                if (!communes.contains(commune)) {
                    problems.add(what + " : la commune " + commune + " n'est pas enregistrée.");
                    continue;
                }
                String other = groupOfCommune.putIfAbsent(commune, g.code());
                if (other != null && g.type().partitions()) {
                    problems.add(what + " : la commune " + commune + " appartient déjà au regroupement " + other
                            + " ; un " + g.type().label() + " partitionne le territoire.");
                }
            }
        }
        return problems;
    }
}
