package fr.oasis.territory.record;

/**
 * Population of one commune by the six age bands the APL demand uses, for one census year.
 * IRIS rows are summed to their commune by the reader.
 *
 * @param communeCode INSEE code of the census vintage
 * @param year        census year, from the column prefix ({@code P21_} is 2021)
 * @param bands       population in 0-14, 15-29, 30-44, 45-59, 60-74, 75+ (six values, non-negative;
 *                    census figures are weighted estimates, hence not integers)
 * @param origin      "file#line N"
 */
public record PopulationByAge(String communeCode, int year, double[] bands, String origin) {
    /** The six APL age bands (the one list; {@code territory.AgeBands} reads it from here). */
    public static final String[] BAND_LABELS = {"0-14", "15-29", "30-44", "45-59", "60-74", "75+"};

    public PopulationByAge {
        if (bands.length != BAND_LABELS.length) {
            throw new IllegalArgumentException("expected " + BAND_LABELS.length + " age bands, got " + bands.length);
        }
    }

    public double total() {
        double sum = 0;
        for (double b : bands) {
            sum += b;
        }
        return sum;
    }
}
