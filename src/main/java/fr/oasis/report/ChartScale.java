package fr.oasis.report;

/**
 * A value axis with round ticks: spans the data and 0 (bars start at 0), step 1, 2, 2.5 or 5
 * times a power of ten, about {@code targetTicks} intervals. Immutable.
 * <p>
 * Example: data in [−0.05, 0.42], 5 ticks: raw step 0.094 → 0.1, axis [−0.1, 0.5].
 */
final class ChartScale {
    final double min;
    final double max;
    final double step;

    private ChartScale(double min, double max, double step) {
        this.min = min;
        this.max = max;
        this.step = step;
    }

    /**
     * A scale covering [lo, hi] and 0; an empty or flat range gets [0, 1]. With {@code integral}
     * (the data are counts) ticks are whole numbers: no "2,5 communes".
     */
    static ChartScale covering(double lo, double hi, int targetTicks, boolean integral) {
        double low = Math.min(0, lo);
        double high = Math.max(0, hi);
        if (!(high > low)) {
            return new ChartScale(0, 1, 0.25);
        }
        double raw = (high - low) / targetTicks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * magnitude;
        if (integral && step != Math.rint(step)) {
            step = step < 1 ? 1 : 5; // only 2.5 is fractional from 1 on
        }
        // The tolerance keeps a bound that is already a multiple of the step (0, often) from
        // growing one step through a rounding error.
        return new ChartScale(Math.floor(low / step + 1e-9) * step, Math.ceil(high / step - 1e-9) * step, step);
    }

    /** Where {@code value} sits between min (0) and max (1). */
    double fraction(double value) {
        return (value - min) / (max - min);
    }

    /** Tick values from min to max inclusive. */
    double[] ticks() {
        int count = (int) Math.round((max - min) / step) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            // Computed from the index, not accumulated, so 0.1 steps do not drift.
            ticks[i] = min + i * step;
            if (Math.abs(ticks[i]) < step * 1e-9) {
                ticks[i] = 0;
            }
        }
        return ticks;
    }
}
