package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sctp.internal.PacketBuilder;
import io.jrtc.testkit.Datagram;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6525 §5.1.5, §5.2.5, §5.2.6: streams are added on request, so more than the initial count can be used. */
class AddStreamsTest {
    /** a announces 65,535 incoming streams, b only {@code bStreams}. */
    private static Pair pairWithBStreams(long seed, int bStreams) {
        Pair q = new Pair(seed + 1, Pair.delay(10), c -> c.inboundStreams(bStreams));
        return new Pair(seed, Pair.delay(10), c -> c).withB(q.b);
    }

    private static List<SctpEvent.StreamCountChanged> counts(Peer p) {
        return p.events.stream().filter(e -> e instanceof SctpEvent.StreamCountChanged)
                .map(e -> (SctpEvent.StreamCountChanged) e).toList();
    }

    @Test
    void theSmallerAnnouncedCountLimitsSendingUntilStreamsAreAdded() {
        Pair p = pairWithBStreams(1000, 4).connect();
        assertEquals(4, p.a.assoc.outgoingStreams());
        assertEquals(4, p.b.assoc.incomingStreams());
        assertThrows(IllegalArgumentException.class,
                () -> p.a.assoc.send(p.sim.now(), 10, 53, new byte[] {1}, SendOptions.RELIABLE));
        p.a.assoc.addOutgoingStreams(16);
        assertTrue(p.sim.runUntil(() -> !counts(p.a).isEmpty() && !counts(p.b).isEmpty(), Duration.ofSeconds(5)));
        assertEquals(20, p.a.assoc.outgoingStreams(), "performed by the peer (§5.2.5)");
        assertEquals(20, p.b.assoc.incomingStreams());
        assertEquals(20, counts(p.a).get(0).outgoingStreams());
        p.a.assoc.send(p.sim.now(), 10, 53, new byte[] {7, 7}, SendOptions.RELIABLE);
        assertTrue(p.sim.runUntil(() -> !p.b.messages.isEmpty(), Duration.ofSeconds(5)));
        assertEquals(10, p.b.messages.get(0).streamId());
        assertArrayEquals(new byte[] {7, 7}, p.b.messages.get(0).data());
    }

    @Test
    void aRequestBeyond65535StreamsIsDenied() {
        Pair p = new Pair(1001, Pair.delay(10)).connect();
        assertEquals(65_535, p.a.assoc.outgoingStreams());
        p.a.assoc.addOutgoingStreams(1);
        assertTrue(p.sim.runUntil(() -> p.a.events.stream().anyMatch(e -> e instanceof SctpEvent.AddStreamsDenied),
                Duration.ofSeconds(5)));
        assertEquals(65_535, p.a.assoc.outgoingStreams());
        assertThrows(IllegalArgumentException.class, () -> p.a.assoc.addOutgoingStreams(0));
    }

    @Test
    void anAddIncomingStreamsRequestIsAnsweredByAddingOutgoingStreams() {
        Pair q = pairWithBStreams(1003, 6).connect();
        assertEquals(6, q.a.assoc.outgoingStreams());
        // b (the side with 6 incoming streams) sends an Add Incoming Streams Request for 10 (§4.6)
        PacketBuilder pb = new PacketBuilder(5000, 5000, q.a.assoc.localTag, 1200);
        SctpPacket.encodeChunk(pb.writer(), new ReconfigChunk(List.of(
                new AddStreamsRequestParameter(false, q.b.assoc.localInitialTsn, 10))));
        q.sim.send(q.hb, new Datagram(q.b.local, q.a.local, pb.finish(false)));
        assertTrue(q.sim.runUntil(() -> !counts(q.a).isEmpty(), Duration.ofSeconds(5)));
        assertEquals(16, q.a.assoc.outgoingStreams(), "a added 10 outgoing streams with its own request (§5.2.6)");
        assertEquals(16, q.b.assoc.incomingStreams());
    }

    @Test
    void addStreamsRequestsSurviveTheParser() throws SctpParseException {
        PacketBuilder pb = new PacketBuilder(5000, 5000, 1, 1200);
        ReconfigChunk rc = new ReconfigChunk(List.of(new AddStreamsRequestParameter(true, 77, 3),
                new AddStreamsRequestParameter(false, 78, 65_535)));
        SctpPacket.encodeChunk(pb.writer(), rc);
        SctpPacket parsed = SctpPacket.parse(pb.finish(false), false);
        assertEquals(rc, parsed.chunks().get(0));
    }
}
