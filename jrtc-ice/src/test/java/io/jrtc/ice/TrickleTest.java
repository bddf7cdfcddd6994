package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.NatType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Trickle ICE (RFC 8838): candidates late, out of order, before the credentials; end-of-candidates. */
class TrickleTest {
    @ParameterizedTest
    @ValueSource(longs = {61, 62, 63})
    void lateOutOfOrderCandidatesBeforeCredentials(long seed) {
        IceWorld w = new IceWorld(seed, NatType.PORT_RESTRICTED, NatType.FULL_CONE).peersWithStun(seed);
        List<IceCandidate> toA = new ArrayList<>();
        List<IceCandidate> toB = new ArrayList<>();
        w.a.signal = toB::add;
        w.b.signal = toA::add;
        w.a.agent.startGathering(w.sim.now());
        w.b.agent.startGathering(w.sim.now());
        w.a.drain();
        w.b.drain();
        w.sim.runFor(Duration.ofSeconds(1));
        assertEquals(IceGatheringState.COMPLETE, w.a.agent.gatheringState());
        // Candidates arrive first, in reverse and shuffled order, credentials two seconds later.
        Collections.reverse(toA);
        Collections.shuffle(toB, new Random(seed));
        toA.forEach(w.a.agent::addRemoteCandidate);
        toB.forEach(w.b.agent::addRemoteCandidate);
        w.sim.runFor(Duration.ofSeconds(2));
        assertEquals(0, w.a.agent.stats().checksSent(), "no checks without the peer's password");
        w.a.agent.setRemoteCredentials(w.b.agent.localCredentials());
        w.sim.runFor(Duration.ofMillis(300));
        // b learns a's password later still; meanwhile it answers a's checks and learns prflx.
        w.b.agent.setRemoteCredentials(w.a.agent.localCredentials());
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        assertFalse(w.a.state() == IceConnectionState.COMPLETED, "no end-of-candidates yet");
        w.a.agent.endOfRemoteCandidates();
        w.b.agent.endOfRemoteCandidates();
        assertTrue(w.sim.runUntil(() -> w.a.state() == IceConnectionState.COMPLETED
                && w.b.state() == IceConnectionState.COMPLETED, Duration.ofSeconds(15)), w::status);
    }

    @Test
    void candidatesOfAnotherGenerationAreRefused() throws Exception {
        IceAgent agent = new IceAgent(IceWorld.config(1, IceRole.CONTROLLING).build());
        agent.setRemoteCredentials(new IceCredentials("peer", "peerpasswordpeerpassword"));
        assertFalse(agent.addRemoteCandidate(IceCandidate.parse("candidate:1 1 udp 1 192.0.2.1 5000 typ host ufrag old1")));
        assertTrue(agent.addRemoteCandidate(IceCandidate.parse("candidate:1 1 udp 1 192.0.2.1 5000 typ host ufrag peer")));
        assertFalse(agent.addRemoteCandidate(IceCandidate.parse("candidate:1 1 tcp 1 192.0.2.1 9 typ host tcptype active")));
        assertFalse(agent.addRemoteCandidate(IceCandidate.parse("candidate:1 1 udp 1 x.local 5000 typ host")));
        assertFalse(agent.addRemoteCandidate(IceCandidate.parse("candidate:1 2 udp 1 192.0.2.1 5001 typ host")));
    }

    @Test
    void lateCandidatesOfAnOldGenerationAreDroppedWhenTheCredentialsArrive() throws Exception {
        IceAgent agent = new IceAgent(IceWorld.config(2, IceRole.CONTROLLING).build());
        agent.addHostAddress(new java.net.InetSocketAddress("198.51.100.1", 5000));
        agent.startGathering(0);
        assertTrue(agent.addRemoteCandidate(IceCandidate.parse("candidate:1 1 udp 1 192.0.2.1 5000 typ host ufrag old1")));
        assertTrue(agent.addRemoteCandidate(IceCandidate.parse("candidate:2 1 udp 1 192.0.2.2 5000 typ host ufrag new1")));
        agent.setRemoteCredentials(new IceCredentials("new1", "peerpasswordpeerpassword"));
        agent.handleTimeout(agent.pollTimeout());
        IceDatagram check = agent.pollTransmit();
        assertEquals("192.0.2.2", check.remote().getAddress().getHostAddress());
        agent.handleTimeout(Math.max(agent.pollTimeout(), 100_000_000L));
        for (IceDatagram d = agent.pollTransmit(); d != null; d = agent.pollTransmit()) {
            assertEquals("192.0.2.2", d.remote().getAddress().getHostAddress(), "no check to the old generation");
        }
    }

    @Test
    void gatheringStatesAndCandidatesAreEvents() {
        IceWorld w = new IceWorld(64, NatType.FULL_CONE, null).peersWithStun(64);
        w.a.agent.startGathering(0);
        w.a.drain();
        assertEquals(new IceEvent.GatheringStateChanged(IceGatheringState.GATHERING), w.a.events.get(0));
        assertTrue(w.a.events.get(1) instanceof IceEvent.LocalCandidate c && c.candidate().type() == IceCandidateType.HOST);
        w.sim.runFor(Duration.ofSeconds(1));
        IceEvent last = w.a.events.get(w.a.events.size() - 1);
        assertEquals(new IceEvent.GatheringStateChanged(IceGatheringState.COMPLETE), last);
        assertEquals(IceCandidateType.SRFLX, w.a.localCandidates.get(1).type());
    }
}
