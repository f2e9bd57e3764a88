package fr.oasis.accessibility.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Driving speed and detour factor per road tier, turning an edge's straight length into a travel
 * time: {@code minutes = straight m / 1000 * detour / kmh * 60} (and a road length of
 * {@code straight * detour}).
 *
 * <p>Tiers are those of Travel Mapping: 1 motorway (A, Autobahn), 2 named freeway, 3 (unused in
 * France; treated like 4), 4 national road (N, B), 5 departmental or metropolitan road (D, M,
 * Landesstraße, Belgian N). {@link #DEFAULT} and its reasoning:
 * <ul>
 *   <li>tier 1, 110 km/h × 1.05: the 130 km/h limit (110 in places, 90 in rain) less slowing at
 *       interchanges, toll barriers and junction ramps; motorways are nearly straight between
 *       waypoints, which sit at every junction;</li>
 *   <li>tier 2, 90 km/h × 1.05: urban freeways and bypasses, 90–110 km/h limits, short;</li>
 *   <li>tier 3 and 4, 90 km/h × 1.10: the national roads left in Grand Est (N4, N44, N52, N57,
 *       N59, N135...) are mostly dual carriageways at 110 km/h, with two-lane sections at 80 and
 *       a few town crossings;</li>
 *   <li>tier 5, 70 km/h × 1.15: the 80 km/h limit of two-lane roads (90 again on some
 *       départemental networks since 2020) less every village crossing at 50; Travel Mapping
 *       places fewer shaping points on D roads, so the straight segments cut more corners.</li>
 * </ul>
 * Detour factors and the tier 1, 2 and 5 speeds are those of the sanity check that came with the
 * Grand Est extract ({@code ../shared/data/SOURCES.md}, "roads-travelmapping-grandest"), which
 * had national roads at 80. Town hall to town hall with the default access leg, against the
 * usual driving times: Bar-le-Duc–Verdun 46.6 min (about 50), Bar-le-Duc–Saint-Dizier 25.5
 * (25), Chaumont–Langres 31.2 (30), Verdun–Metz 53.4 (55), Nancy–Épinal 54.4 (50), Bar-le-Duc–
 * Nancy 65.6 (60): all within 10 %, where national roads at 80 left the two trips into Nancy
 * 17 % long. Faster national roads (100) would shorten those further only by making rural trips
 * too fast (Bar-le-Duc–Verdun 43): what remains is the urban access weakness (Nancy's town hall
 * is 2.3 km from the nearest numbered road), not a speed to tune. {@code RoadTravelTimeGrandEstTest}
 * keeps these pairs within ±25 %. Speeds are free-flow driving by car: no congestion, no time of
 * day.
 *
 * @param tiers one entry per tier, tiers distinct
 */
public record RoadSpeeds(List<Tier> tiers) {

    /**
     * @param tier   Travel Mapping tier
     * @param kmh    driving speed, finite, {@code > 0}
     * @param detour road length / straight length, finite, {@code >= 1}
     */
    public record Tier(int tier, double kmh, double detour) {
        public Tier {
            if (!(kmh > 0) || Double.isInfinite(kmh) || !(detour >= 1) || Double.isInfinite(detour)) {
                throw new IllegalArgumentException("road speeds: tier " + tier + " needs a finite speed > 0 and a"
                        + " detour factor >= 1, got " + kmh + " km/h and " + detour);
            }
        }
    }

    public static final RoadSpeeds DEFAULT = new RoadSpeeds(List.of(new Tier(1, 110, 1.05), new Tier(2, 90, 1.05),
            new Tier(3, 90, 1.10), new Tier(4, 90, 1.10), new Tier(5, 70, 1.15)));

    public RoadSpeeds {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("road speeds: no tier given");
        }
        for (int a = 0; a < tiers.size(); a++) {
            for (int b = a + 1; b < tiers.size(); b++) {
                if (tiers.get(a).tier() == tiers.get(b).tier()) {
                    throw new IllegalArgumentException("road speeds: tier " + tiers.get(a).tier() + " given twice");
                }
            }
        }
    }

    /** The settings of a tier, or null when it has none. */
    public Tier tier(int tier) {
        for (Tier t : tiers) {
            if (t.tier() == tier) {
                return t;
            }
        }
        return null;
    }

    /**
     * Parses {@code tier:kmh:detour} items separated by commas, e.g. {@code 1:110:1.05,5:70:1.15};
     * tiers not mentioned keep their {@link #DEFAULT} values.
     */
    public static RoadSpeeds parse(String text) {
        List<Tier> tiers = new ArrayList<>(DEFAULT.tiers());
        for (String item : text.split(",")) {
            String[] parts = item.trim().split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("road speeds: expected tier:kmh:detour, got '" + item.trim() + "'");
            }
            try {
                Tier tier = new Tier(Integer.parseInt(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                        Double.parseDouble(parts[2].trim()));
                tiers.removeIf(t -> t.tier() == tier.tier());
                tiers.add(tier);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("road speeds: not a number in '" + item.trim() + "'");
            }
        }
        tiers.sort((a, b) -> Integer.compare(a.tier(), b.tier()));
        return new RoadSpeeds(tiers);
    }

    /** E.g. {@code tier:km/h:detour 1:110:1.05 2:90:1.05 ...}. */
    public String describe() {
        StringJoiner joiner = new StringJoiner(" ", "tier:km/h:detour ", "");
        for (Tier t : tiers) {
            joiner.add(String.format(Locale.ROOT, "%d:%s:%s", t.tier(), number(t.kmh()), number(t.detour())));
        }
        return joiner.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
