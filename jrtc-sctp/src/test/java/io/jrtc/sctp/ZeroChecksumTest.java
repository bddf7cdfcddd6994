package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.PacketTap;
import io.jrtc.testkit.TraceEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 9653: zero checksums only when both sides announced the DTLS error detection method. */
class ZeroChecksumTest {
    private static List<byte[]> capture(boolean zero) {
        return run(new Pair(70, Pair.delay(5), c -> c.zeroChecksum(zero)));
    }

    private static List<byte[]> run(Pair pair) {
        List<byte[]> seen = new ArrayList<>();
        pair.connect();
        pair.sim.tap(tapAll(seen));
        pair.a.assoc.send(pair.sim.now(), 0, 53, new byte[5000], SendOptions.RELIABLE);
        assertTrue(pair.sim.runUntil(() -> pair.b.messages.size() == 1, Duration.ofSeconds(5)));
        return seen;
    }

    private static PacketTap tapAll(List<byte[]> seen) {
        return e -> {
            if (e.kind() == TraceEvent.Kind.SEND) {
                seen.add(e.datagram().payload());
            }
        };
    }

    private static long checksum(byte[] p) {
        return ((p[8] & 0xffL) << 24) | ((p[9] & 0xff) << 16) | ((p[10] & 0xff) << 8) | (p[11] & 0xff);
    }

    @Test
    void bothSidesAnnouncedSoDataPacketsCarryZero() {
        List<byte[]> seen = capture(true);
        assertTrue(seen.size() > 3);
        seen.forEach(p -> assertEquals(0, checksum(p)));
    }

    @Test
    void withoutTheAnnouncementEveryPacketHasACrc() {
        List<byte[]> seen = capture(false);
        seen.forEach(p -> assertNotEquals(0, checksum(p)));
    }
}
