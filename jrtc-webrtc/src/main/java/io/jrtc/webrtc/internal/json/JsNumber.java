package io.jrtc.webrtc.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Doubles as JavaScript prints them (ECMAScript Number::toString, radix 10): the shortest digits
 * that read back as the same double, in plain decimal for 1e-6 <= |x| < 1e21 and in exponent
 * form ({@code 1e+21}, {@code 1.5e-7}) otherwise, integers without a fraction, {@code -0} as
 * {@code 0}. This is what {@code JSON.stringify} writes for a finite number, so stats serialized
 * here read the same as a browser's (timestamps such as {@code 1733100000000.123}, not
 * {@code 1.733100000000123E12}).
 */
final class JsNumber {
    private JsNumber() {
    }

    /** Number::toString(x); {@code NaN}, {@code Infinity}, {@code -Infinity} as JavaScript names them. */
    static String toString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (x == 0) {
            return "0"; // -0 too
        }
        if (x < 0) {
            return "-" + toString(-x);
        }
        if (Double.isInfinite(x)) {
            return "Infinity";
        }
        // x = s * 10^(n - k), s having k digits: the ECMAScript spec's names.
        BigDecimal shortest = shortest(x);
        String s = shortest.unscaledValue().toString();
        int k = s.length();
        int n = k - shortest.scale();
        StringBuilder out = new StringBuilder(k + 8);
        if (k <= n && n <= 21) {
            out.append(s).repeat('0', n - k);
        } else if (0 < n && n <= 21) {
            out.append(s, 0, n).append('.').append(s, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").repeat('0', -n).append(s);
        } else {
            out.append(s.charAt(0));
            if (k > 1) {
                out.append('.').append(s, 1, k);
            }
            out.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
        }
        return out.toString();
    }

    /**
     * The shortest decimal that reads back as {@code x} (positive, finite), the closest to it if
     * several: Double.toString's digits (JDK 19+), except that where a single digit would do,
     * Double.toString may print two (its spec picks among lengths 1 and 2 the closest, so
     * Double.MIN_VALUE is 4.9E-324 where JavaScript prints 5e-324).
     */
    private static BigDecimal shortest(double x) {
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        if (d.precision() != 2) {
            return d;
        }
        // The one-digit neighbours below and above; any other one-digit decimal is farther out.
        BigInteger two = d.unscaledValue();
        int scale = d.scale() - 1;
        BigDecimal down = new BigDecimal(two.divide(BigInteger.TEN), scale);
        BigDecimal up = new BigDecimal(two.divide(BigInteger.TEN).add(BigInteger.ONE), scale).stripTrailingZeros();
        boolean downOk = down.signum() > 0 && Double.parseDouble(down.toString()) == x;
        boolean upOk = Double.parseDouble(up.toString()) == x;
        if (downOk && upOk) {
            BigDecimal exact = new BigDecimal(x);
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            return cmp < 0 || (cmp == 0 && !down.unscaledValue().testBit(0)) ? down : up;
        }
        return downOk ? down : upOk ? up : d;
    }
}
