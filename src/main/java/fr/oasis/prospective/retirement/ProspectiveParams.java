package fr.oasis.prospective.retirement;

import fr.oasis.practitioner.Profession;
import java.util.Arrays;
import java.util.Locale;

/**
 * Request parameters of the prospective pages and APIs, read with French messages for the user
 * (an {@link IllegalArgumentException}, which the API error handler turns into a 400). Stateless.
 */
public final class ProspectiveParams {
    private ProspectiveParams() {
    }

    /** A profession key ({@code MG}, {@code CD}...), case-insensitive. */
    public static Profession profession(String key) {
        String k = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Profession.values()).filter(p -> p.key().equals(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("profession inconnue « " + shorten(key)
                        + " » ; professions connues : " + Arrays.toString(Profession.values())));
    }

    /** A whole number between {@code min} and {@code max}; {@code what} names it in the message. */
    public static int whole(String value, int min, int max, String what) {
        int n;
        try {
            n = Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " doit être un nombre entier entre " + min + " et " + max
                    + ", pas « " + shorten(value) + " »");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(what + " doit être compris entre " + min + " et " + max + ", pas " + n);
        }
        return n;
    }

    /** An optional positive decimal (point or comma), null when blank. */
    public static Double positive(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip().replace(',', '.'));
            if (d > 0 && Double.isFinite(d) && d < 1e9) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(what + " doit être un nombre positif, pas « " + shorten(value) + " »");
    }

    /** A user string cut for an error message (never echoed whole). */
    public static String shorten(String value) {
        String v = value == null ? "" : value.strip();
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
