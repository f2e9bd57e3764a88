package fr.oasis.accessibility.batch;

import fr.oasis.accessibility.engine.AccessLeg;
import fr.oasis.accessibility.engine.CrowFlyTravelTime;
import fr.oasis.accessibility.engine.Demand;
import fr.oasis.accessibility.engine.StepWeights;
import fr.oasis.accessibility.engine.Supply;
import fr.oasis.accessibility.network.RoadSpeeds;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The command line of {@code apl}, parsed and validated ({@code --name value} or {@code --name=value}). */
record AplOptions(Path communes, Path practitioners, String profession, int maxAge, double[] ageWeights,
                  boolean ageWeightsGiven, StepWeights steps, double detour, double speed, Path matrix,
                  RoadOptions road, Path out) {

    static final String USAGE = """
            usage: apl --communes F --practitioners F --profession MG [--max-age N]
                       [--age-weights 0.8,0.65,0.8,0.95,1.3,1.85] [--steps 10:1,15:0.66,20:0.33]
                       [--detour 1.3] [--speed 60] [--matrix OD.csv]
                       [--network PATH [--road-speeds 1:110:1.05,...] [--access-detour 1.3]
                        [--access-speed 30] [--snap-km 5] [--direct-km 3] [--road-bound MIN]] --out F
              Computes the APL (E2SFCA) per commune and writes code,apl in the communes' order.
              --communes       code,lon,lat,pop_0_14,...,pop_75p (or code,lon,lat,population:
                               demand then NOT age-standardised)
              --practitioners  id,profession,commune_code,lon,lat,activity,age (age may be empty)
              --profession     profession code to count, e.g. MG
              --max-age        keep practitioners with age <= N (unknown ages are then excluded)
              --age-weights    six weights for bands 0-14,15-29,30-44,45-59,60-74,75+
              --steps          minutes:weight steps, upper bounds inclusive
              --detour/--speed crow-fly time = haversine km * detour / speed km/h * 60
              --matrix         origin,destination,minutes table instead of crow-fly
                               (absent pairs are unreachable)
              --network        road travel times instead of crow-fly: a folder holding the
                               Travel Mapping tm_graph_nodes.csv and tm_graph_edges.csv (or an
                               .osm.pbf file); not with --matrix, --detour or --speed
              --road-speeds    tier:km/h:detour per Travel Mapping tier, edge time = straight
                               length * detour / speed (default 1:110:1.05,2:90:1.05,3:90:1.1,
                               4:90:1.1,5:70:1.15; tiers not given keep their default)
              --access-detour, --access-speed
                               town hall to road: crow-fly km * detour / speed km/h * 60
                               (default 1.3 and 30)
              --snap-km        link each town hall to its 3 nearest nodes within this distance
                               (default 5); communes with none reach only themselves (listed)
              --direct-km      town halls closer than this are also linked directly (default 3)
              --road-bound     minutes the road table reaches (default: the last step)
              exit codes: 0 done, 2 bad arguments or input, 1 cannot write the output,
                          3 internal check failed (a bug: please report it)
            """;

    private static final Set<String> NAMES = Set.of("communes", "practitioners", "profession", "max-age",
            "age-weights", "steps", "detour", "speed", "matrix", "out", "network", "road-speeds", "access-detour",
            "access-speed", "snap-km", "direct-km", "road-bound");
    private static final Set<String> ROAD_ONLY = Set.of("road-speeds", "access-detour", "access-speed", "snap-km",
            "direct-km", "road-bound");

    /** @throws IllegalArgumentException with a message for the user */
    static AplOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int k = 0; k < args.length; k++) {
            String arg = args[k];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            String value = equals >= 0 ? arg.substring(equals + 1) : (k + 1 < args.length ? args[++k] : null);
            if (value == null || values.put(name, value) != null) {
                throw new IllegalArgumentException(value == null ? "--" + name + " needs a value"
                        : "--" + name + " given twice");
            }
        }
        String weights = values.get("age-weights");
        StepWeights steps = StepWeights.parse(values.getOrDefault("steps", "10:1,15:0.66,20:0.33"));
        return new AplOptions(path(values, "communes"), path(values, "practitioners"), required(values, "profession"),
                values.containsKey("max-age") ? maxAge(values.get("max-age")) : Supply.ALL_AGES,
                weights == null ? Demand.defaultAgeWeights() : ageWeights(weights), weights != null, steps,
                positive(values, "detour", CrowFlyTravelTime.DEFAULT_DETOUR),
                positive(values, "speed", CrowFlyTravelTime.DEFAULT_SPEED_KMH),
                values.containsKey("matrix") ? Path.of(values.get("matrix")) : null, road(values, steps),
                path(values, "out"));
    }

    /** The road options, or null without --network (then the road-only options are refused). */
    private static RoadOptions road(Map<String, String> values, StepWeights steps) {
        if (!values.containsKey("network")) {
            for (String name : ROAD_ONLY) {
                if (values.containsKey(name)) {
                    throw new IllegalArgumentException("--" + name + " needs --network");
                }
            }
            return null;
        }
        for (String name : new String[] {"matrix", "detour", "speed"}) {
            if (values.containsKey(name)) {
                throw new IllegalArgumentException("--network and --" + name + " cannot be used together");
            }
        }
        AccessLeg defaults = AccessLeg.DEFAULT;
        double directKm = values.containsKey("direct-km") ? number("direct-km", values.get("direct-km"))
                : defaults.directKm();
        AccessLeg access = new AccessLeg(positive(values, "access-detour", defaults.detour()),
                positive(values, "access-speed", defaults.speedKmh()),
                positive(values, "snap-km", defaults.maxSnapKm()), defaults.nearestNodes(), directKm);
        double bound = positive(values, "road-bound", steps.zeroPoint());
        if (bound < steps.zeroPoint()) {
            throw new IllegalArgumentException("--road-bound: " + bound + " min is below the last step ("
                    + steps.zeroPoint() + " min)");
        }
        RoadSpeeds speeds = values.containsKey("road-speeds") ? RoadSpeeds.parse(values.get("road-speeds"))
                : RoadSpeeds.DEFAULT;
        return new RoadOptions(path(values, "network"), speeds, access, bound);
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value.trim();
    }

    private static Path path(Map<String, String> values, String name) {
        return Path.of(required(values, name));
    }

    private static int maxAge(String text) {
        try {
            int age = Integer.parseInt(text.trim());
            if (age >= 0) {
                return age;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--max-age: expected a whole number of years >= 0, got '" + text + "'");
    }

    private static double[] ageWeights(String text) {
        String[] items = text.split(",");
        if (items.length != Demand.BAND_COUNT) {
            throw new IllegalArgumentException("--age-weights: expected " + Demand.BAND_COUNT + " weights, got '" + text + "'");
        }
        double[] weights = new double[items.length];
        for (int b = 0; b < items.length; b++) {
            weights[b] = number("age-weights", items[b]);
            if (weights[b] < 0) {
                throw new IllegalArgumentException("--age-weights: weights must be >= 0, got '" + text + "'");
            }
        }
        return weights;
    }

    private static double positive(Map<String, String> values, String name, double fallback) {
        double value = values.containsKey(name) ? number(name, values.get(name)) : fallback;
        if (!(value > 0)) {
            throw new IllegalArgumentException("--" + name + ": must be > 0, got " + value);
        }
        return value;
    }

    private static double number(String name, String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isNaN(value) && !Double.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + ": not a number: '" + text + "'");
    }
}
