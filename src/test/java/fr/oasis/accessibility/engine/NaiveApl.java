package fr.oasis.accessibility.engine;

/**
 * Reference APL written straight from the benchmark formula, independently of the engine: all
 * n² pairs, its own haversine, its own step function. Slow on purpose; tests only.
 */
final class NaiveApl {

    private NaiveApl() {
    }

    /** Crow-fly minutes: haversine (R = 6371 km) * detour / speed * 60, t_ii = 0. */
    static double[][] crowFlyMinutes(double[] lon, double[] lat, double detour, double speed) {
        int n = lon.length;
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double p1 = lat[i] * Math.PI / 180;
                    double p2 = lat[j] * Math.PI / 180;
                    double dp = p2 - p1;
                    double dl = (lon[j] - lon[i]) * Math.PI / 180;
                    double a = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
                    double h = 2 * 6371.0 * Math.asin(Math.sqrt(a));
                    t[i][j] = h * detour / speed * 60;
                }
            }
        }
        return t;
    }

    /** W(t): weight of the first bound with t <= bound, else 0. */
    static double weight(double t, double[] bounds, double[] weights) {
        for (int k = 0; k < bounds.length; k++) {
            if (t <= bounds[k]) {
                return weights[k];
            }
        }
        return 0;
    }

    /** APL from a full time matrix t[origin][destination] (infinity = unreachable). */
    static double[] apl(double[][] t, double[] demand, double[] supply, double[] bounds, double[] weights) {
        int n = demand.length;
        double[] r = new double[n];
        for (int j = 0; j < n; j++) {
            if (supply[j] > 0) {
                double den = 0;
                for (int k = 0; k < n; k++) {
                    den += weight(t[k][j], bounds, weights) * demand[k];
                }
                r[j] = den > 0 ? supply[j] / den : 0;
            }
        }
        double[] apl = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                apl[i] += weight(t[i][j], bounds, weights) * r[j];
            }
        }
        return apl;
    }
}
