package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.StunMessage;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.Trace;
import io.jrtc.testkit.TraceEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consent freshness (RFC 7675), keepalives and ICE restart (RFC 8445 §9) in simulation. */
class ConsentAndRestartTest {
    @Test
    void consentExpiresWhenThePeerGoesSilentThenOnlyChecksAreSent() {
        IceWorld w = new IceWorld(51, NatType.PORT_RESTRICTED, null).peersWithStun(51).directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        w.sim.runFor(Duration.ofSeconds(20));
        assertTrue(w.a.connected(), "consent checks keep a healthy pair up: " + w.status());
        long silentAt = w.sim.now();
        w.sim.unbind(w.b);

        assertTrue(w.sim.runUntil(() -> w.a.state() == IceConnectionState.DISCONNECTED, Duration.ofSeconds(15)), w::status);
        assertTrue(w.a.send("still allowed while disconnected"));
        assertTrue(w.sim.runUntil(() -> w.a.state() == IceConnectionState.FAILED, Duration.ofSeconds(30)), w::status);
        long lostAfter = w.sim.now() - silentAt;
        // Lost 30 s after the last response, which came at most one consent interval (6 s) before silence.
        assertTrue(lostAfter >= Duration.ofSeconds(24).toNanos() && lostAfter <= Duration.ofSeconds(31).toNanos(),
                "consent lost after " + lostAfter);
        assertEquals(List.of(IceConnectionState.CHECKING, IceConnectionState.CONNECTED, IceConnectionState.COMPLETED,
                IceConnectionState.DISCONNECTED, IceConnectionState.FAILED), w.a.states);
        assertFalse(w.a.send("not after consent is lost"));

        Trace trace = new Trace();
        w.sim.tap(trace);
        w.sim.runFor(Duration.ofSeconds(30));
        List<TraceEvent> sent = trace.events().stream().filter(e -> e.kind() == TraceEvent.Kind.SEND).toList();
        assertFalse(sent.isEmpty(), "consent checks continue");
        for (TraceEvent e : sent) {
            StunMessage m = StunMessage.decode(e.datagram().payload());
            assertEquals(io.jrtc.stun.StunMessageType.BINDING_REQUEST, m.type(), "only checks after consent loss");
        }
    }

    @Test
    void disconnectedRecoversWhenThePeerComesBack() {
        IceWorld w = new IceWorld(55, NatType.FULL_CONE, null).peersWithStun(55).directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        w.sim.runFor(Duration.ofSeconds(10));
        w.sim.unbind(w.b);
        assertTrue(w.sim.runUntil(() -> w.a.state() == IceConnectionState.DISCONNECTED, Duration.ofSeconds(15)), w::status);
        w.sim.bind(w.hostB, 5000, w.b);
        assertTrue(w.sim.runUntil(() -> w.a.state() == IceConnectionState.COMPLETED, Duration.ofSeconds(10)), w::status);
        assertEquals(List.of(IceConnectionState.CHECKING, IceConnectionState.CONNECTED, IceConnectionState.COMPLETED,
                IceConnectionState.DISCONNECTED, IceConnectionState.COMPLETED), w.a.states);
    }

    @Test
    void tenMinutesOnALossyLinkStayConnected() {
        IceWorld w = new IceWorld(56, NatType.PORT_RESTRICTED, NatType.PORT_RESTRICTED);
        w.sim.defaultConditions(io.jrtc.testkit.LinkConditions.builder().delay(Duration.ofMillis(40))
                .jitter(Duration.ofMillis(10)).loss(0.05).build());
        w.peersWithStun(56).directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        for (int minute = 0; minute < 10; minute++) {
            w.sim.runFor(Duration.ofMinutes(1));
            assertTrue(w.a.connected() && w.b.connected(), "minute " + minute + ": " + w.status());
            assertTrue(w.a.send("minute " + minute));
        }
        // Nothing accumulates: finished transactions are forgotten.
        assertTrue(w.a.agent.toString().contains("transactions=0") || w.a.agent.toString().contains("transactions=1"),
                w.a.agent::toString);
        assertTrue(w.b.received.size() >= 8, "data delivered: " + w.b.received.size());
    }

    @Test
    void keepalivesFlowOnAnIdlePair() {
        IceWorld w = new IceWorld(52, NatType.FULL_CONE, null).peersWithStun(52).directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        Trace trace = new Trace();
        w.sim.tap(trace);
        w.sim.runFor(Duration.ofSeconds(60));
        long fromA = trace.events().stream().filter(e -> e.kind() == TraceEvent.Kind.SEND
                && e.datagram().source().getAddress().equals(w.hostA.address())
                && StunMessage.decode(e.datagram().payload()).type().equals(io.jrtc.stun.StunMessageType.BINDING_REQUEST))
                .count();
        // One consent check per 4-6 s (RFC 7675 §5.1), no retransmissions on a perfect link.
        assertTrue(fromA >= 10 && fromA <= 15, "a sent " + fromA);
        assertEquals(IceConnectionState.COMPLETED, w.a.state());
    }

    @Test
    void restartWhileTrafficFlowsKeepsTheOldPairUntilTheNewOneWorks() {
        IceWorld w = new IceWorld(53, NatType.ADDRESS_RESTRICTED, NatType.FULL_CONE).peersWithStun(53)
                .directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        IceCredentials oldA = w.a.agent.localCredentials();
        int selectionsBefore = selections(w.a);

        // Traffic every 20 ms from a to b across the restart.
        int[] sent = {0};
        w.a.agent.restart(w.sim.now());
        w.b.agent.restart(w.sim.now());
        w.a.drain();
        w.b.drain();
        assertNotEquals(oldA, w.a.agent.localCredentials());
        w.a.agent.setRemoteCredentials(w.b.agent.localCredentials());
        w.b.agent.setRemoteCredentials(w.a.agent.localCredentials());
        for (int i = 0; i < 100; i++) {
            assertTrue(w.a.send("m" + i), "the old pair carries traffic during the restart, message " + i);
            sent[0]++;
            w.sim.runFor(Duration.ofMillis(20));
        }
        assertTrue(w.sim.runUntil(() -> w.b.received.size() == sent[0], Duration.ofSeconds(1)), w::status);
        assertEquals(selectionsBefore + 1, selections(w.a), "a new pair was selected: " + w.status());
        assertTrue(w.a.connected() && w.b.connected());
        // The new candidates carry the new ufrag and generation 1.
        IceCandidate last = w.a.localCandidates.get(w.a.localCandidates.size() - 1);
        assertEquals(w.a.agent.localCredentials().ufrag(), last.ufrag().orElseThrow());
        assertEquals(1, last.generation().orElseThrow());
        // Consent now runs with the new credentials: a minute later the pair is still up.
        w.sim.runFor(Duration.ofSeconds(60));
        assertTrue(w.a.connected() && w.b.connected(), w::status);
    }

    @Test
    void restartByTheControlledPeerAloneIsFollowedByANewNomination() {
        IceWorld w = new IceWorld(54, null, NatType.PORT_RESTRICTED).peersWithStun(54).directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        int before = selections(w.a);
        w.b.agent.restart(w.sim.now());
        w.b.drain();
        w.a.agent.setRemoteCredentials(w.b.agent.localCredentials());
        assertTrue(w.sim.runUntil(() -> selections(w.a) == before + 1 && w.b.connected(), Duration.ofSeconds(10)), w::status);
        assertTrue(w.a.send("after"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("after"), Duration.ofSeconds(1)));
    }

    private static int selections(SimPeer p) {
        return (int) p.events.stream().filter(IceEvent.SelectedPairChanged.class::isInstance).count();
    }
}
