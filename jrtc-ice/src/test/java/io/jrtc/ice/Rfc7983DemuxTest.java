package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 7983 §7: only first bytes 0-3 are STUN. DTLS records (20-63) records on a
 * validated pair must come out as data, not be dropped as malformed STUN.
 */
class Rfc7983DemuxTest {
    @Test
    void dtlsFirstBytesAreDataNotStun() {
        IceWorld w = new IceWorld(83, null, null).peers(IceWorld.config(83, IceRole.CONTROLLING),
                IceWorld.config(84, IceRole.CONTROLLED)).directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        long malformedBefore = w.b.agent.stats().droppedMalformed();
        for (String s : List.of("\u0016dtls-handshake", "\u0014dtls-ccs", "?dtls-63")) {
            assertTrue(w.a.send(s));
        }
        assertTrue(w.sim.runUntil(() -> w.b.received.size() == 3, Duration.ofSeconds(1)), w::status);
        assertEquals(List.of("\u0016dtls-handshake", "\u0014dtls-ccs", "?dtls-63"), w.b.received);
        assertEquals(malformedBefore, w.b.agent.stats().droppedMalformed());
    }
}
