package io.jrtc.ice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceRole;
import io.jrtc.ice.IceTransportPolicy;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.turn.FakeTurnServer;
import io.jrtc.testkit.turn.SimTurnServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * W3C setConfiguration on a running session: new STUN and TURN servers are used from the next ICE
 * restart on, the policy applies to what is signaled from now on, and a TURN server that left the
 * configuration is released once it no longer carries the selected pair.
 */
class SessionReconfigureTest {

    @Test
    void newTurnServersAreUsedAtTheRestartAndTheOldAllocationIsReleasedOnceANewPairIsSelected() {
        SessionWorld w = RelaySessionTest.world(21, NatType.SYMMETRIC, NatType.SYMMETRIC, true);
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        assertEquals(w.turnA.relay, w.a.session.selectedPair().orElseThrow().local().socketAddress().orElseThrow());
        SimTurnServer turnC = turnServer(w, "192.0.2.12");

        w.a.session.reconfigure(List.of(SessionWorld.turn(turnC, FakeTurnServer.PASSWORD)), List.of(w.stun),
                IceTransportPolicy.RELAY);
        w.sim.runUntil(() -> false, Duration.ofSeconds(1));
        assertEquals(0, turnC.allocations, "no action until the next gathering (the restart)");

        int before = w.a.signaled.size();
        w.a.session.restart(w.sim.now());
        w.a.drain();
        IceCredentials newA = w.a.session.localCredentials();
        assertTrue(w.sim.runUntil(() -> turnC.allocations == 1 && w.a.gatheringComplete(), Duration.ofSeconds(5)),
                w::status);
        // Until a new pair is selected, the old relay still carries data.
        assertTrue(w.turnA.hasAllocation(w.sim.now()));
        assertTrue(w.a.send("during"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("during"), Duration.ofSeconds(1)), w::status);

        List<IceCandidate> fresh = List.copyOf(w.a.signaled.subList(before, w.a.signaled.size()));
        assertEquals(1, fresh.size(), () -> "only the new server's relay: " + fresh);
        assertEquals(IceCandidateType.RELAY, fresh.get(0).type());
        assertEquals(turnC.relay, fresh.get(0).socketAddress().orElseThrow());

        w.answererRestartsToo(newA);
        assertTrue(w.sim.runUntil(() -> w.a.connected() && w.b.connected()
                && w.b.session.selectedPair().orElseThrow().remote().ufrag().orElse("").equals(newA.ufrag())
                && w.a.session.selectedPair().orElseThrow().local().socketAddress().orElseThrow().equals(turnC.relay),
                Duration.ofSeconds(10)), w::status);
        assertTrue(w.sim.runUntil(() -> !w.turnA.hasAllocation(w.sim.now()), Duration.ofSeconds(2)),
                "the removed server's allocation is released");
        assertTrue(w.a.send("after"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("after"), Duration.ofSeconds(1)), w::status);
        assertEquals(1, w.turnA.allocations, "the old server was not asked again");
    }

    @Test
    void aServerDroppedAndAddedAgainGetsAFreshAllocation() {
        SessionWorld w = RelaySessionTest.world(26, NatType.SYMMETRIC, NatType.SYMMETRIC, true);
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        SimTurnServer turnC = turnServer(w, "192.0.2.13");
        moveTo(w, turnC);
        assertTrue(w.sim.runUntil(() -> !w.turnA.hasAllocation(w.sim.now()), Duration.ofSeconds(2)), w::status);
        moveTo(w, w.turnA);
        assertEquals(2, w.turnA.allocations, "asked again after it was released");
        assertTrue(w.sim.runUntil(() -> !turnC.hasAllocation(w.sim.now()), Duration.ofSeconds(2)), w::status);
        assertTrue(w.a.send("back"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("back"), Duration.ofSeconds(1)), w::status);
    }

