package fr.oasis.importer.source;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The territory level a file holds, told by its name ({@code _commune(s)}, {@code _com},
 * {@code _epci}, {@code _departement(s)}/{@code _dep}, {@code _region(s)}/{@code _reg} between
 * separators): département and région codes look alike, so it cannot be guessed from the codes.
 * Used by the readers of files that do not state their level inside (Observatoire des territoires
 * series, territory-keyed JSON). Stateless.
 */
final class FileNameLevel {
    private static final Pattern NAME_TOKEN = Pattern.compile("[a-z0-9]+");
    private static final Map<String, String> LEVEL_TOKENS = Map.of("commune", "commune", "communes", "commune",
            "com", "commune", "epci", "epci", "departement", "departement", "departements", "departement",
            "dep", "departement", "region", "region", "regions", "region", "reg", "region");

    private FileNameLevel() {
    }

    /**
     * The level key (commune, epci, departement, region) of the file {@code problems} is about.
     *
     * @throws fr.oasis.importer.problem.ImportException when the name names no level or several
     */
    static String of(Problems problems) {
        String name = problems.file().toLowerCase(Locale.ROOT).replaceFirst("\\.[a-z]+$", "");
        TreeSet<String> levels = new TreeSet<>();
        Matcher m = NAME_TOKEN.matcher(name);
        while (m.find()) {
            String level = LEVEL_TOKENS.get(m.group());
            if (level != null) {
                levels.add(level);
            }
        }
        if (levels.size() != 1) {
            throw problems.fatal("", "", (levels.isEmpty() ? "cannot tell the territory level from the file name"
                    : "the file name names several levels " + levels) + ": name the file with one of _commune,"
                    + " _epci, _departement or _region (département and région codes look alike)");
        }
        return levels.first();
    }
}
