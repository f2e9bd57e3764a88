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

    private static final String[] FIRST_SYLLABLES = {
        "Bel", "Bru", "Char", "Cler", "Dom", "Éc", "Es", "Fon", "Gré", "Hau", "Jon", "Lan", "Mar",
        "Mon", "Neu", "Or", "Pré", "Quin", "Ro", "Sau", "Tor", "Vau", "Vil", "Ver"};
    private static final String[] MIDDLE_SYLLABLES = {"a", "e", "i", "o", "ou", "é", "è", "an", "on", "er"};
    private static final String[] LAST_SYLLABLES = {
        "court", "ville", "mont", "champ", "bois", "ménil", "lieu", "ange", "ière", "try", "val",
        "fay", "seuil", "nac", "ôte"};
    private static final String[] SAINTS = {"Saint-Éloi", "Sainte-Anne", "Saint-Rémy", "Saint-Géry", "Sainte-Ève"};
    private static final String[] ARTICLES = {"Le ", "La ", "Les ", "L'"};
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

    private String compose() {
        int shape = random.nextInt(10);
        String core = shape < 2 ? pick(SAINTS) : root();
        if (shape >= 2 && shape < 4) {
            String article = pick(ARTICLES);
            core = article.endsWith("'") && !startsWithVowel(core) ? "Le " + core : article + core;
        }
        return random.nextInt(4) == 0 || shape < 2 ? core + pick(LINKS) + pick(RIVERS) : core;
    }

    private String root() {
        StringBuilder sb = new StringBuilder(pick(FIRST_SYLLABLES));
        if (random.nextBoolean()) {
            sb.append(pick(MIDDLE_SYLLABLES));
        }
        return sb.append(pick(LAST_SYLLABLES)).toString();
    }

    private static boolean startsWithVowel(String word) {
        return "AEÉIOU".indexOf(word.charAt(0)) >= 0;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
