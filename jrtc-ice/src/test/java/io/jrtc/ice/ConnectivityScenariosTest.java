package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.Trace;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two agents in a simulated network: impairments, roles, lite, gathering. */
class ConnectivityScenariosTest {
    @Test
    void hostToHostGathersServerReflexiveAndCompletes() {
        IceWorld w = new IceWorld(1, NatType.FULL_CONE, null).peersWithStun(1).directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        assertTrue(w.sim.runUntil(() -> w.a.state() == IceConnectionState.COMPLETED
                && w.b.state() == IceConnectionState.COMPLETED, Duration.ofSeconds(15)), w::status);
        // a is behind a NAT: a host candidate and a srflx one whose raddr/rport is the host base.
        IceCandidate srflx = w.a.localCandidates.stream().filter(c -> c.type() == IceCandidateType.SRFLX)
                .findFirst().orElseThrow();
        assertEquals("203.0.113.1", srflx.address());
        assertEquals("10.0.0.1", srflx.relatedAddress().orElseThrow());
        assertEquals(5000, srflx.relatedPort());
        assertEquals(w.a.agent.localCredentials().ufrag(), srflx.ufrag().orElseThrow());
        // b is public: the STUN server reports its host address, so no duplicate srflx.
        assertEquals(List.of(IceCandidateType.HOST), w.b.localCandidates.stream().map(IceCandidate::type).toList());
        assertEquals(IceGatheringState.COMPLETE, w.a.agent.gatheringState());
        assertEquals(List.of(IceConnectionState.CHECKING, IceConnectionState.CONNECTED, IceConnectionState.COMPLETED),
                w.a.states);
        assertEquals(IceRole.CONTROLLING, w.a.agent.role());
        assertEquals(IceRole.CONTROLLED, w.b.agent.role());
    }

