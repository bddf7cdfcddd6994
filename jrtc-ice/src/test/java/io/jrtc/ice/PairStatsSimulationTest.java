package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-pair counters and round-trip times ({@link IceAgent#pairStats()}) in virtual time: with a
 * fixed one-way delay and no jitter the measured round trip is exactly twice the delay, since
 * agents answer a check at the instant it arrives.
 */
class PairStatsSimulationTest {
    private static final long MS = 1_000_000L;

    private static IceWorld connected(long seed, Duration oneWay) {
        IceWorld w = new IceWorld(seed, null, null);
        w.sim.defaultConditions(LinkConditions.builder().delay(oneWay).build());
        w.peers(IceWorld.config(seed, IceRole.CONTROLLING), IceWorld.config(seed + 1, IceRole.CONTROLLED))
                .directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        return w;
    }

    private static IcePairStats selected(SimPeer p) {
        List<IcePairStats> selected = p.agent.pairStats().stream().filter(IcePairStats::selected).toList();
        assertEquals(1, selected.size(), () -> p + ": " + p.agent.pairStats());
        return selected.get(0);
    }

    @Test
    void roundTripIsTwiceTheOneWayDelayOnBothSides() {
        IceWorld w = connected(71, Duration.ofMillis(40));
        for (SimPeer p : List.of(w.a, w.b)) {
            IcePairStats s = selected(p);
            assertEquals(80 * MS, s.currentRoundTripTimeNanos(), p + ": " + s);
            assertEquals(0.080, s.currentRoundTripTimeSeconds(), 1e-12);
            assertTrue(s.roundTripTimeMeasurements() >= 1, s::toString);
            assertEquals(80 * MS * s.roundTripTimeMeasurements(), s.totalRoundTripTimeNanos(), s::toString);
            assertEquals(IcePairStats.State.SUCCEEDED, s.state());
            assertTrue(s.nominated());
        }
    }

    @Test
    void countersAgreeBetweenThePeersOnALosslessLink() {
        IceWorld w = connected(72, Duration.ofMillis(40));
        w.sim.runFor(Duration.ofSeconds(30));
        IcePairStats a = selected(w.a);
        IcePairStats b = selected(w.b);
        for (IcePairStats s : List.of(a, b)) {
            assertTrue(s.requestsSent() > 0 && s.responsesReceived() > 0, s::toString);
            assertTrue(s.responsesReceived() <= s.requestsSent(), s::toString);
            assertTrue(s.consentRequestsSent() <= s.requestsSent(), s::toString);
            assertEquals(s.requestsReceived(), s.responsesSent(), s::toString);
            assertTrue(s.roundTripTimeMeasurements() <= s.responsesReceived(), s::toString);
        }
        // Nothing is lost or duplicated and RTT < RTO (no retransmission): every request that has
        // had time to be answered was answered once, and every answer was timed.
        assertTrue(a.requestsSent() - a.responsesReceived() <= 1, a::toString);
        assertEquals(a.responsesReceived(), a.roundTripTimeMeasurements(), a::toString);
        assertTrue(b.requestsReceived() >= a.responsesReceived() && b.requestsReceived() <= a.requestsSent(),
                () -> a + "\n" + b);
        assertTrue(a.requestsReceived() >= b.responsesReceived() && a.requestsReceived() <= b.requestsSent(),
                () -> a + "\n" + b);
        // Stats from the whole check list: only the selected pair is on this host-only link.
        assertEquals(1, w.a.agent.pairStats().size(), () -> w.a.agent.pairStats().toString());
    }

    @Test
    void consentChecksKeepTheRoundTripUpdatingOnAConnectedPair() {
        IceWorld w = connected(73, Duration.ofMillis(40));
        IcePairStats before = selected(w.a);
        w.sim.runFor(Duration.ofSeconds(60));
        IcePairStats after = selected(w.a);
        long consent = after.consentRequestsSent() - before.consentRequestsSent();
        // RFC 7675 §5.1: every 4-6 s (5 s jittered by 0.8-1.2).
        assertTrue(consent >= 10 && consent <= 15, "consent checks in 60 s: " + consent);
        assertTrue(after.roundTripTimeMeasurements() - before.roundTripTimeMeasurements() >= consent - 1,
                () -> before + "\n" + after);

        // The path gets slower: the next consent checks measure the new round trip.
        w.sim.link(w.hostA, w.hostB, LinkConditions.builder().delay(Duration.ofMillis(100)).build());
        w.sim.runFor(Duration.ofSeconds(15));
        IcePairStats slower = selected(w.a);
        assertEquals(200 * MS, slower.currentRoundTripTimeNanos(), slower::toString);
        assertTrue(slower.totalRoundTripTimeNanos() > after.totalRoundTripTimeNanos() + 200 * MS, slower::toString);
        assertTrue(w.a.connected(), w::status);
    }

    @Test
    void responsesToRetransmittedRequestsAreCountedButNotTimed() {
        // 2 x 200 ms exceeds the 250 ms RTO: every request is retransmitted before its answer
        // comes, so no answer can be attributed to one transmission (Karn's algorithm).
        IceWorld w = connected(74, Duration.ofMillis(200));
        w.sim.runFor(Duration.ofSeconds(20));
        IcePairStats a = selected(w.a);
        assertTrue(a.responsesReceived() > 0 && a.consentRequestsSent() > 0, a::toString);
        assertTrue(a.responsesReceived() <= a.requestsSent(), a::toString);
        assertEquals(0, a.roundTripTimeMeasurements(), a::toString);
        assertEquals(-1, a.currentRoundTripTimeNanos(), a::toString);
        assertTrue(Double.isNaN(a.currentRoundTripTimeSeconds()));
        assertEquals(0, a.totalRoundTripTimeNanos());

        // With a longer RTO the same path is timed exactly.
        IceWorld slowRto = new IceWorld(75, null, null);
        slowRto.sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(200)).build());
        slowRto.peers(IceWorld.config(75, IceRole.CONTROLLING).checkRto(Duration.ofMillis(500)),
                IceWorld.config(76, IceRole.CONTROLLED).checkRto(Duration.ofMillis(500))).directSignaling().start();
        assertTrue(slowRto.runUntilConnected(Duration.ofSeconds(10)), slowRto::status);
        assertEquals(400 * MS, selected(slowRto.a).currentRoundTripTimeNanos());
    }

    @Test
    void applicationDataIsCountedWithItsTimes() {
        IceWorld w = connected(77, Duration.ofMillis(40));
        IcePairStats before = selected(w.a);
        assertEquals(IcePairStats.NEVER, before.lastPacketSentNanos(), before::toString);
        long sentAt = w.sim.now();
        assertTrue(w.a.send("hello"));
        assertTrue(w.a.send("world!"));
        w.sim.runFor(Duration.ofMillis(100));
        IcePairStats a = selected(w.a);
        IcePairStats b = selected(w.b);
        assertEquals(2, a.packetsSent());
        assertEquals(11, a.bytesSent());
        assertEquals(sentAt, a.lastPacketSentNanos());
        assertEquals(2, b.packetsReceived());
        assertEquals(11, b.bytesReceived());
        assertEquals(sentAt + 40 * MS, b.lastPacketReceivedNanos());
        assertEquals(IcePairStats.NEVER, b.lastPacketSentNanos());
        assertFalse(b.packetsSent() > 0);
    }

    @Test
    void duringARestartTheOldSelectedPairKeepsCountingUntilANewOneIsSelected() {
        IceWorld w = connected(78, Duration.ofMillis(40));
        IcePairStats old = selected(w.a);
        w.a.agent.restart(w.sim.now());
        w.b.agent.restart(w.sim.now());
        w.a.drain();
        w.b.drain();
        // The check list is new (new candidates trickled already); the old selected pair is no
        // longer in it but is still reported, last, and keeps counting.
        List<IcePairStats> during = w.a.agent.pairStats();
        IcePairStats stillSelected = during.get(during.size() - 1);
        assertTrue(stillSelected.selected(), during::toString);
        assertEquals(old.local(), stillSelected.local());
        assertEquals(old.requestsSent(), stillSelected.requestsSent());
        assertEquals(1, during.stream().filter(IcePairStats::selected).count(), during::toString);
        assertTrue(w.a.send("during"));
        assertEquals(1, selected(w.a).packetsSent());

        w.a.agent.setRemoteCredentials(w.b.agent.localCredentials());
        w.b.agent.setRemoteCredentials(w.a.agent.localCredentials());
        assertTrue(w.sim.runUntil(() -> selected(w.a).packetsSent() == 0 && w.a.connected(), Duration.ofSeconds(10)),
                w::status);
        // A fresh pair of the new generation, with its own counters and round trip.
        IcePairStats fresh = selected(w.a);
        assertEquals(80 * MS, fresh.currentRoundTripTimeNanos(), fresh::toString);
        assertEquals(0, fresh.consentRequestsSent(), fresh::toString);
        assertEquals(1, w.a.agent.pairStats().stream().filter(IcePairStats::selected).count());
    }
}
