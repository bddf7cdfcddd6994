package io.jrtc.webrtc.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Doubles in JSON as a browser's {@code JSON.stringify} writes them. The expected texts were
 * printed by Node.js 18 ({@code String(x)} and {@code JSON.stringify(x)}) for the same doubles.
 */
class JsNumberTest {
    /** ECMAScript Number::toString output, radix 10, finite. */
    private static final Pattern JS_NUMBER = Pattern.compile(
            "0|-?([1-9][0-9]{0,20}|[1-9][0-9]*\\.[0-9]*[1-9]|0\\.0{0,5}[1-9][0-9]*|[1-9](\\.[0-9]*[1-9])?e[-+][1-9][0-9]*)");

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "-0.0, 0",
        "1, 1",
        "-1, -1",
        "42.0, 42",
        "0.1, 0.1",
        "0.30000000000000004, 0.30000000000000004",
        "0.3333333333333333, 0.3333333333333333",
        "4.35, 4.35",
        "0.0123, 0.0123",
        "0.000123, 0.000123",
        "0.00001, 0.00001",
        "1e-6, 0.000001",
        "1e-7, 1e-7",
        "1.5e-7, 1.5e-7",
        "2.5e-7, 2.5e-7",
        "-1.5e-9, -1.5e-9",
        "123e-20, 1.23e-18",
        "123456.789, 123456.789",
        "1733100000000.123, 1733100000000.123",
        "1.796174051037641E12, 1796174051037.641",
        "1000000000000000.3, 1000000000000000.2",
        "1e16, 10000000000000000",
        "9007199254740992, 9007199254740992",
        "9007199254740994, 9007199254740994",
        "12345678901234567890, 12345678901234567000",
        "9223372036854775807, 9223372036854776000",
        "1e20, 100000000000000000000",
        "123456789012345680000, 123456789012345680000",
        "999999999999999900000, 999999999999999900000",
        "1e21, 1e+21",
        "-1e21, -1e+21",
        "1e100, 1e+100",
        "5.992310449541053e307, 5.992310449541053e+307",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "2.2250738585072014e-308, 2.2250738585072014e-308",
        "4.94e-322, 4.94e-322",
        "1e-323, 1e-323",
        "4.9e-324, 5e-324",
        "0.12345678901234568, 0.12345678901234568",
        "1.0000000000000002, 1.0000000000000002",
    })
    void printsDoublesAsJavaScriptDoes(double x, String js) {
        assertEquals(js, JsNumber.toString(x));
        assertEquals("{\"v\":" + js + "}", new JsonWriter().value("v", x).toString());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteNumbersAreNullInJson(double x) {
        assertEquals("{\"v\":null}", new JsonWriter().value("v", x).toString());
        assertEquals("{\"v\":null}", new JsonWriter().value("v", (float) x).toString());
        assertTrue(JsNumber.toString(x).matches("NaN|-?Infinity"), JsNumber.toString(x));
    }

    @org.junit.jupiter.api.Test
    void integersAndFloatsKeepTheirValue() {
        String out = new JsonWriter().value("i", 7).value("l", Long.MAX_VALUE).value("f", 0.5f)
                .value("t", 1.733100000000123E12).toString();
        assertEquals("{\"i\":7,\"l\":9223372036854775807,\"f\":0.5,\"t\":1733100000000.123}", out);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) JsonReader.parse(out);
        assertEquals(new BigDecimal("1733100000000.123"), back.get("t"));
    }

    /**
     * Any finite double: the text has JavaScript's shape, reads back as the same double (through
     * Java and through our JSON reader), and no decimal with fewer digits would.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void roundTripsWithTheShortestDigits(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 20_000; i++) {
            double x = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(r.nextLong()); // any bit pattern: subnormals to huge
                case 1 -> r.nextDouble() * Math.pow(10, r.nextInt(-12, 25)); // around the form boundaries
                case 2 -> 1.7e12 + r.nextInt(1_000_000_000) / 1000.0; // millisecond timestamps
                default -> r.nextLong(1L << 54) * (r.nextBoolean() ? 1 : -1); // integers past 2^53
            };
            if (!Double.isFinite(x)) {
                continue;
            }
            String js = JsNumber.toString(x);
            assertTrue(JS_NUMBER.matcher(js).matches(), () -> js + " for " + x);
            assertEquals(x == 0 ? 0.0 : x, Double.parseDouble(js), () -> js + " for " + x);
            Object back = ((Map<?, ?>) JsonReader.parse(new JsonWriter().value("v", x).toString())).get("v");
            assertEquals(x == 0 ? 0.0 : x, ((BigDecimal) back).doubleValue(), 0.0, js);
            boolean plain = Math.abs(x) >= 1e-6 && Math.abs(x) < 1e21 || x == 0;
            assertEquals(plain, !js.contains("e"), js);
            assertNotShortenable(x, js);
        }
    }

    /** Neither neighbour with one digit fewer reads back as x. */
    private static void assertNotShortenable(double x, String js) {
        if (x == 0) {
            return;
        }
        BigDecimal d = new BigDecimal(js.replace("e+", "e")).stripTrailingZeros();
        int digits = d.precision();
        if (digits == 1) {
            return;
        }
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal shorter = d.round(new java.math.MathContext(digits - 1, mode));
            assertNotEquals(x, Double.parseDouble(shorter.toString()), () -> js + " could be " + shorter);
        }
    }
}
