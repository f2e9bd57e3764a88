package fr.oasis.importer;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.problem.ImportException;
import fr.oasis.accessibility.network.RoadSpeeds;
import fr.oasis.importer.source.GroupingTableReader;
import fr.oasis.territory.TerritoryLevel;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * An import described in YAML: a name and a list of sources, each with a {@code type}, a
 * {@code path} (or {@code paths}; a {@code *} in the file name is a glob), a {@code vintage} and
 * an optional {@code label} naming the publisher for provenance, and an optional {@code format}
 * naming the reader (e.g. {@code observatoire-territoires-series}) when sniffing the file is not
 * wanted. Relative paths are resolved against the manifest's folder. A {@code network} source
 * names one road network: a folder of Travel Mapping CSV files or an {@code .osm.pbf} file, with
 * optional {@code speeds} ({@code "tier:km/h:detour,..."}) overriding the defaults of some road
 * tiers. See
 * {@code data/manifests/grand-est.yml}.
 */
public record ImportManifest(String name, Path file, List<Source> sources) {

    /** The kinds of file a manifest can name. */
    public enum SourceType {
        COG_COMMUNES, COG_EPCI, COG_DEPARTEMENTS, COG_REGIONS, COMMUNE_CONTOURS, REFERENCE_POINTS,
        POPULATION_BY_AGE, PRACTITIONERS, INDICATORS, NETWORK, SERVICES, CARE_STRUCTURES, GROUPINGS, AGE_DISTRIBUTION;

        /** Whether files of this type feed the territory import (as opposed to practitioners, indicators, roads). */
        boolean territorial() {
            return this != PRACTITIONERS && this != INDICATORS && this != NETWORK && this != SERVICES
                    && this != CARE_STRUCTURES && this != GROUPINGS
                    && this != AGE_DISTRIBUTION;
        }

        static SourceType parse(String value) {
            return SourceType.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One source of the manifest.
     *
     * @param format the reader's {@code format()} name, or null to pick the reader from the file's look
     * @param speeds for a {@code network}: speed and detour per road tier (the defaults unless the
     *               manifest names some); unused by other types
     * @param grouping for {@code groupings}: the grouping type (a grouping level key: tvs, cpts, cls,
     *                 petr, bassin_vie, perimetre) and the column names of the commune → group table
     *                 (null for other types)
     */
    public record Source(SourceType type, List<Path> files, int vintage, String label, String format,
                         RoadSpeeds speeds, GroupingOptions grouping) {
        public Source {
            files = List.copyOf(files);
        }

        public Source(SourceType type, List<Path> files, int vintage, String label, String format, RoadSpeeds speeds) {
            this(type, files, vintage, label, format, speeds, null);
        }
    }

    /** What a {@code groupings} source says beside its file: the grouping type and the three column names. */
    public record GroupingOptions(TerritoryLevel type, GroupingTableReader.Columns columns) {
    }

    public List<Source> sources(SourceType type) {
        return sources.stream().filter(s -> s.type() == type).toList();
    }

    /** Reads and validates a manifest; every problem names the manifest, the source index and the field. */
    public static ImportManifest read(Path manifest) {
        String fileName = manifest.getFileName().toString();
        Map<?, ?> root;
        try (Reader reader = Files.newBufferedReader(manifest)) {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw ImportException.of(fileName, "", "", "a manifest is a YAML mapping with 'name' and 'sources'");
            }
            root = map;
        } catch (IOException e) {
            throw ImportException.of(fileName, "", "", "cannot read the manifest: " + e.getMessage());
        } catch (YAMLException e) {
            throw ImportException.of(fileName, "", "", "not valid YAML: " + e.getMessage());
        }
        if (!(root.get("sources") instanceof List<?> entries) || entries.isEmpty()) {
            throw ImportException.of(fileName, "", "sources", "a non-empty list of sources is required");
        }
        Path base = manifest.toAbsolutePath().getParent();
        List<ImportProblem> problems = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String location = "source " + (i + 1);
            try {
                sources.add(source(entries.get(i), base, fileName, location));
            } catch (ImportException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        Object name = root.get("name");
        return new ImportManifest(name == null ? fileName : name.toString(), manifest, List.copyOf(sources));
    }

    private static Source source(Object entry, Path base, String fileName, String location) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw ImportException.of(fileName, location, "", "each source is a mapping with type, path and vintage");
        }
        SourceType type;
        try {
            type = SourceType.parse(String.valueOf(map.get("type")));
        } catch (IllegalArgumentException e) {
            throw ImportException.of(fileName, location, "type", "unknown source type '" + map.get("type")
                    + "' (expected one of " + List.of(SourceType.values()).stream().map(SourceType::key).toList() + ")");
        }
        if (!(map.get("vintage") instanceof Integer vintage) || vintage < 1900 || vintage > 2100) {
            throw ImportException.of(fileName, location, "vintage", "a year between 1900 and 2100 is required");
        }
        List<String> patterns = new ArrayList<>();
        if (map.get("path") != null) {
            patterns.add(map.get("path").toString());
        }
        if (map.get("paths") instanceof List<?> list) {
            list.forEach(p -> patterns.add(String.valueOf(p)));
        }
        if (patterns.isEmpty()) {
            throw ImportException.of(fileName, location, "path", "a path (or a list of paths) is required");
        }
        List<Path> files = new ArrayList<>();
        for (String pattern : patterns) {
            files.addAll(resolve(base, pattern, fileName, location, type == SourceType.NETWORK));
        }
        if (type == SourceType.NETWORK && files.size() != 1) {
            throw ImportException.of(fileName, location, "path", "a network source names exactly one folder or file");
        }
        if (type == SourceType.NETWORK && map.get("speeds") != null && !Files.isDirectory(files.get(0))) {
            throw ImportException.of(fileName, location, "speeds", "speeds apply to the road tiers of a Travel"
                    + " Mapping folder; an OpenStreetMap extract is timed from its maxspeed tags and road classes");
        }
        Object label = map.get("label");
        Object format = map.get("format");
        return new Source(type, files, vintage, label == null ? type.key() : label.toString(),
                format == null ? null : format.toString().strip(), speeds(map.get("speeds"), type, fileName, location),
                grouping(map, type, fileName, location));
    }

