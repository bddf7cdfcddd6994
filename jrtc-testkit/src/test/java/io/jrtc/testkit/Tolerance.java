package io.jrtc.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statistical tolerances. Four standard deviations: a correct implementation fails with
 * probability about 6e-5 for a random seed, and the seeds are fixed anyway; a wrong rate
 * (say 12% loss instead of 10%) is far outside.
 */
final class Tolerance {
    static final double SIGMAS = 4;

    private Tolerance() {}

    /** Asserts that {@code hits} of {@code n} Bernoulli(p) trials is within 4 sigma of n·p. */
    static void assertBinomial(String what, long hits, long n, double p) {
        assertRate(what, (double) hits / n, p, Math.sqrt(p * (1 - p) / n));
    }

    /** Asserts |observed − expected| ≤ 4 standard errors. */
    static void assertRate(String what, double observed, double expected, double standardError) {
        double tolerance = SIGMAS * standardError;
        assertTrue(Math.abs(observed - expected) <= tolerance, () -> String.format(
                "%s: observed %.5f, expected %.5f ± %.5f (4 sigma)", what, observed, expected, tolerance));
    }
}
