package fr.oasis.accessibility.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * Links each commune's reference point to the road network by the {@link AccessLeg}: to its
 * {@code nearestNodes} nearest nodes of the main component within {@code maxSnapKm} (ties by
 * node index), and to the other snapped points within {@code directKm}. Points with no node
 * that close are unsnapped: they get no link at all.
 *
 * <p>Links are compressed rows per commune: {@code nodeLinks} to road nodes, {@code directLinks}
 * to communes (both directions listed, same minutes: the haversine is symmetric bit for bit).
 * Searches use a {@link LonLatGrid} whose cells are as wide as the distance limit, so the cost is
 * linear in the candidates near each point. Immutable once computed.
 */
final class RoadSnapping {

    final int[] nodeOffsets;
    final int[] nodes;
    final double[] nodeMinutes;
    final int[] directOffsets;
    final int[] directTargets;
    final double[] directMinutes;
    final int[] unsnapped;
    /** Crow-fly km from each snapped point to its nearest node, sorted, for the report. */
    private final double[] nearestKmSorted;

    private RoadSnapping(int[] nodeOffsets, int[] nodes, double[] nodeMinutes, int[] directOffsets,
                         int[] directTargets, double[] directMinutes, int[] unsnapped, double[] nearestKmSorted) {
        this.nodeOffsets = nodeOffsets;
        this.nodes = nodes;
        this.nodeMinutes = nodeMinutes;
        this.directOffsets = directOffsets;
        this.directTargets = directTargets;
        this.directMinutes = directMinutes;
        this.unsnapped = unsnapped;
        this.nearestKmSorted = nearestKmSorted;
    }