    /**
     * {@code grouping: tvs} (required on a groupings source) and optional
     * {@code columns: {commune: ..., code: ..., name: ...}} (default {@code commune;code;nom}).
     */
    private static GroupingOptions grouping(Map<?, ?> map, SourceType type, String fileName, String location) {
        if (type != SourceType.GROUPINGS) {
            if (map.get("grouping") != null || map.get("columns") != null) {
                throw ImportException.of(fileName, location, "grouping", "grouping and columns are allowed on"
                        + " groupings sources only");
            }
            return null;
        }
        TerritoryLevel level;
        try {
            level = TerritoryLevel.fromKey(String.valueOf(map.get("grouping")));
        } catch (IllegalArgumentException e) {
            level = null;
        }
        if (level == null || !level.grouping()) {
            throw ImportException.of(fileName, location, "grouping", "a grouping type is required: one of "
                    + TerritoryLevel.groupings().stream().map(TerritoryLevel::key).toList());
        }
        GroupingTableReader.Columns d = GroupingTableReader.Columns.DEFAULT;
        if (map.get("columns") == null) {
            return new GroupingOptions(level, d);
        }
        if (!(map.get("columns") instanceof Map<?, ?> c) || !List.of("commune", "code", "name").containsAll(
                c.keySet().stream().map(String::valueOf).toList())) {
            throw ImportException.of(fileName, location, "columns", "columns is a mapping of commune, code and name"
                    + " to the table's column names");
        }
        return new GroupingOptions(level, new GroupingTableReader.Columns(text(c, "commune", d.commune()),
                text(c, "code", d.code()), text(c, "name", d.name())));
    }

    private static String text(Map<?, ?> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null ? fallback : value.toString();
    }

    /**
     * {@code speeds: "1:110:1.05,5:70:1.15"}: tier, km/h and detour items, only on a network; the
     * tiers not named keep their defaults ({@link RoadSpeeds#parse}).
     */
    private static RoadSpeeds speeds(Object value, SourceType type, String fileName, String location) {
        if (value == null) {
            return RoadSpeeds.DEFAULT;
        }
        if (type != SourceType.NETWORK) {
            throw ImportException.of(fileName, location, "speeds", "speeds are allowed on network sources only");
        }
        try {
            return RoadSpeeds.parse(value.toString());
        } catch (IllegalArgumentException e) {
            throw ImportException.of(fileName, location, "speeds", e.getMessage()
                    + " (expected tier:km/h:detour items separated by commas, e.g. \"1:110:1.05,5:70:1.15\")");
        }
    }

    private static List<Path> resolve(Path base, String pattern, String fileName, String location,
                                      boolean folderAllowed) {
        Path path = base.resolve(pattern).normalize();
        String last = path.getFileName().toString();
        if (!last.contains("*")) {
            if (!Files.isRegularFile(path) && !(folderAllowed && Files.isDirectory(path))) {
                throw ImportException.of(fileName, location, "path",
                        (folderAllowed ? "no such file or folder: " : "no such file: ") + pattern);
            }
            return List.of(path);
        }
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(path.getParent(), last)) {
            dir.forEach(matches::add);
        } catch (IOException e) {
            throw ImportException.of(fileName, location, "path", "cannot list " + pattern + ": " + e.getMessage());
        }
        if (matches.isEmpty()) {
            throw ImportException.of(fileName, location, "path", "no file matches " + pattern);
        }
        matches.sort(null);
        return matches;
    }
}
