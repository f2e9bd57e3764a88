package fr.oasis.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts closed rings of grid points into arcs shared between rings (see {@link LayerTopology}):
 * a ring is cut where the rings owning its border change or where three ring passages meet, and
 * an arc found again (same points, either direction) is referenced instead of stored twice.
 * Points are packed as {@link LayerTopology#point}. Not thread-safe; used once per layer build.
 */
final class ArcBuilder {
    /** Arcs in canonical direction (see {@link #canonical}), each a run of points. */
    final List<long[]> arcs = new ArrayList<>();
    private final Map<Arc, Integer> index = new HashMap<>();
    private final List<long[]> rings;
    private final Map<Segment, Owners> owners = new HashMap<>();
    private final Map<Long, Integer> passages = new HashMap<>();

    private record Segment(long a, long b) {
        static Segment of(long p, long q) {
            return p < q ? new Segment(p, q) : new Segment(q, p);
        }
    }

    /** The rings using a segment: the first two, and how many uses in all. */
    private static final class Owners {
        int first = -1;
        int second = -1;
        int uses;

        long identity() {
            return uses > 2 ? Long.MIN_VALUE
                    : ((long) Math.min(first, second) << 32) | (Math.max(first, second) & 0xffffffffL);
        }
    }

    private record Arc(long[] points) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Arc arc && Arrays.equals(points, arc.points);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(points);
        }
    }

    /** @param rings closed rings (first point repeated last), at least three distinct points or not */
    ArcBuilder(List<long[]> rings) {
        this.rings = rings;
        for (int r = 0; r < rings.size(); r++) {
            long[] ring = rings.get(r);
            for (int i = 0; i + 1 < ring.length; i++) {
                passages.merge(ring[i], 1, Integer::sum);
                Owners o = owners.computeIfAbsent(Segment.of(ring[i], ring[i + 1]), s -> new Owners());
                if (o.uses == 0) {
                    o.first = r;
                    o.second = r;
                } else if (o.uses == 1) {
                    o.second = r;
                }
                o.uses++;
            }
        }
    }

    /** The arc refs of ring {@code r}, in the ring's order ({@code ~i} for arc i reversed). */
    int[] refs(int r) {
        long[] ring = rings.get(r);
        int n = ring.length - 1; // distinct positions; ring[n] == ring[0]
        if (n < 1) {
            return new int[] {ref(ring)};
        }
        List<Integer> cuts = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            long before = owners(ring[(j + n - 1) % n], ring[(j + n - 1) % n + 1]);
            long after = owners(ring[j], ring[j + 1]);
            if (passages.get(ring[j]) >= 3 || before != after) {
                cuts.add(j);
            }
        }
        if (cuts.isEmpty()) {
            return new int[] {ref(rotatedToSmallest(ring))};
        }
        int[] refs = new int[cuts.size()];
        for (int c = 0; c < cuts.size(); c++) {
            int from = cuts.get(c);
            int to = c + 1 < cuts.size() ? cuts.get(c + 1) : cuts.get(0) + n;
            long[] chain = new long[to - from + 1];
            for (int i = 0; i < chain.length; i++) {
                chain[i] = ring[(from + i) % n];
            }
            refs[c] = ref(chain);
        }
        return refs;
    }

    private long owners(long p, long q) {
        return owners.get(Segment.of(p, q)).identity();
    }

    /** The ref of a run of points, adding it as a new arc if neither it nor its reverse is known. */
    private int ref(long[] chain) {
        boolean reversed = !canonical(chain);
        long[] points = reversed ? reversedCopy(chain) : chain;
        Integer known = index.get(new Arc(points));
        if (known == null) {
            known = arcs.size();
            arcs.add(points);
            index.put(new Arc(points), known);
        }
        return reversed ? ~known : known;
    }

    /** Whether a run is in canonical direction: smaller end first; a closed run by its second point. */
    private static boolean canonical(long[] chain) {
        long first = chain[0];
        long last = chain[chain.length - 1];
        if (first != last) {
            return first < last;
        }
        return chain.length < 3 || chain[1] <= chain[chain.length - 2];
    }

    /** A closed ring with no cut, restarted at its smallest point, so both sides start alike. */
    private static long[] rotatedToSmallest(long[] ring) {
        int n = ring.length - 1;
        int start = 0;
        for (int i = 1; i < n; i++) {
            if (ring[i] < ring[start]) {
                start = i;
            }
        }
        long[] rotated = new long[n + 1];
        for (int i = 0; i <= n; i++) {
            rotated[i] = ring[(start + i) % n];
        }
        return rotated;
    }

    private static long[] reversedCopy(long[] chain) {
        long[] reversed = new long[chain.length];
        for (int i = 0; i < chain.length; i++) {
            reversed[i] = chain[chain.length - 1 - i];
        }
        return reversed;
    }
}
