package io.jrtc.ice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceRole;
import io.jrtc.testkit.turn.FakeTurnServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * mDNS candidates between sessions on one link (a hub stands in for the multicast group): b hands
 * out its host candidate under a UUID {@code .local} name and answers queries for it; a resolves it
 * before checking. Names nobody answers for are dropped and counted.
 */
class SessionMdnsTest {

    @Test
    void obfuscatedHostCandidateIsResolvedByMdnsAndUsed() {
        SessionWorld w = new SessionWorld(41, null, null);
        w.peers(IceSessionConfig.builder(SessionWorld.agent(41, IceRole.CONTROLLING).build()).build(),
                IceSessionConfig.builder(SessionWorld.agent(42, IceRole.CONTROLLED).stunServer(w.stun).build())
                        .turnServer(SessionWorld.turn(w.turnB, FakeTurnServer.PASSWORD))
                        .obfuscateHostCandidates(true).build());
        w.a.signal = null; // b learns a only from a's checks: a must have resolved b's name first
        w.start();
        assertTrue(w.sim.runUntil(w.b::gatheringComplete, Duration.ofSeconds(2)), w::status);
        IceCandidate host = w.b.signaled.stream().filter(c -> c.type() == IceCandidateType.HOST).findFirst().orElseThrow();
        assertTrue(host.isMdns() && host.address().matches("[0-9a-f-]{36}\\.local"), host.toString());
        assertFalse(w.b.signaled.toString().contains("198.51.100.2"), "b's address appears nowhere: " + w.b.signaled);
        IceCandidate relay = w.b.signaled.stream().filter(c -> c.type() == IceCandidateType.RELAY).findFirst().orElseThrow();
        assertEquals("0.0.0.0", relay.relatedAddress().orElseThrow());

        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        assertEquals(IceCandidateType.HOST, w.a.selectedRemoteType());
        assertEquals(w.b.base, w.a.session.selectedPair().orElseThrow().remote().socketAddress().orElseThrow());
        assertEquals(1, w.a.session.stats().mdnsResolved());
        assertTrue(w.a.mdnsSent >= 1 && w.b.mdnsSent >= 1, "a queried, b answered");
        assertTrue(w.a.send("hi"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("hi"), Duration.ofSeconds(1)), w::status);
    }

    @Test
    void endOfCandidatesWaitsForNamesStillResolving() {
        SessionWorld w = new SessionWorld(49, null, null);
        // A slow multicast path: the answer takes seconds, while a's only other pair fails fast.
        w.sim.link(w.hostA, w.hubHost, io.jrtc.testkit.LinkConditions.builder().delay(Duration.ofMillis(1500)).build());
        w.peers(IceSessionConfig.builder(SessionWorld.agent(49, IceRole.CONTROLLING).checkRto(Duration.ofMillis(100))
                        .maxCheckTransmits(2).build()).build(),
                IceSessionConfig.builder(SessionWorld.agent(50, IceRole.CONTROLLED).build())
                        .obfuscateHostCandidates(true).build());
        w.a.signal = null;
        IceCandidate nowhere = IceCandidate.builder().foundation("7").priority(1).address("192.0.2.222").port(9)
                .type(IceCandidateType.HOST).build();
        w.b.signal = (now, c) -> {
            w.a.session.addRemoteCandidate(now, nowhere);
            w.a.session.addRemoteCandidate(now, c);
            w.a.session.endOfRemoteCandidates(); // at once, long before the mDNS answer arrives
        };
        w.start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        assertFalse(w.a.events.contains(new io.jrtc.ice.IceEvent.ConnectionStateChanged(
                io.jrtc.ice.IceConnectionState.FAILED)), "a did not give up while the name resolved");
        assertEquals(1, w.a.session.stats().mdnsResolved());
    }

    @Test
    void nameNobodyAnswersIsDroppedAfterTheTimeoutAndCounted() {
        SessionWorld w = new SessionWorld(43, null, null);
        w.peers(IceSessionConfig.builder(SessionWorld.agent(43, IceRole.CONTROLLING).build())
                        .mdnsTimeout(Duration.ofSeconds(3)).build(),
                IceSessionConfig.builder(SessionWorld.agent(44, IceRole.CONTROLLED).build()).build());
        w.a.signal = null;
        w.b.signal = null; // only the name below reaches a
        w.start();
        IceCandidate ghost = IceCandidate.builder().foundation("1").priority(2122260223L)
                .address("4b1c6a52-6b3e-4d35-9c35-7f1e0c2f6a11.local").port(9).type(IceCandidateType.HOST).build();
        assertTrue(w.a.session.addRemoteCandidate(w.sim.now(), ghost));
        w.a.drain();
        w.sim.runFor(Duration.ofMillis(2900));
        assertEquals(0, w.a.session.stats().mdnsUnresolved(), "still waiting");
        w.sim.runFor(Duration.ofMillis(200));
        assertEquals(1, w.a.session.stats().mdnsUnresolved());
        assertEquals(0, w.a.session.stats().mdnsResolved());
        assertEquals(4, w.a.mdnsSent, "A and AAAA queries at 0 s and 1 s; the next (3 s) is past the timeout");
        assertFalse(w.a.connected());
        assertEquals(Long.MAX_VALUE, w.a.session.pollTimeout(), "no agent pair and no pending name: nothing to wake for");
    }

    @Test
    void withResolutionOffMdnsCandidatesAreRefused() {
        SessionWorld w = new SessionWorld(45, null, null);
        w.peers(IceSessionConfig.builder(SessionWorld.agent(45, IceRole.CONTROLLING).build()).resolveMdns(false).build(),
                IceSessionConfig.builder(SessionWorld.agent(46, IceRole.CONTROLLED).build()).build());
        IceCandidate named = IceCandidate.builder().foundation("1").priority(1).address("x.local").port(9)
                .type(IceCandidateType.HOST).build();
        assertFalse(w.a.session.addRemoteCandidate(0, named));
        assertEquals(1, w.a.session.stats().mdnsUnresolved());
    }

    @Test
    void bareLocalIsNotAName() throws Exception {
        SessionWorld w = new SessionWorld(47, null, null);
        w.peers(IceSessionConfig.builder(SessionWorld.agent(47, IceRole.CONTROLLING).build()).build(),
                IceSessionConfig.builder(SessionWorld.agent(48, IceRole.CONTROLLED).build()).build());
        IceCandidate bare = IceCandidate.parse("candidate:1 1 udp 1 .local 9 typ host");
        assertTrue(bare.isMdns());
        assertFalse(w.a.session.addRemoteCandidate(0, bare));
        assertEquals(1, w.a.session.stats().mdnsUnresolved());
        assertEquals(0, w.a.mdnsSent);
    }
}
