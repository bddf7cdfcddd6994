package io.jrtc.ice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceGatheringState;
import io.jrtc.ice.IceRole;
import io.jrtc.ice.IceTransportPolicy;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.turn.FakeTurnServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gathering through a session: TURN servers that refuse or never answer end in a
 * {@code CandidateError} and gathering still completes; the candidate pool gathers before there is
 * any description.
 */
class SessionGatheringTest {

    private static IceSessionConfig.Builder session(SessionWorld w, long seed, IceRole role) {
        return IceSessionConfig.builder(SessionWorld.agent(seed, role).stunServer(w.stun).build());
    }

    private static IceSessionConfig plain(SessionWorld w, long seed, IceRole role) {
        return session(w, seed, role).build();
    }

    @Test
    void wrongCredentialsGiveA401CandidateErrorPromptlyAndGatheringCompletes() {
        SessionWorld w = new SessionWorld(21, NatType.PORT_RESTRICTED, null);
        w.peers(session(w, 21, IceRole.CONTROLLING).turnServer(SessionWorld.turn(w.turnA, "wrong")).build(),
                plain(w, 22, IceRole.CONTROLLED)).start();
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(1)),
                "401 twice is two round trips, not a timeout: " + w.status());
        assertEquals(1, w.a.errors.size(), w::status);
        IceEvent.CandidateError e = w.a.errors.get(0);
        assertEquals(401, e.errorCode());
        assertEquals("turn:192.0.2.10:3478", e.url());
        assertEquals("10.0.0.1", e.address(), "the local socket the server was asked from");
        assertEquals(5000, e.port());
        assertFalse(e.errorText().isEmpty());
        assertTrue(w.a.signaled.stream().noneMatch(c -> c.type() == IceCandidateType.RELAY));
        assertEquals(0, w.turnA.allocations);
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), "the other candidates still work: " + w.status());
    }

    @Test
    void unreachableUdpTurnServerGivesA701CandidateErrorAndGatheringCompletes() {
        SessionWorld w = new SessionWorld(23, null, null);
        TurnServer nowhere = TurnServer.of("turn:192.0.2.200:3478?transport=udp", FakeTurnServer.USER,
                FakeTurnServer.PASSWORD);
        w.peers(session(w, 23, IceRole.CONTROLLING).turnServer(nowhere).turnInitialRto(Duration.ofMillis(200))
                .turnMaxTransmissions(3).build(), plain(w, 24, IceRole.CONTROLLED)).start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(2)), w::status);
        assertEquals(IceGatheringState.GATHERING, w.a.session.gatheringState(), "still waiting for the TURN server");
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(10)), w::status);
        IceEvent.CandidateError e = w.a.errors.get(0);
        assertEquals(701, e.errorCode());
        assertEquals("turn:192.0.2.200:3478?transport=udp", e.url());
        assertEquals(3, w.a.udpSentTo.get(nowhere.socketAddress()), "three transmissions of the Allocate");
        w.sim.runFor(Duration.ofSeconds(30));
        assertEquals(3, w.a.udpSentTo.get(nowhere.socketAddress()), "nothing more after giving up");
        assertEquals(1, w.a.errors.size());
    }

    @Test
    void tcpTurnServerThatNeverConnectsTimesOutWithA701AndTheStreamIsClosed() {
        SessionWorld w = new SessionWorld(25, null, null);
        TurnServer tcp = TurnServer.of("turn:192.0.2.201:3478?transport=tcp", FakeTurnServer.USER,
                FakeTurnServer.PASSWORD);
        w.peers(session(w, 25, IceRole.CONTROLLING).turnServer(tcp).streamConnectTimeout(Duration.ofSeconds(3)).build(),
                plain(w, 26, IceRole.CONTROLLED)).start();
        assertEquals(1, w.a.streamRequests.size());
        SessionTransmit.OpenStream open = (SessionTransmit.OpenStream) w.a.streamRequests.get(0);
        assertEquals(tcp.socketAddress(), open.server());
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(4)), w::status);
        assertEquals(701, w.a.errors.get(0).errorCode());
        assertNull(w.a.errors.get(0).address(), "the runtime's TCP socket address is not known to the session");
        assertTrue(w.a.closedStreams.contains(open.stream()));
        long dropped = w.a.session.stats().droppedUnroutable();
        w.a.session.handleStreamConnected(w.sim.now(), open.stream());
        w.a.session.handleStreamInput(w.sim.now(), open.stream(), new byte[] {1, 2, 3}, 0, 3);
        assertEquals(dropped + 2, w.a.session.stats().droppedUnroutable(), "a late connection is ignored");
    }

    @Test
    void tcpConnectionRefusedEndsGatheringAtOnce() {
        SessionWorld w = new SessionWorld(27, null, null);
        TurnServer tcp = TurnServer.of("turns:192.0.2.201?transport=tcp", FakeTurnServer.USER, FakeTurnServer.PASSWORD);
        w.peers(session(w, 27, IceRole.CONTROLLING).turnServer(tcp).build(), plain(w, 28, IceRole.CONTROLLED)).start();
        SessionTransmit.OpenStream open = (SessionTransmit.OpenStream) w.a.streamRequests.get(0);
        assertEquals(5349, open.server().getPort());
        assertTrue(w.sim.runUntil(() -> w.a.signaled.stream().anyMatch(c -> c.type() == IceCandidateType.SRFLX)
                || w.a.signaled.size() >= 1, Duration.ofMillis(100)));
        w.a.session.handleStreamClosed(w.sim.now(), open.stream(), "connection refused");
        w.a.drain();
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(1)), w::status);
        assertEquals(701, w.a.errors.get(0).errorCode());
        assertTrue(w.a.errors.get(0).errorText().contains("connection refused"));
    }

    @Test
    void candidatePoolAllocatesBeforeTheDescriptionAndHandsTheCandidatesOutLater() {
        SessionWorld w = new SessionWorld(29, NatType.SYMMETRIC, NatType.SYMMETRIC);
        w.peers(session(w, 29, IceRole.CONTROLLING).turnServer(SessionWorld.turn(w.turnA, FakeTurnServer.PASSWORD))
                        .candidatePoolSize(1).build(),
                session(w, 30, IceRole.CONTROLLED).turnServer(SessionWorld.turn(w.turnB, FakeTurnServer.PASSWORD))
                        .build());
        w.a.session.startCandidatePool(w.sim.now());
        w.a.drain();
        assertTrue(w.sim.runUntil(() -> w.turnA.allocations == 1, Duration.ofSeconds(2)), w::status);
        w.sim.runFor(Duration.ofSeconds(2));
        assertTrue(w.a.signaled.isEmpty(), "nothing is handed out before startGathering");
        assertEquals(IceGatheringState.NEW, w.a.session.gatheringState());
        assertTrue(w.a.session.localCandidates().stream().anyMatch(c -> c.type() == IceCandidateType.RELAY));

        w.start(); // the offer: credentials, startGathering on both sides
        List<IceCandidate> atOnce = List.copyOf(w.a.signaled);
        assertTrue(atOnce.stream().anyMatch(c -> c.type() == IceCandidateType.RELAY), "pooled relay: " + atOnce);
        assertTrue(atOnce.stream().anyMatch(c -> c.type() == IceCandidateType.SRFLX), "pooled srflx: " + atOnce);
        assertTrue(w.a.gatheringComplete(), "the pool had finished: complete at once");
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        assertEquals(1, w.turnA.allocations, "the pooled allocation is the one in use");
        assertTrue(w.a.send("pooled"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("pooled"), Duration.ofSeconds(1)), w::status);
    }

    @Test
    void withoutAPoolStartCandidatePoolDoesNothing() {
        SessionWorld w = new SessionWorld(33, null, null);
        w.peers(session(w, 33, IceRole.CONTROLLING).turnServer(SessionWorld.turn(w.turnA, FakeTurnServer.PASSWORD))
                .build(), plain(w, 34, IceRole.CONTROLLED));
        w.a.session.startCandidatePool(w.sim.now());
        w.a.drain();
        w.sim.runFor(Duration.ofSeconds(2));
        assertTrue(w.a.udpSentTo.isEmpty(), "no STUN or TURN request: " + w.a.udpSentTo);
        assertEquals(0, w.turnA.allocations);
        assertTrue(w.a.session.localCandidates().isEmpty());
    }

    @Test
    void relayPolicyWithAFailedTurnServerGathersNothingButCompletes() {
        SessionWorld w = new SessionWorld(31, null, null);
        w.peers(IceSessionConfig.builder(SessionWorld.agent(31, IceRole.CONTROLLING).stunServer(w.stun)
                        .transportPolicy(IceTransportPolicy.RELAY).build())
                .turnServer(SessionWorld.turn(w.turnA, "wrong")).build(), plain(w, 32, IceRole.CONTROLLED)).start();
        assertTrue(w.sim.runUntil(w.a::gatheringComplete, Duration.ofSeconds(1)), w::status);
        assertTrue(w.a.signaled.isEmpty(), () -> "no host or srflx under relay policy: " + w.a.signaled);
        assertEquals(401, w.a.errors.get(0).errorCode());
    }
}
