package fr.oasis.accessibility.engine;

import static org.junit.jupiter.api.Assertions.fail;

/** The benchmark's comparison: relative 1e-9, absolute 1e-12 where the expected value is 0. */
final class Tolerance {

    private Tolerance() {
    }

    static boolean close(double expected, double actual) {
        if (expected == 0) {
            return Math.abs(actual) <= 1e-12;
        }
        return Math.abs(actual - expected) <= 1e-9 * Math.abs(expected);
    }

    static void assertAllClose(double[] expected, double[] actual, String context) {
        if (expected.length != actual.length) {
            fail(context + ": " + expected.length + " values expected, got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (!close(expected[i], actual[i])) {
                fail(context + ": commune " + i + " expected " + expected[i] + " but was " + actual[i]);
            }
        }
    }
}
