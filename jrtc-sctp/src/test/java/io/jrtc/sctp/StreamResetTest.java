package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6525 outgoing stream resets, one side, both sides crossing, and under loss. */
class StreamResetTest {
    private static boolean has(Peer p, SctpEvent e) {
        return p.events.contains(e);
    }

    @Test
    void resetAfterQueuedDataRestartsSequenceNumbers() {
        Pair p = new Pair(30, Pair.delay(10)).connect();
        for (int i = 0; i < 5; i++) {
            p.a.assoc.send(p.sim.now(), 4, 53, new byte[] {(byte) i}, SendOptions.RELIABLE);
        }
        p.a.assoc.resetStream(4);
        SctpEvent out = new SctpEvent.OutgoingStreamsReset(List.of(4));
        SctpEvent in = new SctpEvent.IncomingStreamsReset(List.of(4));
        assertTrue(p.sim.runUntil(() -> has(p.a, out) && has(p.b, in), Duration.ofSeconds(5)));
        assertEquals(5, p.b.messages.size(), "data queued before the reset arrives first");
        // the stream is reused from SSN/MID 0 and still delivers in order
        p.a.assoc.send(p.sim.now(), 4, 53, new byte[] {9}, SendOptions.RELIABLE);
        assertTrue(p.sim.runUntil(() -> p.b.messages.size() == 6, Duration.ofSeconds(5)));
    }

    @Test
    void crossingResetsBothComplete() {
        for (boolean idata : new boolean[] {true, false}) {
            Pair p = new Pair(31, LinkConditions.builder().delay(Duration.ofMillis(20)).loss(0.2).build(),
                    c -> c.announceIData(idata)).connect();
            p.a.assoc.send(p.sim.now(), 2, 53, new byte[3000], SendOptions.RELIABLE);
            p.b.assoc.send(p.sim.now(), 2, 53, new byte[3000], SendOptions.RELIABLE);
            p.a.assoc.resetStream(2);
            p.b.assoc.resetStream(2);
            assertTrue(p.sim.runUntil(() -> has(p.a, new SctpEvent.OutgoingStreamsReset(List.of(2)))
                    && has(p.b, new SctpEvent.OutgoingStreamsReset(List.of(2)))
                    && has(p.a, new SctpEvent.IncomingStreamsReset(List.of(2)))
                    && has(p.b, new SctpEvent.IncomingStreamsReset(List.of(2))), Duration.ofMinutes(1)));
            assertEquals(1, p.a.messages.size());
            assertEquals(1, p.b.messages.size());
        }
    }
}
