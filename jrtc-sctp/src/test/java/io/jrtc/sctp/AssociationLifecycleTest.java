package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AssociationLifecycleTest {
    private static SctpEvent.Closed closed(Peer p) {
        return p.events.stream().filter(e -> e instanceof SctpEvent.Closed).map(e -> (SctpEvent.Closed) e).findFirst().orElseThrow();
    }

    @Test
    void shutdownDeliversQueuedDataThenClosesBothSides() {
        Pair p = new Pair(3, Pair.delay(15)).connect();
        byte[] big = new byte[200_000];
        new Random(1).nextBytes(big);
        p.a.assoc.send(p.sim.now(), 0, 53, big, SendOptions.RELIABLE);
        p.a.assoc.shutdown(p.sim.now());
        assertThrows(IllegalStateException.class, () -> p.a.assoc.send(p.sim.now(), 0, 53, big, SendOptions.RELIABLE));
        assertTrue(p.sim.runUntil(() -> p.a.closed() && p.b.closed(), Duration.ofSeconds(10)));
        assertArrayEquals(big, p.b.messages.get(0).data());
        assertFalse(closed(p.a).aborted());
        assertFalse(closed(p.b).aborted());
        assertEquals(SctpState.CLOSED, p.b.assoc.state());
    }

    @Test
    void shutdownFromBothSidesAtOnce() {
        Pair p = new Pair(4, Pair.delay(15)).connect();
        p.a.assoc.shutdown(p.sim.now());
        p.b.assoc.shutdown(p.sim.now());
        assertTrue(p.sim.runUntil(() -> p.a.closed() && p.b.closed(), Duration.ofSeconds(10)));
    }

    @Test
    void abortReachesThePeerWithItsReason() {
        Pair p = new Pair(5, Pair.delay(15)).connect();
        p.a.assoc.abort("going away");
        assertTrue(p.sim.runUntil(p.b::closed, Duration.ofSeconds(5)));
        assertTrue(closed(p.b).aborted());
        assertTrue(closed(p.b).reason().contains("going away"), closed(p.b).reason());
        assertTrue(closed(p.a).aborted());
    }

    @Test
    void unreachablePeerFailsAfterMaxRetransmissions() {
        Pair p = new Pair(6, Pair.delay(15)).connect();
        p.sim.link(p.sim.host("10.9.9.9"), p.sim.host("10.9.9.8")); // unrelated, keeps the world busy
        p.sim.unbind(p.b);
        p.a.assoc.send(p.sim.now(), 0, 53, new byte[] {1}, SendOptions.RELIABLE);
        assertTrue(p.sim.runUntil(p.a::closed, Duration.ofMinutes(10)));
        assertTrue(closed(p.a).reason().contains("unreachable"), closed(p.a).reason());
    }

    @Test
    void handshakeSurvivesLossOfEveryFirstAttempt() {
        Pair p = new Pair(8, LinkConditions.builder().delay(Duration.ofMillis(10)).loss(0.4).build());
        p.a.assoc.connect(0);
        assertTrue(p.sim.runUntil(() -> p.a.connected() && p.b.connected(), Duration.ofMinutes(2)));
    }

    @Test
    void idleAssociationSendsHeartbeatsAndStaysUp() {
        Pair p = new Pair(9, Pair.delay(40)).connect();
        p.sim.runFor(Duration.ofMinutes(3));
        assertEquals(SctpState.ESTABLISHED, p.a.assoc.state());
        assertTrue(p.a.assoc.stats().packetsSent() >= 5, "heartbeats: " + p.a.assoc.stats());
        assertTrue(p.a.assoc.stats().srttNanos() >= 80_000_000L);
    }

    @Test
    void garbageIsDroppedAndCountedAndTheAssociationSurvives() {
        Pair p = new Pair(10, Pair.delay(10)).connect();
        SctpPacket probe = firstPacket(p.a);
        long tag = probe.verificationTag();
        long tsn = ((IDataChunk) probe.chunks().get(probe.chunks().size() - 1)).tsn();
        Random r = new Random(10);
        long before = p.b.assoc.stats().packetsReceived();
        for (int i = 0; i < 500; i++) {
            byte[] junk = new byte[12 + r.nextInt(200)];
            r.nextBytes(junk);
            p.b.assoc.handleInput(p.sim.now(), junk);
        }
        // well-formed packets with garbage chunks and the right tag
        for (int i = 0; i < 200; i++) {
            byte[] v = new byte[r.nextInt(40)];
            r.nextBytes(v);
            int type = 0x83 + r.nextInt(0x3c);
            Chunk c = new UnknownChunk(type == Chunk.PAD ? 0x83 : type, r.nextInt(256), v); // PAD is known (RFC 4820)
            byte[] wire = new SctpPacket(5000, 5000, tag, List.of(c)).encode();
            p.b.assoc.handleInput(p.sim.now(), wire);
        }
        // DATA far outside the window
        byte[] far = new SctpPacket(5000, 5000, tag, List.of(new IDataChunk(false, true, true, false,
                (tsn + 200_000) & 0xffffffffL, 0, 0, 53, new byte[] {1}))).encode();
        p.b.assoc.handleInput(p.sim.now(), far);
        SctpStats s = p.b.assoc.stats();
        assertEquals(before + 701, s.packetsReceived());
        assertTrue(s.badChecksums() + s.malformedPackets() >= 500);
        assertEquals(200, s.unknownChunks());
        assertEquals(1, s.outOfWindowTsns());
        p.a.assoc.send(p.sim.now(), 0, 53, new byte[] {42}, SendOptions.RELIABLE);
        assertTrue(p.sim.runUntil(() -> p.b.messages.size() == 1, Duration.ofSeconds(5)));
    }

    @Test
    void wrongVerificationTagIsDropped() {
        Pair p = new Pair(11, Pair.delay(10)).connect();
        byte[] wire = new SctpPacket(5000, 5000, firstPacket(p.a).verificationTag() + 1, List.of(new AbortChunk(false, List.of()))).encode();
        p.b.assoc.handleInput(p.sim.now(), wire);
        assertEquals(1, p.b.assoc.stats().badVerificationTags());
        assertEquals(SctpState.ESTABLISHED, p.b.assoc.state());
    }

    /** The next packet the sender emits after queueing one message (it never reaches the peer). */
    private static SctpPacket firstPacket(Peer sender) {
        sender.assoc.send(0, 9, 53, new byte[] {0}, SendOptions.RELIABLE);
        Datagram d = sender.pollTransmit();
        try {
            return SctpPacket.parse(d.payload());
        } catch (SctpParseException e) {
            throw new AssertionError(e);
        }
    }
}
