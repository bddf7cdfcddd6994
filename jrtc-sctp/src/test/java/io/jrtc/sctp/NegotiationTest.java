package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Simulation;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NegotiationTest {
    /** Two peers with different settings on a 10 ms link. */
    private static Peer[] connect(SctpConfig ca, SctpConfig cb) {
        Simulation sim = Simulation.seeded(80);
        Host ha = sim.host("10.0.0.1");
        Host hb = sim.host("10.0.0.2");
        sim.link(ha, hb, LinkConditions.builder().delay(Duration.ofMillis(10)).build());
        Peer a = new Peer("a", ca, ha.address(5000));
        Peer b = new Peer("b", cb, hb.address(5000));
        a.remote = b.local;
        b.remote = a.local;
        sim.bind(ha, 5000, a);
        sim.bind(hb, 5000, b);
        a.assoc.connect(0);
        assertTrue(sim.runUntil(() -> a.connected() && b.connected(), Duration.ofSeconds(5)));
        a.assoc.send(sim.now(), 1, 53, new byte[5000], SendOptions.RELIABLE);
        assertTrue(sim.runUntil(() -> b.messages.size() == 1, Duration.ofSeconds(5)));
        return new Peer[] {a, b};
    }

    @Test
    void iDataOnlyWhenBothAnnounceIt() {
        Peer[] p = connect(SctpConfig.builder().random(new Random(1)).build(),
                SctpConfig.builder().random(new Random(2)).announceIData(false).build());
        assertFalse(p[0].assoc.interleaving());
        assertFalse(p[1].assoc.interleaving());
        assertTrue(p[0].assoc.partialReliability());
    }

    @Test
    void zeroChecksumOnlyTowardsAPeerThatAcceptsIt() {
        Peer[] p = connect(SctpConfig.builder().random(new Random(1)).zeroChecksum(true).build(),
                SctpConfig.builder().random(new Random(2)).build());
        assertEquals(0, p[1].assoc.stats().badChecksums(), "a never sent zero checksums to b");
    }

    @Test
    void determinismSameSeedSameRun() {
        String first = run();
        assertEquals(first, run());
    }

    private static String run() {
        Pair p = new Pair(81, ReliableTransferTest.hostile()).connect();
        Bulk bulk = new Bulk(p, 2_000_000, 10_000, SendOptions.RELIABLE, 1, 100_000);
        bulk.start();
        assertTrue(p.sim.runUntil(bulk::done, Duration.ofMinutes(30)));
        return p.sim.now() + " " + p.a.assoc.stats() + " " + p.b.assoc.stats();
    }

    @Test
    void sendBeyondThePeersStreamsIsRejected() {
        Pair p = new Pair(82, Pair.delay(5)).connect();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> p.a.assoc.send(p.sim.now(), 65_535, 53, new byte[1], SendOptions.RELIABLE));
    }

    @Test
    void silentPeerIsDetectedByHeartbeats() {
        Pair p = new Pair(83, Pair.delay(5), c -> c.heartbeatInterval(Duration.ofSeconds(1)).maxRetransmissions(3)).connect();
        p.sim.unbind(p.b);
        assertTrue(p.sim.runUntil(p.a::closed, Duration.ofMinutes(1)));
        SctpEvent.Closed c = (SctpEvent.Closed) p.a.events.stream().filter(e -> e instanceof SctpEvent.Closed).findFirst().orElseThrow();
        assertTrue(c.reason().contains("heartbeats"), c.reason());
        assertTrue(c.aborted());
    }
}
