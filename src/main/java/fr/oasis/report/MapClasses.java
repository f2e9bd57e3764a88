package fr.oasis.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The classes of an exported map, the same as the map page draws them
 * ({@code static/js/map/classify.js}, {@code palette.js}): at most {@value #CLASSES} classes by
 * quantiles, Jenks natural breaks (exact dynamic programming on at most {@value #JENKS_SAMPLE}
 * evenly spaced order statistics) or each indicator's fixed reference thresholds; viridis colours,
 * reversed when a high value means worse access. Fixed thresholds, direction and categories come
 * from {@link ClassRules}, which the page imports too. A value v is in class i when
 * {@code t[i-1] <= v < t[i]}. Stateless.
 *
 * @param thresholds inner thresholds, ascending and distinct
 * @param colours    one per class, {@code thresholds.length + 1}
 */
record MapClasses(double[] thresholds, List<Color> colours) {
    static final int CLASSES = 5;
    static final int JENKS_SAMPLE = 1000;
    static final Color NO_DATA = new Color(0xc9c9c9);
    private static final int[] VIRIDIS = {0x440154, 0x414487, 0x2a788e, 0x22a884, 0x7ad151, 0xfde725};
    /** Whether a high value is good (drawn light): APL, density, income; not times, counts beyond, old-age shares. */
    static boolean higherIsBetter(String indicator) {
        return ClassRules.of(indicator).higherIsBetter();
    }

    /**
     * @param values     the level's values (null = no data), with their populations for the APL reference
     * @param profession for the APL's fixed thresholds: DREES 2.5 and 4 for GPs, else 50/80/120 % of
     *                   the population-weighted mean
     */
    static MapClasses of(String indicator, String method, double[] values, double[] populations, String profession) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        double[] thresholds = switch (ClassRules.of(indicator).categorical() ? "fixed" : method) {
            case "jenks" -> jenks(sorted, CLASSES);
            case "fixed" -> fixed(indicator, values, populations, profession);
            default -> quantiles(sorted, CLASSES);
        };
        return new MapClasses(thresholds, colours(thresholds.length + 1, higherIsBetter(indicator)));
    }

    int classOf(double value) {
        int i = 0;
        while (i < thresholds.length && value >= thresholds[i]) {
            i++;
        }
        return i;
    }

    Color colourOf(Double value) {
        return value == null || !Double.isFinite(value) ? NO_DATA : colours.get(classOf(value));
    }

    static double[] quantiles(double[] sorted, int k) {
        if (sorted.length == 0) {
            return new double[0];
        }
        List<Double> t = new ArrayList<>();
        for (int i = 1; i < k; i++) {
            t.add(sorted[(int) Math.floor((double) i * sorted.length / k)]);
        }
        return distinct(t.stream().mapToDouble(Double::doubleValue).filter(v -> v > sorted[0]).toArray());
    }

    static double[] jenks(double[] all, int k) {
        double[] x = all;
        if (all.length > JENKS_SAMPLE) {
            x = new double[JENKS_SAMPLE];
            for (int i = 0; i < JENKS_SAMPLE; i++) {
                x[i] = all[(int) Math.round((double) i * (all.length - 1) / (JENKS_SAMPLE - 1))];
            }
        }
        int classes = Math.min(k, distinct(x).length);
        if (classes < 2) {
            return new double[0];
        }
        int n = x.length;
        double[] sum = new double[n + 1];
        double[] squares = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sum[i + 1] = sum[i] + x[i];
            squares[i + 1] = squares[i] + x[i] * x[i];
        }
        double[] best = new double[n + 1];
        for (int j = 1; j <= n; j++) {
            best[j] = deviation(sum, squares, 0, j);
        }
        int[][] lastStart = new int[classes - 1][];
        for (int c = 1; c < classes; c++) {
            double[] next = new double[n + 1];
            Arrays.fill(next, Double.POSITIVE_INFINITY);
            int[] start = new int[n + 1];
            for (int j = c + 1; j <= n; j++) {
                for (int i = c; i < j; i++) {
                    double cost = best[i] + deviation(sum, squares, i, j);
                    if (cost < next[j]) {
                        next[j] = cost;
                        start[j] = i;
                    }
                }
            }
            lastStart[c - 1] = start;
            best = next;
        }
        double[] t = new double[classes - 1];
        for (int c = classes - 1, end = n; c >= 1; c--) {
            end = lastStart[c - 1][end];
            t[c - 1] = x[end];
        }
        return distinct(t);
    }

    private static double deviation(double[] sum, double[] squares, int from, int to) {
        double s = sum[to] - sum[from];
        return squares[to] - squares[from] - s * s / (to - from);
    }

    private static double[] fixed(String indicator, double[] values, double[] populations, String profession) {
        if (!indicator.equals("apl")) {
            return ClassRules.of(indicator).thresholds();
        }
        if ("MG".equals(profession)) {
            return ClassRules.GP_APL.clone();
        }
        double weighted = 0;
        double population = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                weighted += values[i] * populations[i];
                population += populations[i];
            }
        }
        double mean = population > 0 ? weighted / population : 0;
        if (mean <= 0) {
            return new double[0];
        }
        return Arrays.stream(ClassRules.APL_MEAN_FRACTIONS)
                .map(f -> new java.math.BigDecimal(f * mean).round(new java.math.MathContext(2)).doubleValue()).toArray();
    }

    private static double[] distinct(double[] ascending) {
        return Arrays.stream(ascending).distinct().toArray();
    }

    /** k colours from dark to light (viridis up to 90 %), reversed when a high value is bad. */
    static List<Color> colours(int k, boolean higherIsBetter) {
        List<Color> ramp = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            ramp.add(viridis(k == 1 ? 0.5 : 0.9 * i / (k - 1)));
        }
        if (!higherIsBetter) {
            java.util.Collections.reverse(ramp);
        }
        return List.copyOf(ramp);
    }

    private static Color viridis(double position) {
        double scaled = position * (VIRIDIS.length - 1);
        int low = Math.min((int) Math.floor(scaled), VIRIDIS.length - 2);
        double t = scaled - low;
        int a = VIRIDIS[low];
        int b = VIRIDIS[low + 1];
        return new Color(mix(a >> 16, b >> 16, t), mix(a >> 8, b >> 8, t), mix(a, b, t));
    }

    private static int mix(int a, int b, double t) {
        int x = a & 0xff;
        int y = b & 0xff;
        return (int) Math.round(x + (y - x) * t);
    }
}
