package io.jrtc.srtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation of authentic SRTP and SRTCP packets (bit flips, byte sets, truncation, growth)
 * through every fuzz context: nothing throws, results are valid, and only an unchanged packet is
 * ever accepted. Fixed seed: reproducible.
 */
class UnprotectMutationTest {
    @Test
    void mutatedPacketsAreDroppedNeverThrown() throws Exception {
        byte[][] seeds = FuzzSeeds.all();
        Random random = new Random(7714);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] seed = seeds[random.nextInt(seeds.length)];
            byte[] b = mutate(random, seed);
            boolean rtcp = seed == seeds[seeds.length - 1] || seed == seeds[seeds.length - 2];
            try {
                if (FuzzContexts.check(b, rtcp) >= 0) {
                    accepted++;
                    assertArrayEquals(seed, b, "only the authentic packet may be accepted");
                }
            } catch (RuntimeException | AssertionError e) {
                fail("input " + HexFormat.of().formatHex(b) + ": " + e, e);
            }
        }
        assertTrue(accepted < 2_000, "mutations almost always change the packet");
    }

    private static byte[] mutate(Random random, byte[] seed) {
        byte[] b = seed.clone();
        switch (random.nextInt(5)) {
            case 0 -> b[1 + random.nextInt(b.length - 1)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> b[1 + random.nextInt(b.length - 1)] = (byte) random.nextInt(256);
            case 2 -> b = Arrays.copyOf(b, 1 + random.nextInt(b.length));
            case 3 -> b = Arrays.copyOf(b, b.length + 1 + random.nextInt(20));
            default -> {
                int at = 1 + random.nextInt(Math.min(16, b.length - 1));
                b[at] = (byte) random.nextInt(256);
            }
        }
        return b;
    }
}