    // a's only TURN server becomes `server`; both restart and a's selected pair is relayed by it.
    private static void moveTo(SessionWorld w, SimTurnServer server) {
        w.a.session.reconfigure(List.of(SessionWorld.turn(server, FakeTurnServer.PASSWORD)), List.of(w.stun),
                IceTransportPolicy.RELAY);
        w.a.session.restart(w.sim.now());
        w.a.drain();
        IceCredentials newA = w.a.session.localCredentials();
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(5)), w::status);
        w.answererRestartsToo(newA);
        assertTrue(w.sim.runUntil(() -> w.a.connected() && w.b.connected()
                && w.a.session.selectedPair().orElseThrow().local().socketAddress().orElseThrow().equals(server.relay),
                Duration.ofSeconds(10)), w::status);
    }

    @Test
    void newStunServersAreAskedAtTheRestartNotBefore() {
        SessionWorld w = new SessionWorld(22, NatType.FULL_CONE, null);
        w.peers(IceSessionConfig.builder(SessionWorld.agent(22, IceRole.CONTROLLING).build()).build(),
                IceSessionConfig.builder(SessionWorld.agent(23, IceRole.CONTROLLED).build()).build()).start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        assertTrue(w.a.signaled.stream().noneMatch(c -> c.type() == IceCandidateType.SRFLX));

        w.a.session.reconfigure(List.of(), List.of(w.stun), IceTransportPolicy.ALL);
        w.sim.runUntil(() -> false, Duration.ofSeconds(1));
        assertTrue(w.a.signaled.stream().noneMatch(c -> c.type() == IceCandidateType.SRFLX), "not before the restart");

        int before = w.a.signaled.size();
        w.a.session.restart(w.sim.now());
        w.a.drain();
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(10)), w::status);
        List<IceCandidate> fresh = List.copyOf(w.a.signaled.subList(before, w.a.signaled.size()));
        assertTrue(fresh.stream().anyMatch(c -> c.type() == IceCandidateType.SRFLX), () -> "srflx from the new server: "
                + fresh);
        assertTrue(fresh.stream().anyMatch(c -> c.type() == IceCandidateType.HOST), fresh::toString);
    }

    @Test
    void aRelayPolicyAppliesToCandidatesSignaledFromNowOnAndAllBringsHostsBackAtTheRestart() {
        SessionWorld w = new SessionWorld(24, NatType.FULL_CONE, null);
        IceSessionConfig a = IceSessionConfig.builder(SessionWorld.agent(24, IceRole.CONTROLLING).stunServer(w.stun)
                .build()).turnServer(SessionWorld.turn(w.turnA, FakeTurnServer.PASSWORD)).build();
        w.peers(a, IceSessionConfig.builder(SessionWorld.agent(25, IceRole.CONTROLLED).build()).build()).start();
        // The host candidate is out at once; the STUN and TURN answers are still on their way.
        assertTrue(w.a.signaled.stream().allMatch(c -> c.type() == IceCandidateType.HOST), w.a.signaled::toString);
        w.a.session.reconfigure(List.of(SessionWorld.turn(w.turnA, FakeTurnServer.PASSWORD)), List.of(w.stun),
                IceTransportPolicy.RELAY);
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(10)), w::status);
        assertTrue(w.a.signaled.stream().noneMatch(c -> c.type() == IceCandidateType.SRFLX),
                () -> "no server-reflexive candidate after the change to relay: " + w.a.signaled);
        assertTrue(w.a.signaled.stream().anyMatch(c -> c.type() == IceCandidateType.RELAY), w.a.signaled::toString);

        int before = w.a.signaled.size();
        w.a.session.restart(w.sim.now());
        w.a.drain();
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(10)), w::status);
        List<IceCandidate> relayOnly = List.copyOf(w.a.signaled.subList(before, w.a.signaled.size()));
        assertFalse(relayOnly.isEmpty());
        assertTrue(relayOnly.stream().allMatch(c -> c.type() == IceCandidateType.RELAY), relayOnly::toString);

        w.a.session.reconfigure(List.of(SessionWorld.turn(w.turnA, FakeTurnServer.PASSWORD)), List.of(w.stun),
                IceTransportPolicy.ALL);
        int again = w.a.signaled.size();
        w.a.session.restart(w.sim.now());
        w.a.drain();
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(10)), w::status);
        List<IceCandidate> all = List.copyOf(w.a.signaled.subList(again, w.a.signaled.size()));
        assertTrue(all.stream().anyMatch(c -> c.type() == IceCandidateType.HOST), all::toString);
        assertTrue(all.stream().anyMatch(c -> c.type() == IceCandidateType.SRFLX), all::toString);
        assertTrue(all.stream().anyMatch(c -> c.type() == IceCandidateType.RELAY), all::toString);
        assertEquals(1, w.turnA.allocations, "a server still configured keeps its allocation");
    }

    private static SimTurnServer turnServer(SessionWorld w, String ip) {
        Host h = w.sim.host(ip);
        SimTurnServer s = new SimTurnServer(h.address(3478), h.address(50000));
        w.sim.bind(h, 3478, s);
        w.sim.bind(h, 50000, s);
        return s;
    }
}
