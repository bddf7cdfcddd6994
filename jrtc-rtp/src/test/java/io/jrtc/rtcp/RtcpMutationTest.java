package io.jrtc.rtcp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded mutation of a valid compound packet: only {@link RtcpParseException} escapes. */
class RtcpMutationTest {
    @Test
    void onlyRtcpParseExceptionEscapes() {
        byte[] seed = RtcpCompoundReaderTest.hex(RtcpCompoundReaderTest.COMPOUND);
        Random random = new Random(4585);
        int parsed = 0;
        for (int i = 0; i < 50_000; i++) {
            byte[] b = seed.clone();
            for (int e = random.nextInt(3) + 1; e > 0 && b.length > 0; e--) {
                switch (random.nextInt(3)) {
                    case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                    case 1 -> b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    default -> b = Arrays.copyOf(b, random.nextInt(b.length + 1));
                }
            }
            try {
                if (RtcpInvariants.check(b)) {
                    parsed++;
                }
            } catch (RuntimeException | AssertionError e) {
                fail("input " + HexFormat.of().formatHex(b) + ": " + e, e);
            }
        }
        assertTrue(parsed > 500, "only " + parsed + " mutated packets parsed");
    }
}
