package fr.oasis.importer.source;

import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.importer.source.ObservatoireSeriesReader.SeriesIndicator;
import fr.oasis.indicator.store.Aggregation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads territory-keyed JSON: one object per INSEE code, holding named values, e.g.
 * {@code part_75ans_plus_2022_communes_grand_est.json} (Open Data University's conversion of
 * INSEE and Santé publique France exports):
 * <pre>
 * { "55029": { "nom_commune": "Bar-le-Duc", "part_personnes_agees_75_plus": 12.8 }, ... }
 * </pre>
 * A number member named in {@link #KNOWN} is a figure of that indicator ({@code null} is missing,
 * never 0); text members are names and are ignored; other number members are skipped with one
 * warning each. The level comes from the file name ({@link FileNameLevel}), the millésime from a
 * year in it ({@code _2022_}), else from the manifest's vintage with a warning. A top-level value
 * that is not an object, a territory that is not an object of named values, a known member that is
 * not a number and a file without any known member are errors naming the file and the key or
 * member. Streams the file: one territory object at a time. Immutable and thread-safe.
 */
public final class TerritoryJsonReader implements SourceReader<IndicatorRecord> {
    /** The members Oasis knows. Shares and indices: combined by population weight, as estimates. */
    public static final List<SeriesIndicator> KNOWN = List.of(
            mean("part_personnes_agees_75_plus", "share75rp", "Part des 75 ans et plus", "%"),
            mean("EDI", "fedi", "Indice de défavorisation sociale (F-EDI)", "indice"),
            mean("part_familles_monoparentales", "singleparent", "Part des familles monoparentales", "%"),
            mean("tx_chomage_moyen", "unemployment", "Taux de chômage (moyenne annuelle)", "%"),
            mean("tx_chomage_moyen_15_24_ans", "unemployment1524", "Taux de chômage des 15-24 ans", "%"),
            mean("tx_chomage_moyen_25_49_ans", "unemployment2549", "Taux de chômage des 25-49 ans", "%"),
            mean("tx_chomage_moyen_50_ans_plus", "unemployment50", "Taux de chômage des 50 ans et plus", "%"),
            mean("tx_chomage_moyen_femmes", "unemploymentwomen", "Taux de chômage des femmes", "%"),
            mean("tx_chomage_moyen_hommes", "unemploymentmen", "Taux de chômage des hommes", "%"));
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,16}");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9a-z])((?:19|20)\\d{2})(?![0-9a-z])");
    private final ReadLimits limits;
    private final Map<String, SeriesIndicator> byMember = new LinkedHashMap<>();

    public TerritoryJsonReader() {
        this(ReadLimits.DEFAULT, KNOWN);
    }

    public TerritoryJsonReader(ReadLimits limits, List<SeriesIndicator> indicators) {
        this.limits = limits;
        indicators.forEach(i -> byMember.put(i.column(), i));
    }

    @Override
    public String format() {
        return "territory-json";
    }

    /** A JSON object whose first member's value is an object holding a known member. */
    @Override
    public boolean canRead(Path file) {
        if (!SourceFiles.hasExtension(file, "json")) {
            return false;
        }
        String head = SourceFiles.headText(file).stripLeading();
        return head.startsWith("{") && !head.contains("\"features\"")
                && byMember.keySet().stream().anyMatch(m -> head.contains("\"" + m + "\""));
    }

    @Override
    public ReadResult<IndicatorRecord> read(Path file) {
        return read(file, 0);
    }

    @Override
    public ReadResult<IndicatorRecord> read(Path file, int manifestVintage) {
        Problems problems = SourceFiles.open(file, limits);
        String level = FileNameLevel.of(problems);
        int year = year(problems, manifestVintage);
        List<IndicatorRecord> records = new ArrayList<>();
        TreeSet<String> skippedMembers = new TreeSet<>();
        CodeRegistry codes = new CodeRegistry(problems);
        int[] count = {0};
        JsonSource.forEachMember(file, problems, (code, json) -> {
            count[0]++;
            String location = "key '" + shown(code) + "'";
            if (!CODE.matcher(code).matches()) {
                problems.error(location, "", "a territory code is 1 to 16 letters or digits");
                return;
            }
            if (!json.isObject()) {
                problems.error(location, "", "expected an object of named values for the territory, found "
                        + json.getNodeType().name().toLowerCase(Locale.ROOT));
                return;
            }
            if (!codes.firstUse(code, location, "")) {
                return;
            }
            for (Map.Entry<String, JsonNode> member : json.properties()) {
                SeriesIndicator i = byMember.get(member.getKey());
                JsonNode value = member.getValue();
                if (i == null) {
                    if (value.isNumber()) {
                        skippedMembers.add(member.getKey());
                    }
                    continue;
                }
                if (!value.isNumber() && !value.isNull()) {
                    problems.error(location, member.getKey(), "expected a number or null, found "
                            + shown(value.toString()));
                    continue;
                }
                Double number = value.isNull() ? null : value.doubleValue();
                if (number != null && !Double.isFinite(number)) {
                    problems.error(location, member.getKey(), "not a finite number");
                    continue;
                }
                records.add(new IndicatorRecord(i.id(), i.label(), i.unit(), i.aggregation(), i.scale(), level, code,
                        year, number, null, null, problems.file() + "#" + location));
            }
        });
        skippedMembers.forEach(m -> problems.warn("", m, "member not imported: no indicator is declared for it"));
        if (records.isEmpty() && !problems.hasErrors()) {
            throw problems.fatal("", "", "no known member in any territory; expected one of " + byMember.keySet());
        }
        return problems.result(records, count[0], 0, year);
    }

    /** The year in the file name; else the manifest's (warned); refuses several years, or none at all. */
    private static int year(Problems problems, int manifestVintage) {
        TreeSet<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(problems.file().toLowerCase(Locale.ROOT));
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        if (years.size() > 1) {
            throw problems.fatal("", "", "the file name names several years " + years + "; one file holds one millésime");
        }
        if (years.isEmpty()) {
            if (manifestVintage <= 0) {
                throw problems.fatal("", "", "no year in the file name (e.g. _2022_) and no vintage given");
            }
            problems.warn("", "", "no year in the file name: the manifest vintage " + manifestVintage + " is used");
            return manifestVintage;
        }
        return years.first();
    }

    private static String shown(String text) {
        String t = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return t.replaceAll("\\p{Cntrl}", "?");
    }

    private static SeriesIndicator mean(String member, String id, String label, String unit) {
        return new SeriesIndicator(member, id, label, unit, Aggregation.WEIGHTED_MEAN, 1);
    }
}
