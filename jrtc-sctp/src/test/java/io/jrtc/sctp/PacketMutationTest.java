package io.jrtc.sctp;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A plain seeded mutation run over valid packets, in every normal test run. */
class PacketMutationTest {
    @Test
    void mutatedPacketsOnlyEverThrowParseExceptions() {
        Random r = new Random(1234);
        List<Chunk> chunks = PacketCodecTest.allChunks();
        for (int round = 0; round < 20_000; round++) {
            Chunk c = chunks.get(r.nextInt(chunks.size()));
            byte[] wire = new SctpPacket(5000, 5000, r.nextInt(), List.of(c, chunks.get(r.nextInt(chunks.size())))).encode(true);
            int flips = 1 + r.nextInt(4);
            for (int i = 0; i < flips; i++) {
                int at = 12 + r.nextInt(wire.length - 12);
                wire[at] = (byte) (r.nextInt(3) == 0 ? 0xff : r.nextInt(256));
            }
            if (r.nextInt(4) == 0) {
                wire = java.util.Arrays.copyOf(wire, 12 + r.nextInt(wire.length - 11));
            }
            ParseInvariants.checkPacket(wire);
        }
    }
}
