package io.jrtc.ice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceGatheringState;
import io.jrtc.ice.IceRole;
import io.jrtc.ice.IceTransportPolicy;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.turn.FakeTurnServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sessions with a TURN server each, in simulation: relay candidates are gathered, used where
 * nothing else works and left unused where something better does; relay-only policy; ICE restart
 * over relays.
 */
class RelaySessionTest {

    static IceSessionConfig withTurn(SessionWorld w, long seed, IceRole role, boolean relayOnly) {
        IceConfig.Builder agent = SessionWorld.agent(seed, role).stunServer(w.stun);
        if (relayOnly) {
            agent.transportPolicy(IceTransportPolicy.RELAY);
        }
        return IceSessionConfig.builder(agent.build())
                .turnServer(SessionWorld.turn(role == IceRole.CONTROLLING ? w.turnA : w.turnB, FakeTurnServer.PASSWORD))
                .build();
    }

    static SessionWorld world(long seed, NatType natA, NatType natB, boolean relayOnly) {
        SessionWorld w = new SessionWorld(seed, natA, natB);
        return w.peers(withTurn(w, seed, IceRole.CONTROLLING, relayOnly), withTurn(w, seed + 1, IceRole.CONTROLLED, relayOnly))
                .start();
    }

    static Stream<Arguments> combinations() {
        List<NatType> types = new ArrayList<>();
        types.add(null);
        types.addAll(List.of(NatType.values()));
        List<Arguments> out = new ArrayList<>();
        for (NatType a : types) {
            for (NatType b : types) {
                out.add(Arguments.of(a, b));
            }
        }
        return out.stream();
    }

    // Without a relay, a symmetric NAT facing a port-filtering one cannot be traversed (see
    // NatTraversalTest); with TURN those connect through a relay, all others directly.
    private static boolean needsRelay(NatType a, NatType b) {
        return a == NatType.SYMMETRIC && filtersByPort(b) || b == NatType.SYMMETRIC && filtersByPort(a);
    }

