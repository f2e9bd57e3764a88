package fr.oasis.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Invents French-sounding place names from syllables, never repeating one.
 * <p>
 * Accents, hyphens and articles are frequent on purpose, so that accent- and
 * punctuation-insensitive search can be tested on the demonstration data.
 * <p>
 * Thread-safety: not thread-safe (shares the caller's {@link Random} and remembers names).
 */
final class DemoNames {

    /** The first commune's name, fixed so that tests of search have a known target. */
    static final String FIRST_COMMUNE = "Saint-Éloi-sur-Mance";

    // First syllables end in a consonant, so that any ending can follow with or without a
    // linking vowel and no awkward vowel clusters appear.
    private static final String[] FIRST_SYLLABLES = {
        "Bel", "Brun", "Char", "Cler", "Dom", "Élan", "Es", "Fon", "Grand", "Haut", "Jon", "Lan",
        "Mar", "Mon", "Neuf", "Or", "Pont", "Quin", "Rou", "Saul", "Tor", "Vaux", "Vil", "Ver"};
    private static final String[] LINKING_VOWELS = {"a", "e", "i", "o", "é"};
    private static final String[] LAST_SYLLABLES = {
        "court", "ville", "mont", "champ", "bois", "ménil", "lieu", "ange", "ière", "try", "val",
        "fay", "seuil", "nac", "ôte"};
    private static final String[] SAINTS = {"Saint-Éloi", "Sainte-Anne", "Saint-Rémy", "Saint-Géry", "Sainte-Ève"};
    private static final String[] RIVERS = {"Mance", "Aubrette", "Sélve", "Orvine", "Sorne", "Thièvre"};
    private static final String[] LINKS = {"-sur-", "-lès-", "-en-", "-sous-"};

    private final Random random;
    private final Set<String> used = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
        used.add(FIRST_COMMUNE);
    }

    /** A new commune name such as "Vaumontcourt", "La Fonière" or "Sainte-Anne-lès-Orvine". */
    String commune() {
        String name;
        do {
            name = compose();
        } while (!used.add(name));
        return name;
    }

    /** A new place root, without article or river, for EPCI and département names. */
    String place() {
        String name;
        do {
            name = root();
        } while (!used.add(name));
        return name;
    }

    /** "de" contracted as French requires: "d'Élanville", "du Charmont" for "Le Charmont", "de Monval". */
    static String de(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        return startsWithVowel(name) ? "d'" + name : "de " + name;
    }

    private String compose() {
        int shape = random.nextInt(10);
        String core = shape < 2 ? pick(SAINTS) : root();
        if (shape >= 2 && shape < 4) {
            core = startsWithVowel(core) ? "L'" + core : (random.nextBoolean() ? "Le " : "La ") + core;
        }
        return random.nextInt(4) == 0 || shape < 2 ? core + pick(LINKS) + pick(RIVERS) : core;
    }

    private String root() {
        StringBuilder sb = new StringBuilder(pick(FIRST_SYLLABLES));
        String last = pick(LAST_SYLLABLES);
        if (!startsWithVowel(last) && random.nextBoolean()) {
            sb.append(pick(LINKING_VOWELS));
        }
        return sb.append(last).toString();
    }

    private static boolean startsWithVowel(String word) {
        return "AEÉIOUaeéèêiîoôu".indexOf(word.charAt(0)) >= 0;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
