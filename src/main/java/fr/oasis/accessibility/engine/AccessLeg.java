package fr.oasis.accessibility.engine;

/**
 * How a commune's reference point (its town hall) reaches the road network, and a neighbour's:
 * by the local streets a network of numbered roads lacks, modelled as the crow-fly distance
 * times {@code detour} driven at {@code speedKmh}: {@code minutes(km) = km * detour / speedKmh * 60}.
 *
 * <p>The point is linked to its {@code nearestNodes} nearest nodes of the network's main
 * component within {@code maxSnapKm} (several, because the nearest node may lie on a road
 * leading the wrong way); a point with no node that close is <em>unsnapped</em> and reaches
 * nobody. Two snapped points within {@code directKm} of each other are also linked directly:
 * town halls a few kilometres apart are joined by a local road even when the numbered roads
 * meet far away.
 *
 * <p>Defaults ({@link #DEFAULT}): detour 1.3 and 30 km/h (village streets and voies communales,
 * slower than any numbered road so that the leg never competes with them over a distance),
 * the 3 nearest nodes within 5 km (the Travel Mapping Grand Est graph has every town hall
 * within 3.7 km of a node), direct links up to 3 km.
 *
 * @param detour       road / crow-fly ratio, finite, {@code >= 1}
 * @param speedKmh     speed of the leg, finite, {@code > 0}
 * @param maxSnapKm    farthest node a point may be linked to, km, finite, {@code > 0}
 * @param nearestNodes how many nearest nodes a point is linked to, 1 to 32
 * @param directKm     points closer than this are linked directly, km, finite, {@code >= 0} (0: never)
 */
public record AccessLeg(double detour, double speedKmh, double maxSnapKm, int nearestNodes, double directKm) {

    public static final AccessLeg DEFAULT = new AccessLeg(1.3, 30, 5, 3, 3);

    public AccessLeg {
        if (!(detour >= 1) || Double.isInfinite(detour) || !(speedKmh > 0) || Double.isInfinite(speedKmh)
                || !(maxSnapKm > 0) || Double.isInfinite(maxSnapKm) || nearestNodes < 1 || nearestNodes > 32
                || !(directKm >= 0) || Double.isInfinite(directKm)) {
            throw new IllegalArgumentException("access leg: need detour >= 1, speed > 0, snapping distance > 0, "
                    + "1 to 32 nodes and a direct distance >= 0, all finite; got " + this);
        }
    }

    /** Minutes to cover a crow-fly distance in km. */
    public double minutes(double km) {
        return km * detour / speedKmh * 60;
    }

    /** E.g. "access leg x1.3 at 30 km/h to the 3 nearest nodes within 5 km, direct links within 3 km". */
    public String describe() {
        return "access leg x" + number(detour) + " at " + number(speedKmh) + " km/h to the " + nearestNodes
                + " nearest nodes within " + number(maxSnapKm) + " km, direct links within " + number(directKm) + " km";
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