    @Test
    void unreachableStunServerGivesCandidateErrorAndStillCompletesGathering() {
        IceWorld w = new IceWorld(2, null, null);
        w.peers(IceWorld.config(2, IceRole.CONTROLLING).stunServer(new java.net.InetSocketAddress("192.0.2.200", 3478)),
                IceWorld.config(3, IceRole.CONTROLLED)).directSignaling().start();
        assertTrue(w.sim.runUntil(() -> w.a.agent.gatheringState() == IceGatheringState.COMPLETE, Duration.ofSeconds(20)));
        IceEvent.CandidateError e = w.a.events.stream().filter(IceEvent.CandidateError.class::isInstance)
                .map(IceEvent.CandidateError.class::cast).findFirst().orElseThrow();
        assertEquals(701, e.errorCode());
        assertEquals("stun:192.0.2.200:3478", e.url());
        assertEquals(w.hostA.address().getHostAddress(), e.address());
        assertEquals(5000, e.port());
        assertTrue(w.a.connected());
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void connectsDespiteLossAndReordering(long seed) {
        IceWorld w = new IceWorld(seed, NatType.PORT_RESTRICTED, NatType.ADDRESS_RESTRICTED);
        w.sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(30)).jitter(Duration.ofMillis(20))
                .jitterMayReorder(true).loss(0.1).reorder(0.2, Duration.ofMillis(40)).duplication(0.05).build());
        w.peersWithStun(seed).directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(20)), w::status);
        // Both selected the same path: a's remote is b's NAT mapping, which b sees as its srflx or prflx.
        assertTrue(w.a.selectedRemote().getAddress().equals(w.natB.publicAddress()), w::status);
        assertTrue(w.b.selectedRemote().getAddress().equals(w.natA.publicAddress()), w::status);
        // And it stays up through the loss: consent checks are retransmitted.
        w.sim.runFor(Duration.ofSeconds(60));
        assertTrue(w.a.connected() && w.b.connected(), w::status);
        assertTrue(w.a.send("still here"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("still here") || !w.a.send("still here"), Duration.ofSeconds(2)));
    }

    @Test
    void bothControllingResolveTheRoleConflict() {
        IceWorld w = new IceWorld(21, null, null);
        w.peers(IceWorld.config(21, IceRole.CONTROLLING), IceWorld.config(22, IceRole.CONTROLLING)).directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        assertFalse(w.a.agent.role() == w.b.agent.role());
        assertTrue(w.a.agent.stats().roleConflicts() + w.b.agent.stats().roleConflicts() > 0);
        SimPeer switched = w.a.agent.role() == IceRole.CONTROLLED ? w.a : w.b;
        assertTrue(switched.events.contains(new IceEvent.RoleChanged(IceRole.CONTROLLED)));
    }

    @Test
    void bothControlledResolveTheRoleConflict() {
        IceWorld w = new IceWorld(23, null, null);
        w.peers(IceWorld.config(23, IceRole.CONTROLLED), IceWorld.config(24, IceRole.CONTROLLED)).directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        assertFalse(w.a.agent.role() == w.b.agent.role());
    }

    @Test
    void fullAgentTalksToLiteAgent() {
        IceWorld w = new IceWorld(31, NatType.PORT_RESTRICTED, null);
        w.peers(IceWorld.config(31, IceRole.CONTROLLED).stunServer(w.stun), IceWorld.config(32, IceRole.CONTROLLING).lite(true))
                .directSignaling();
        w.a.agent.setRemoteLite(true);
        w.start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        assertEquals(IceRole.CONTROLLING, w.a.agent.role());
        assertEquals(IceRole.CONTROLLED, w.b.agent.role());
        // The lite agent sends no checks of its own, only answers.
        assertEquals(0, w.b.agent.stats().checksSent());
        assertEquals(IceCandidateType.PRFLX, w.b.selectedRemoteType());
        assertTrue(w.b.send("from lite"));
        assertTrue(w.sim.runUntil(() -> w.a.received.contains("from lite"), Duration.ofSeconds(1)));
        // A minute later the pair is still up: consent checks from the full agent, and Binding
        // indications from the lite one, which sends nothing else while idle (RFC 8445 §11).
        Trace trace = new Trace();
        w.sim.tap(trace);
        w.sim.runFor(Duration.ofSeconds(60));
        assertTrue(w.a.connected() && w.b.connected(), w::status);
        long keepalives = trace.events().stream().filter(e -> e.kind() == io.jrtc.testkit.TraceEvent.Kind.SEND
                && e.datagram().source().getAddress().equals(w.hostB.address())
                && io.jrtc.stun.StunMessage.decode(e.datagram().payload()).type()
                        .equals(io.jrtc.stun.StunMessageType.BINDING_INDICATION)).count();
        assertTrue(keepalives >= 3 && keepalives <= 5, "lite keepalives in 60 s: " + keepalives);
    }

    @Test
    void relayPolicyAnnouncesAndUsesOnlyRelayCandidates() {
        IceWorld w = new IceWorld(33, null, null);
        w.peers(IceWorld.config(33, IceRole.CONTROLLING).stunServer(w.stun).transportPolicy(IceTransportPolicy.RELAY),
                IceWorld.config(34, IceRole.CONTROLLED)).directSignaling().start();
        w.sim.runFor(Duration.ofSeconds(10));
        assertTrue(w.a.localCandidates.isEmpty(), "no host or srflx candidate may leak: " + w.a.localCandidates);
        assertEquals(IceGatheringState.COMPLETE, w.a.agent.gatheringState());
        assertTrue(w.a.agent.selectedPair().isEmpty());
        assertEquals(0, w.a.agent.stats().checksSent());
        assertEquals(IceTransportPolicy.RELAY, IceTransportPolicy.fromString("relay"));
    }

    @Test
    void hostToHostOverIpv6() {
        io.jrtc.testkit.Simulation sim = io.jrtc.testkit.Simulation.seeded(35);
        io.jrtc.testkit.Host h1 = sim.host("2001:db8::1");
        io.jrtc.testkit.Host h2 = sim.host("2001:db8::2");
        SimPeer a = new SimPeer("a", IceWorld.config(35, IceRole.CONTROLLING).build());
        SimPeer b = new SimPeer("b", IceWorld.config(36, IceRole.CONTROLLED).build());
        a.agent.addHostAddress(sim.bind(h1, 5000, a));
        b.agent.addHostAddress(sim.bind(h2, 5000, b));
        a.signal = b.agent::addRemoteCandidate;
        b.signal = a.agent::addRemoteCandidate;
        a.agent.setRemoteCredentials(b.agent.localCredentials());
        b.agent.setRemoteCredentials(a.agent.localCredentials());
        a.agent.startGathering(0);
        b.agent.startGathering(0);
        a.drain();
        b.drain();
        assertTrue(sim.runUntil(() -> a.connected() && b.connected(), Duration.ofSeconds(5)), sim::status);
        assertEquals("2001:db8::2", a.agent.selectedPair().orElseThrow().remote().address());
        assertEquals(IcePriorities.candidate(IceCandidateType.HOST, 65535), a.localCandidates.get(0).priority());
    }

    @Test
    void symmetricToSymmetricFailsCleanly() {
        IceWorld w = new IceWorld(41, NatType.SYMMETRIC, NatType.SYMMETRIC).peersWithStun(41).directSignaling().start();
        Trace trace = new Trace();
        assertTrue(w.sim.runUntil(() -> w.a.state() == IceConnectionState.FAILED && w.b.state() == IceConnectionState.FAILED, Duration.ofSeconds(60)), w::status);
        assertEquals(List.of(IceConnectionState.CHECKING, IceConnectionState.FAILED), w.a.states);
        w.sim.tap(trace);
        w.sim.runFor(Duration.ofSeconds(60));
        assertTrue(trace.events().isEmpty(), "a failed agent goes quiet: " + trace);
    }
}