    private static boolean filtersByPort(NatType t) {
        return t == NatType.PORT_RESTRICTED || t == NatType.SYMMETRIC;
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("combinations")
    void everyNatCombinationConnectsAndUsesTheRelayOnlyWhenNeeded(NatType natA, NatType natB) {
        long seed = 97L * (natA == null ? 9 : natA.ordinal()) + (natB == null ? 9 : natB.ordinal());
        SessionWorld w = world(seed, natA, natB, false);
        assertTrue(w.runUntilConnected(Duration.ofSeconds(15)), w::status);
        for (SessionPeer p : List.of(w.a, w.b)) {
            assertTrue(p.signaled.stream().anyMatch(c -> c.type() == IceCandidateType.RELAY), p + " gathered a relay");
        }
        boolean relayed = w.a.selectedLocalType() == IceCandidateType.RELAY
                || w.a.selectedRemoteType() == IceCandidateType.RELAY;
        assertEquals(needsRelay(natA, natB), relayed, () -> "selected " + w.a.session.selectedPair() + "\n" + w.status());
        if (natB == null) {
            assertEquals(IceCandidateType.HOST, w.a.selectedRemoteType(), w::status);
        }
        assertTrue(w.a.send("ping"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("ping"), Duration.ofSeconds(1)), w::status);
        assertTrue(w.b.send("pong"));
        assertTrue(w.sim.runUntil(() -> w.a.received.contains("pong"), Duration.ofSeconds(1)), w::status);
        assertTrue(w.sim.runUntil(() -> w.a.gatheringComplete() && w.b.gatheringComplete(), Duration.ofSeconds(10)));
    }

    @Test
    void symmetricToSymmetricWithRelayPolicyConnectsRelayToRelay() {
        SessionWorld w = world(5, NatType.SYMMETRIC, NatType.SYMMETRIC, true);
        assertTrue(w.sim.runUntil(() -> w.a.gatheringComplete() && w.b.gatheringComplete(), Duration.ofSeconds(5)),
                w::status);
        for (SessionPeer p : List.of(w.a, w.b)) {
            assertFalse(p.signaled.isEmpty());
            assertTrue(p.signaled.stream().allMatch(c -> c.type() == IceCandidateType.RELAY),
                    () -> p + " signaled " + p.signaled);
            assertTrue(p.session.localCandidates().stream().allMatch(c -> c.type() == IceCandidateType.RELAY));
        }
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        for (SessionPeer p : List.of(w.a, w.b)) {
            assertEquals(IceCandidateType.RELAY, p.selectedLocalType());
            assertEquals(IceCandidateType.RELAY, p.selectedRemoteType());
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(w.a.send("a" + i));
            assertTrue(w.b.send("b" + i));
            w.sim.runFor(Duration.ofMillis(200));
        }
        assertEquals(List.of("a0", "a1", "a2", "a3", "a4"), w.b.received);
        assertEquals(List.of("b0", "b1", "b2", "b3", "b4"), w.a.received);
        // The selected pair got a channel on both servers: data arrived as ChannelData.
        assertTrue(w.turnA.toClientAsChannelData > 0 && w.turnB.toClientAsChannelData > 0, w::status);
        assertEquals(0, w.a.session.stats().relaySendFailures() + w.b.session.stats().relaySendFailures());
    }

    @Test
    void relayedSessionStaysUpForHalfAnHourOfServerExpiries() {
        SessionWorld w = world(7, NatType.SYMMETRIC, NatType.SYMMETRIC, true);
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        // One datagram each way every 20 s for 30 minutes, past the server's 300 s permission,
        // 600 s channel and 600 s allocation lifetimes: the TURN clients must refresh all three.
        for (int i = 0; i < 90; i++) {
            assertTrue(w.a.send("a" + i), () -> "a could not send: " + w.status());
            assertTrue(w.b.send("b" + i), () -> "b could not send: " + w.status());
            w.sim.runFor(Duration.ofSeconds(20));
        }
        assertEquals(90, w.b.received.size(), w::status);
        assertEquals(90, w.a.received.size(), w::status);
        assertEquals(0, w.turnA.droppedNoPermission + w.turnA.droppedNoAllocation + w.turnB.droppedNoPermission
                + w.turnB.droppedNoAllocation, "nothing expired at the servers");
        assertTrue(w.a.connected() && w.b.connected());
        assertEquals(1, w.turnA.allocations);
    }

    @Test
    void closeReleasesTheAllocation() {
        SessionWorld w = world(10, NatType.SYMMETRIC, NatType.SYMMETRIC, true);
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        w.a.session.close(w.sim.now());
        w.a.drain();
        w.sim.runFor(Duration.ofMillis(500));
        assertEquals(io.jrtc.ice.IceConnectionState.CLOSED, w.a.session.connectionState());
        long before = w.turnA.droppedNoAllocation;
        w.b.send("anyone?");
        w.sim.runFor(Duration.ofMillis(500));
        assertEquals(before + 1, w.turnA.droppedNoAllocation, "a's server deleted the allocation (Refresh 0)");
        assertFalse(w.a.received.contains("anyone?"));
    }

    @Test
    void sameSeedSameRun() {
        List<String> first = trace(9);
        assertEquals(first, trace(9));
        assertTrue(first.size() > 10);
    }

    private static List<String> trace(long seed) {
        SessionWorld w = world(seed, NatType.SYMMETRIC, NatType.PORT_RESTRICTED, false);
        w.runUntilConnected(Duration.ofSeconds(10));
        w.sim.runFor(Duration.ofSeconds(5));
        List<String> out = new ArrayList<>();
        for (SessionPeer p : List.of(w.a, w.b)) {
            p.events.forEach(e -> out.add(p + " " + e));
        }
        out.add("now " + w.sim.now());
        return out;
    }

    @Test
    void iceRestartOverRelaysKeepsTrafficAndReconnects() {
        SessionWorld w = world(6, NatType.SYMMETRIC, NatType.SYMMETRIC, true);
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        int before = w.a.signaled.size();
        IceCredentials oldA = w.a.session.localCredentials();
        w.a.session.restart(w.sim.now());
        w.a.drain();
        IceCredentials newA = w.a.session.localCredentials();
        assertNotEquals(oldA.ufrag(), newA.ufrag());
        // Until the peer learns the new credentials, the old pair still carries data.
        assertTrue(w.a.send("during"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("during"), Duration.ofSeconds(1)), w::status);

        List<IceCandidate> fresh = w.a.signaled.subList(before, w.a.signaled.size());
        assertFalse(fresh.isEmpty());
        for (IceCandidate c : fresh) {
            assertEquals(IceCandidateType.RELAY, c.type());
            assertEquals(newA.ufrag(), c.ufrag().orElseThrow(), "re-signaled with the new ufrag");
        }
        w.answererRestartsToo(newA);
        assertTrue(w.sim.runUntil(() -> w.a.connected() && w.b.connected()
                && w.b.session.selectedPair().orElseThrow().remote().ufrag().orElse("").equals(newA.ufrag()),
                Duration.ofSeconds(10)), w::status);
        assertEquals(1, w.turnA.allocations, "the allocation outlived the restart");
        assertTrue(w.a.send("after"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("after"), Duration.ofSeconds(1)), w::status);
    }

    @Test
    void gatheringWaitsForTheTurnServer() {
        SessionWorld w = new SessionWorld(8, null, null);
        w.peers(withTurn(w, 8, IceRole.CONTROLLING, false), withTurn(w, 9, IceRole.CONTROLLED, false)).start();
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(5)), w::status);
        int complete = (int) w.a.events.stream().filter(e -> e instanceof IceEvent.GatheringStateChanged g
                && g.state() == IceGatheringState.COMPLETE).count();
        assertEquals(1, complete);
        int relayIndex = indexOf(w.a.events, IceCandidateType.RELAY);
        int completeIndex = w.a.events.indexOf(new IceEvent.GatheringStateChanged(IceGatheringState.COMPLETE));
        assertTrue(relayIndex >= 0 && relayIndex < completeIndex, "the relay candidate comes before complete");
    }

    private static int indexOf(List<IceEvent> events, IceCandidateType type) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof IceEvent.LocalCandidate c && c.candidate().type() == type) {
                return i;
            }
        }
        return -1;
    }
}
