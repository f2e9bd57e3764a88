package fr.oasis.prospective.scenario;

import fr.oasis.accessibility.AplVariant;
import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.practitioner.Profession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules a scenario obeys, checked before anything is computed or stored, each broken rule
 * answered in French naming the change and the field ({@code IllegalArgumentException}, a 400):
 * at most {@value #MAX_CHANGES} changes; a known commune and profession; whole counts from 1 to
 * {@value #MAX_PER_CHANGE} per profession and change (a larger practice is a typing error); a
 * name of 1 to {@value #MAX_NAME} characters when saving; a retirement horizon of
 * {@value #MIN_HORIZON} to {@value #MAX_HORIZON} whole years, or none. Stateless.
 */
final class ScenarioRules {
    static final int MAX_CHANGES = 100;
    static final int MAX_PER_CHANGE = 50;
    static final int MAX_NAME = 200;
    static final int MIN_HORIZON = 1;
    static final int MAX_HORIZON = 15;

    private ScenarioRules() {
    }

    static AplVariant variant(String key) {
        if (key == null || key.isBlank()) {
            return AplVariant.ALL;
        }
        for (AplVariant v : AplVariant.values()) {
            if (v.key().equalsIgnoreCase(key.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("variante « " + key + " » inconnue (attendu : all, under-65 ou under-62)");
    }

    /** The retirement horizon of a draft: null (current situation) or a whole number of years, 1 to 15. */
    static Integer retirementYears(Double years) {
        if (years == null) {
            return null;
        }
        if (years.isNaN() || years != Math.rint(years) || years < MIN_HORIZON || years > MAX_HORIZON) {
            throw new IllegalArgumentException("champ « départs à la retraite » : l'horizon doit être un nombre entier "
                    + "d'années de " + MIN_HORIZON + " à " + MAX_HORIZON + ", pas « " + years + " » (vide : situation "
                    + "actuelle)");
        }
        return years.intValue();
    }

    static String name(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException("champ « nom » : donnez au scénario un nom de 1 à " + MAX_NAME
                    + " caractères");
        }
        return trimmed;
    }

    static Profession profession(String key) {
        for (Profession p : Profession.values()) {
            if (p.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("profession « " + key + " » inconnue (attendu : "
                + Arrays.stream(Profession.values()).map(Profession::key).collect(Collectors.joining(", ")) + ")");
    }

    static List<ScenarioChange> changes(List<ScenarioDraft.Change> drafts, ScenarioInputs inputs) {
        List<ScenarioDraft.Change> list = drafts == null ? List.of() : drafts;
        if (list.size() > MAX_CHANGES) {
            throw new IllegalArgumentException("un scénario compte au plus " + MAX_CHANGES + " changements, pas "
                    + list.size());
        }
        List<ScenarioChange> changes = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            String where = "changement n° " + (k + 1);
            ScenarioDraft.Change d = list.get(k);
            if (d == null) {
                throw new IllegalArgumentException(where + " : vide");
            }
            ChangeKind kind;
            try {
                kind = ChangeKind.fromKey(d.kind());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ", champ « type » : " + e.getMessage());
            }
            String commune = d.commune() == null ? "" : d.commune().trim();
            if (inputs.indexOf(commune) < 0) {
                throw new IllegalArgumentException(where + ", champ « commune » : commune « " + d.commune()
                        + " » inconnue");
            }
            if (d.practitioners() == null || d.practitioners().isEmpty()) {
                throw new IllegalArgumentException(where + ", champ « praticiens » : indiquez au moins une profession "
                        + "et un nombre");
            }
            Map<Profession, Integer> counts = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : d.practitioners().entrySet()) {
                Profession p;
                try {
                    p = profession(e.getKey());
                } catch (IllegalArgumentException x) {
                    throw new IllegalArgumentException(where + ", champ « praticiens » : " + x.getMessage());
                }
                counts.merge(p, count(where, p, e.getValue()), Integer::sum);
                if (counts.get(p) > MAX_PER_CHANGE) {
                    throw new IllegalArgumentException(where + " : plus de " + MAX_PER_CHANGE + " "
                            + p.pluralLabel().toLowerCase(java.util.Locale.FRENCH) + " dans un même changement");
                }
            }
            changes.add(new ScenarioChange(kind, commune, counts));
        }
        return changes;
    }

    private static int count(String where, Profession p, Double value) {
        String field = where + ", " + p.pluralLabel().toLowerCase(java.util.Locale.FRENCH) + " : ";
        if (value == null || value.isNaN() || value != Math.rint(value)) {
            throw new IllegalArgumentException(field + "le nombre de praticiens doit être un entier, pas « " + value + " »");
        }
        if (value < 1) {
            throw new IllegalArgumentException(field + "le nombre de praticiens doit être positif (" + value.longValue()
                    + " donné) ; pour des départs, choisissez le type « depart »");
        }
        if (value > MAX_PER_CHANGE) {
            throw new IllegalArgumentException(field + String.format(java.util.Locale.FRANCE, "%,.0f", value)
                    + " praticiens n'est pas plausible (au plus " + MAX_PER_CHANGE + " par changement)");
        }
        return value.intValue();
    }
}
