package fr.oasis.accessibility.engine;

import java.util.Random;

/**
 * A seeded random territory for property tests: clustered communes around a few towns in a box
 * of about 80 x 110 km, some without inhabitants, supply in about a third of them, plus two
 * isolated communes far away — one with supply and nobody around (supply reaching no demand),
 * one with people and no supply (APL 0).
 */
final class RandomInstance {

    final long seed;
    final double[] lon;
    final double[] lat;
    final double[][] bands;
    final double[] supply;

    private RandomInstance(long seed, double[] lon, double[] lat, double[][] bands, double[] supply) {
        this.seed = seed;
        this.lon = lon;
        this.lat = lat;
        this.bands = bands;
        this.supply = supply;
    }

    static RandomInstance generate(long seed, int n) {
        Random random = new Random(seed);
        double[] lon = new double[n];
        double[] lat = new double[n];
        double[][] bands = new double[Demand.BAND_COUNT][n];
        double[] supply = new double[n];
        int towns = 1 + random.nextInt(4);
        double[] townLon = new double[towns];
        double[] townLat = new double[towns];
        for (int k = 0; k < towns; k++) {
            townLon[k] = 2 + random.nextDouble();
            townLat[k] = 46 + random.nextDouble();
        }
        for (int i = 0; i < n - 2; i++) {
            if (random.nextDouble() < 0.5) {
                int k = random.nextInt(towns);
                lon[i] = townLon[k] + random.nextGaussian() * 0.08;
                lat[i] = townLat[k] + random.nextGaussian() * 0.06;
            } else {
                lon[i] = 2 + random.nextDouble();
                lat[i] = 46 + random.nextDouble();
            }
            boolean empty = random.nextDouble() < 0.1;
            for (int b = 0; b < Demand.BAND_COUNT; b++) {
                bands[b][i] = empty ? 0 : random.nextInt(400);
            }
            supply[i] = random.nextDouble() < 0.35 ? 500 + random.nextInt(8000) : 0;
        }
        if (n >= 4) {
            lon[n - 2] = 6.5; // isolated supply, nobody within reach
            lat[n - 2] = 44.0;
            supply[n - 2] = 4000;
            for (int b = 0; b < Demand.BAND_COUNT; b++) {
                bands[b][n - 2] = 0;
            }
            lon[n - 1] = -1.0; // isolated people, no supply
            lat[n - 1] = 48.5;
            supply[n - 1] = 0;
            for (int b = 0; b < Demand.BAND_COUNT; b++) {
                bands[b][n - 1] = 50;
            }
        }
        return new RandomInstance(seed, lon, lat, bands, supply);
    }

    Demand demand() {
        return Demand.standardised(bands, Demand.defaultAgeWeights());
    }

    int size() {
        return lon.length;
    }
}
