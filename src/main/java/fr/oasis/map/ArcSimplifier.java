package fr.oasis.map;

/**
 * Douglas-Peucker simplification of one arc of grid points ({@link LayerTopology#point}), its two
 * ends kept (they are where borders meet). A closed arc (an island, an enclave) is split at its
 * point farthest from the start and keeps at least three distinct points, so it stays a ring.
 * Stateless.
 */
final class ArcSimplifier {
    private ArcSimplifier() {
    }

    /** The arc with the points farther than {@code tolerance} (grid units) from the simplified line kept. */
    static long[] simplify(long[] arc, double tolerance) {
        if (arc.length <= 2 || tolerance <= 0) {
            return arc;
        }
        boolean[] keep = new boolean[arc.length];
        keep[0] = true;
        keep[arc.length - 1] = true;
        if (arc[0] == arc[arc.length - 1]) {
            int far = farthestFromStart(arc);
            keep[far] = true;
            mark(arc, 0, far, tolerance, keep);
            mark(arc, far, arc.length - 1, tolerance, keep);
            if (count(keep) < 4 && arc.length >= 4) {
                keepThird(arc, far, keep);
            }
        } else {
            mark(arc, 0, arc.length - 1, tolerance, keep);
        }
        long[] kept = new long[count(keep)];
        int n = 0;
        for (int i = 0; i < arc.length; i++) {
            if (keep[i]) {
                kept[n++] = arc[i];
            }
        }
        return kept;
    }

    private static void mark(long[] arc, int from, int to, double tolerance, boolean[] keep) {
        int[] stack = new int[2 * arc.length];
        int top = 0;
        stack[top++] = from;
        stack[top++] = to;
        while (top > 0) {
            int b = stack[--top];
            int a = stack[--top];
            double worst = -1;
            int index = -1;
            for (int i = a + 1; i < b; i++) {
                double d = distance(arc[i], arc[a], arc[b]);
                if (d > worst) {
                    worst = d;
                    index = i;
                }
            }
            if (index >= 0 && worst > tolerance) {
                keep[index] = true;
                stack[top++] = a;
                stack[top++] = index;
                stack[top++] = index;
                stack[top++] = b;
            }
        }
    }

    /** A ring reduced to start, far point and end gets the point farthest from the line between the two. */
    private static void keepThird(long[] arc, int far, boolean[] keep) {
        double worst = -1;
        int index = -1;
        for (int i = 1; i < arc.length - 1; i++) {
            double d = distance(arc[i], arc[0], arc[far]);
            if (i != far && d > worst) {
                worst = d;
                index = i;
            }
        }
        if (index >= 0) {
            keep[index] = true;
        }
    }

    private static int farthestFromStart(long[] arc) {
        int far = 1;
        double worst = -1;
        for (int i = 1; i < arc.length - 1; i++) {
            double dx = LayerTopology.x(arc[i]) - LayerTopology.x(arc[0]);
            double dy = LayerTopology.y(arc[i]) - LayerTopology.y(arc[0]);
            double d = dx * dx + dy * dy;
            if (d > worst) {
                worst = d;
                far = i;
            }
        }
        return far;
    }

    /** Distance from point p to the segment a-b, in grid units. */
    static double distance(long p, long a, long b) {
        double px = LayerTopology.x(p);
        double py = LayerTopology.y(p);
        double ax = LayerTopology.x(a);
        double ay = LayerTopology.y(a);
        double dx = LayerTopology.x(b) - ax;
        double dy = LayerTopology.y(b) - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }

    private static int count(boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        return n;
    }
}
