package io.jrtc.testkit.internal;

import java.util.Locale;

/** Prints virtual times in full nanosecond precision, so that two traces compare exactly. */
public final class TimeFormat {
    private TimeFormat() {}

    /** {@code 12.025000000s}; negative times (an epoch before 0) keep their sign. */
    public static String seconds(long nanos) {
        String sign = nanos < 0 ? "-" : "";
        long abs = Math.abs(nanos);
        if (abs < 0) { // Long.MIN_VALUE
            return Long.toString(nanos) + "ns";
        }
        return String.format(Locale.ROOT, "%s%d.%09ds", sign, abs / 1_000_000_000L, abs % 1_000_000_000L);
    }

    /** {@code a + b}, saturating at {@link Long#MAX_VALUE} and {@link Long#MIN_VALUE}. */
    public static long saturatedAdd(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }
}
