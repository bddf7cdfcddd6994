package io.jrtc.sdp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of the corpus (no Jazzer, so it always runs, fast): flipped characters,
 * truncations, deleted, duplicated and swapped lines, odd numbers. Only {@link SdpParseException}
 * may escape the parser, and what it accepts must be idempotent.
 */
class RandomMutationTest {
    private static final long SEED = 0x5dbL;
    private static final int ITERATIONS = 12_000;
    private static final String INTERESTING = " :/;,=~*-\r\n\0\t0123456789aAzZ\u00ff\u0100\u00e9";
    private static final String[] NUMBERS = {
        "0", "-1", "+1", "128", "256", "65535", "65536", "2147483647", "2147483648", "4294967295",
        "4294967296", "9223372036854775807", "9223372036854775808", "99999999999999999999", "\u0661", ""
    };

    @Test
    void onlySdpParseExceptionEscapes() {
        List<String> corpus = new ArrayList<>(Corpus.texts());
        corpus.add(HandWritten.CHROMIUM_LIKE_OFFER);
        assertFalse(corpus.isEmpty());
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            String input = corpus.get(random.nextInt(corpus.size()));
            int rounds = 1 + random.nextInt(3);
            for (int r = 0; r < rounds; r++) {
                input = mutate(input, random);
            }
            check(input, i);
        }
    }

    private static void check(String input, int iteration) {
        try {
            SdpInvariants.checkParse(input);
        } catch (RuntimeException | AssertionError e) {
            fail("iteration " + iteration + " failed on input:\n" + input.replace("\r", "\\r"), e);
        }
    }

    private static String mutate(String text, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> replaceChar(text, random);
            case 1 -> text.substring(0, random.nextInt(text.length() + 1));
            case 2 -> editLines(text, random, false);
            case 3 -> editLines(text, random, true);
            case 4 -> swapLines(text, random);
            case 5 -> replaceNumber(text, random);
            case 6 -> deleteChar(text, random);
            default -> insertChar(text, random);
        };
    }

    private static String replaceChar(String text, Random random) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        char c = random.nextBoolean()
                ? INTERESTING.charAt(random.nextInt(INTERESTING.length()))
                : (char) random.nextInt(256);
        return text.substring(0, at) + c + text.substring(at + 1);
    }

    private static String deleteChar(String text, Random random) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        return text.substring(0, at) + text.substring(at + 1);
    }

    private static String insertChar(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + INTERESTING.charAt(random.nextInt(INTERESTING.length())) + text.substring(at);
    }

    private static String editLines(String text, Random random, boolean duplicate) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n", -1)));
        int at = random.nextInt(lines.size());
        if (duplicate) {
            lines.add(random.nextInt(lines.size() + 1), lines.get(at));
        } else {
            lines.remove(at);
        }
        return String.join("\r\n", lines);
    }

    private static String swapLines(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String tmp = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, tmp);
        return String.join("\r\n", lines);
    }

    /** Replaces a run of digits with a boundary value. */
    private static String replaceNumber(String text, Random random) {
        int start = random.nextInt(text.length() + 1);
        while (start < text.length() && !Character.isDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(0, start) + NUMBERS[random.nextInt(NUMBERS.length)] + text.substring(end);
    }
}
