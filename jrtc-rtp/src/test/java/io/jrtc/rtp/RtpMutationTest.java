package io.jrtc.rtp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation of valid packets (bit flips, byte sets, truncation): only
 * {@link RtpParseException} escapes and the {@link RtpInvariants} hold. Fixed seed: reproducible.
 */
class RtpMutationTest {
    @Test
    void onlyRtpParseExceptionEscapes() {
        byte[] out = new byte[200];
        int n = new RtpPacketWriter().ssrc(5).csrcs(1, 2).padding(4).extension(1, new byte[] {1, 2})
                .extension(5, new byte[3]).write(out, 0, new byte[30], 0, 30);
        byte[] seed1 = Arrays.copyOf(out, n);
        n = new RtpPacketWriter().ssrc(6).extension(20, new byte[40]).write(out, 0, new byte[9], 0, 9);
        byte[][] seeds = {seed1, Arrays.copyOf(out, n)};
        Random random = new Random(3550);
        int parsed = 0;
        for (int i = 0; i < 50_000; i++) {
            byte[] b = seeds[random.nextInt(seeds.length)].clone();
            for (int e = random.nextInt(3) + 1; e > 0 && b.length > 0; e--) {
                switch (random.nextInt(3)) {
                    case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                    case 1 -> b[random.nextInt(Math.min(b.length, 24))] = (byte) random.nextInt(256);
                    default -> b = Arrays.copyOf(b, random.nextInt(b.length + 1));
                }
            }
            try {
                if (RtpInvariants.check(b)) {
                    parsed++;
                }
            } catch (RuntimeException | AssertionError e) {
                fail("input " + HexFormat.of().formatHex(b) + ": " + e, e);
            }
        }
        assertTrue(parsed > 5_000, "only " + parsed + " mutated packets parsed");
    }
}