    static RoadSnapping compute(RoadNetwork network, RoadComponents components, double[] lon, double[] lat,
                                AccessLeg leg) {
        if (lon.length != lat.length) {
            throw new IllegalArgumentException("road travel time: " + lon.length + " longitudes but " + lat.length
                    + " latitudes");
        }
        int n = lon.length;
        for (int i = 0; i < n; i++) {
            if (!(lon[i] >= -180 && lon[i] <= 180 && lat[i] >= -85 && lat[i] <= 85)) {
                throw new IllegalArgumentException("road travel time: commune " + i + " has lon/lat (" + lon[i] + ", "
                        + lat[i] + ") outside [-180, 180] x [-85, 85]");
            }
        }
        int roadNodes = network.nodeCount();
        // one grid over nodes and points together, so that its box and latitude range cover both
        double[] allLon = Arrays.copyOf(network.lons(), roadNodes + n);
        double[] allLat = Arrays.copyOf(network.lats(), roadNodes + n);
        System.arraycopy(lon, 0, allLon, roadNodes, n);
        System.arraycopy(lat, 0, allLat, roadNodes, n);
        int[] mainNodes = new int[components.mainSize()];
        for (int u = 0, k = 0; u < roadNodes; u++) {
            if (components.inMain(u)) {
                mainNodes[k++] = u;
            }
        }
        LonLatGrid grid = new LonLatGrid(allLon, allLat, mainNodes, leg.maxSnapKm());
        int k = leg.nearestNodes();
        int[] offsets = new int[n + 1];
        int[] linked = new int[n * k];
        double[] linkedKm = new double[n * k];
        int[] best = new int[k];
        double[] bestKm = new double[k];
        int unsnappedCount = 0;
        for (int i = 0; i < n; i++) {
            int found = nearest(grid, allLon, allLat, roadNodes + i, leg.maxSnapKm(), best, bestKm);
            System.arraycopy(best, 0, linked, offsets[i], found);
            System.arraycopy(bestKm, 0, linkedKm, offsets[i], found);
            offsets[i + 1] = offsets[i] + found;
            unsnappedCount += found == 0 ? 1 : 0;
        }
        int[] unsnapped = new int[unsnappedCount];
        double[] nearestKm = new double[n - unsnappedCount];
        double[] minutes = new double[offsets[n]];
        for (int i = 0, u = 0, s = 0; i < n; i++) {
            if (offsets[i] == offsets[i + 1]) {
                unsnapped[u++] = i;
            } else {
                nearestKm[s++] = linkedKm[offsets[i]];
            }
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                minutes[p] = leg.minutes(linkedKm[p]);
            }
        }
        Arrays.sort(nearestKm);
        DirectLinks direct = DirectLinks.compute(lon, lat, offsets, leg);
        return new RoadSnapping(offsets, Arrays.copyOf(linked, offsets[n]), minutes, direct.offsets, direct.targets,
                direct.minutes, unsnapped, nearestKm);
    }

    /**
     * The up to {@code best.length} nearest grid points to point {@code p} within {@code maxKm},
     * written nearest first into {@code best}/{@code bestKm}; returns how many.
     */
    private static int nearest(LonLatGrid grid, double[] lon, double[] lat, int p, double maxKm, int[] best,
                               double[] bestKm) {
        int reach = reach(grid, maxKm);
        int column = cell(lon[p], grid.lonMin, grid.cellLonDeg);
        int row = cell(lat[p], grid.latMin, grid.cellLatDeg);
        int found = 0;
        for (int r = Math.max(0, row - reach); r <= Math.min(grid.rows - 1, row + reach); r++) {
            int c0 = Math.max(0, column - reach);
            int c1 = Math.min(grid.columns - 1, column + reach);
            if (c0 > c1) {
                continue;
            }
            for (int q = grid.cellStart[r * grid.columns + c0]; q < grid.cellStart[r * grid.columns + c1 + 1]; q++) {
                int node = grid.cellPoints[q];
                double km = GreatCircle.haversineKm(lon[p], lat[p], lon[node], lat[node]);
                if (km > maxKm || (found == best.length && !closer(km, node, bestKm[found - 1], best[found - 1]))) {
                    continue;
                }
                int at = found < best.length ? found++ : found - 1;
                while (at > 0 && closer(km, node, bestKm[at - 1], best[at - 1])) {
                    best[at] = best[at - 1];
                    bestKm[at] = bestKm[at - 1];
                    at--;
                }
                best[at] = node;
                bestKm[at] = km;
            }
        }
        return found;
    }

    private static boolean closer(double km, int node, double otherKm, int other) {
        return km < otherKm || (km == otherKm && node < other);
    }

    /** Rings of cells to scan so that every point within {@code maxKm} is seen. */
    static int reach(LonLatGrid grid, double maxKm) {
        int reach = 1;
        while (grid.ringLowerBoundKm(reach) <= maxKm) {
            reach++;
        }
        return reach;
    }

    /** Cell of a coordinate, by floor: points outside the grid's box get indices outside it. */
    static int cell(double value, double min, double size) {
        return (int) Math.floor((value - min) / size);
    }

    int snappedCount() {
        return nodeOffsets.length - 1 - unsnapped.length;
    }

    String describe(AccessLeg leg) {
        int n = nodeOffsets.length - 1;
        String nearest = nearestKmSorted.length == 0 ? "" : String.format(Locale.ROOT,
                " (nearest node: median %.2f km, max %.2f km)", nearestKmSorted[nearestKmSorted.length / 2],
                nearestKmSorted[nearestKmSorted.length - 1]);
        return snappedCount() + " of " + n + " points snapped" + nearest + ", " + unsnapped.length
                + " unsnapped (reaching only themselves), " + (directTargets.length / 2) + " direct links";
    }

    /** Pairs of snapped points within {@code directKm}, both directions, as compressed rows. */
    private record DirectLinks(int[] offsets, int[] targets, double[] minutes) {

        static DirectLinks compute(double[] lon, double[] lat, int[] nodeOffsets, AccessLeg leg) {
            int n = lon.length;
            int[] offsets = new int[n + 1];
            if (leg.directKm() <= 0 || n == 0) {
                return new DirectLinks(offsets, new int[0], new double[0]);
            }
            int snapped = 0;
            for (int i = 0; i < n; i++) {
                snapped += nodeOffsets[i + 1] > nodeOffsets[i] ? 1 : 0;
            }
            int[] subset = new int[snapped];
            for (int i = 0, s = 0; i < n; i++) {
                if (nodeOffsets[i + 1] > nodeOffsets[i]) {
                    subset[s++] = i;
                }
            }
            LonLatGrid grid = new LonLatGrid(lon, lat, subset, leg.directKm());
            int reach = reach(grid, leg.directKm());
            int[] targets = new int[16];
            double[] minutes = new double[16];
            int count = 0;
            for (int i : subset) {
                int column = grid.column(lon[i]);
                int row = grid.row(lat[i]);
                for (int r = Math.max(0, row - reach); r <= Math.min(grid.rows - 1, row + reach); r++) {
                    int c0 = r * grid.columns + Math.max(0, column - reach);
                    int c1 = r * grid.columns + Math.min(grid.columns - 1, column + reach);
                    for (int q = grid.cellStart[c0]; q < grid.cellStart[c1 + 1]; q++) {
                        int j = grid.cellPoints[q];
                        double km = j == i ? Double.POSITIVE_INFINITY
                                : GreatCircle.haversineKm(lon[i], lat[i], lon[j], lat[j]);
                        if (km <= leg.directKm()) {
                            if (count == targets.length) {
                                targets = Arrays.copyOf(targets, count * 2);
                                minutes = Arrays.copyOf(minutes, count * 2);
                            }
                            targets[count] = j;
                            minutes[count++] = leg.minutes(km);
                        }
                    }
                }
                offsets[i + 1] = count;
            }
            for (int i = 0; i < n; i++) {
                offsets[i + 1] = Math.max(offsets[i + 1], offsets[i]); // unsnapped rows stay empty
            }
            return new DirectLinks(offsets, Arrays.copyOf(targets, count), Arrays.copyOf(minutes, count));
        }
    }
}
