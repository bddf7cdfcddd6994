package io.jrtc.webrtc.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidatePair;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceRole;
import io.jrtc.ice.session.IceSession;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.Simulation;
import io.jrtc.testkit.turn.FakeTurnServer;
import io.jrtc.testkit.turn.SimTurnServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Engines over their ICE session in simulation: both behind symmetric NATs, connecting only
 * through a simulated TURN server each; and a peer that hands out {@code .local} host candidates,
 * resolved by the other over a simulated multicast link.
 */
class EngineRelayMdnsSimulationTest {
    private static final DtlsCertificate CERT_A = EngineWorld.CERT_A;
    private static final DtlsCertificate CERT_B = EngineWorld.CERT_B;

    private final Simulation sim = Simulation.seeded(21);

    EngineRelayMdnsSimulationTest() {
        sim.maxSteps(Long.MAX_VALUE);
        sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(15)).build());
    }

    private SimTurnServer turnServer(String ip) {
        Host h = sim.host(ip);
        SimTurnServer s = new SimTurnServer(h.address(3478), h.address(50000));
        sim.bind(h, 3478, s);
        sim.bind(h, 50000, s);
        return s;
    }

    private static EngineConfig.Builder config(long seed, IceRole role, DtlsCertificate cert) {
        return EngineConfig.builder(IceConfig.builder().role(role).random(new Random(seed)).build(), cert)
                .random(new Random(seed));
    }

    private static String url(SimTurnServer s) {
        return "turn:" + s.control.getAddress().getHostAddress() + ":" + s.control.getPort();
    }

    private EnginePeer peer(String name, Host host, EngineConfig config) {
        EnginePeer p = new EnginePeer(name, new TransportEngine(config));
        p.engine.addHostAddress(sim.bind(host, 5000, p));
        return p;
    }

    private void negotiate(EnginePeer a, EnginePeer b) {
        a.signal = c -> b.engine.addRemoteCandidate(c);
        b.signal = c -> a.engine.addRemoteCandidate(c);
        a.endOfCandidates = b.engine::endOfRemoteCandidates;
        b.endOfCandidates = a.engine::endOfRemoteCandidates;
        long now = sim.now();
        a.now = now;
        b.now = now;
        a.engine.start(now);
        b.engine.start(now);
        a.engine.setRemote(now, RemoteParameters.of(b.engine.localCredentials(), List.of(CERT_B.fingerprint()), DtlsRole.SERVER));
        b.engine.setRemote(now, RemoteParameters.of(a.engine.localCredentials(), List.of(CERT_A.fingerprint()), DtlsRole.CLIENT));
        a.drain();
        b.drain();
    }

    private void exchange(EnginePeer a, EnginePeer b) {
        DataChannel ch = a.engine.createDataChannel(sim.now(), "chat", DataChannelInit.DEFAULT);
        assertTrue(sim.runUntil(() -> a.opened(ch) && !b.remoteChannels.isEmpty(), Duration.ofSeconds(60)),
                () -> sim.status() + "\n" + a.events + "\n" + b.events);
        ch.send("hello from a");
        b.remoteChannels.get(0).send("hello from b");
        assertTrue(sim.runUntil(() -> b.texts.size() == 1 && a.texts.size() == 1, Duration.ofSeconds(10)));
        assertEquals("hello from a", b.texts.get(0));
        assertEquals("hello from b", a.texts.get(0));
    }

    /** The selected pair, once nomination (which may follow the first data) has selected one. */
    private IceCandidatePair selected(EnginePeer p) {
        sim.runUntil(() -> session(p).selectedPair().isPresent(), Duration.ofSeconds(10));
        return session(p).selectedPair().orElseThrow(() -> new AssertionError(p.name + " has no selected pair"));
    }

    private static IceSession session(EnginePeer p) {
        return ((SessionIceLayer) p.engine.ice()).session();
    }

    @Test
    void symmetricNatsOnBothSidesConnectThroughTheTurnServers() {
        SimTurnServer turnA = turnServer("192.0.2.10");
        SimTurnServer turnB = turnServer("192.0.2.11");
        Host hostA = sim.host("10.0.0.1");
        Host hostB = sim.host("10.0.1.1");
        sim.nat(NatType.SYMMETRIC, "203.0.113.1", hostA);
        sim.nat(NatType.SYMMETRIC, "203.0.113.2", hostB);
        EnginePeer a = peer("a", hostA, config(1, IceRole.CONTROLLING, CERT_A)
                .turnServer(url(turnA), FakeTurnServer.USER, FakeTurnServer.PASSWORD).build());
        EnginePeer b = peer("b", hostB, config(2, IceRole.CONTROLLED, CERT_B)
                .turnServer(url(turnB), FakeTurnServer.USER, FakeTurnServer.PASSWORD).build());
        negotiate(a, b);
        exchange(a, b);

        IceCandidatePair pa = selected(a);
        IceCandidatePair pb = selected(b);
        // Symmetric to symmetric works only via relay (RFC 8445 §2.1): at least one end relays.
        assertTrue(pa.local().type() == IceCandidateType.RELAY || pa.remote().type() == IceCandidateType.RELAY,
                pa::toString);
        assertTrue(pb.local().type() == IceCandidateType.RELAY || pb.remote().type() == IceCandidateType.RELAY,
                pb::toString);
        assertTrue(turnA.toPeers + turnB.toPeers > 0, "nothing was relayed");
        assertEquals(1, turnA.allocations);
        assertEquals(1, turnB.allocations);
        assertTrue(a.events.stream().noneMatch(EngineEvent.CandidateError.class::isInstance), a.events::toString);
    }

    @Test
    void aWrongTurnPasswordIsACandidateErrorWith401() {
        SimTurnServer turn = turnServer("192.0.2.10");
        Host hostA = sim.host("198.51.100.1");
        Host hostB = sim.host("198.51.100.2");
        EnginePeer a = peer("a", hostA, config(3, IceRole.CONTROLLING, CERT_A)
                .turnServer(url(turn), FakeTurnServer.USER, "wrong").build());
        EnginePeer b = peer("b", hostB, config(4, IceRole.CONTROLLED, CERT_B).build());
        negotiate(a, b);
        exchange(a, b);
        EngineEvent.CandidateError err = a.events.stream().filter(EngineEvent.CandidateError.class::isInstance)
                .map(EngineEvent.CandidateError.class::cast).findFirst().orElseThrow(() -> new AssertionError(a.events));
        assertEquals(401, err.errorCode());
        assertEquals(url(turn), err.url());
        assertEquals(IceCandidateType.HOST, selected(a).local().type());
    }

    @Test
    void aLocalRemoteCandidateIsResolvedOverMulticastDns() {
        Host hostA = sim.host("198.51.100.1");
        Host hostB = sim.host("198.51.100.2");
        Host hubHost = sim.host("198.51.100.250");
        List<InetSocketAddress> members = new ArrayList<>();
        ArrayDeque<Datagram> hubOut = new ArrayDeque<>();
        // The multicast group of the hosts' link: what one member sends, every other receives.
        InetSocketAddress hub = sim.bind(hubHost, 5353, Endpoint.of("mdns-hub", (now, d) -> {
            for (InetSocketAddress m : members) {
                if (!m.equals(d.source())) {
                    hubOut.add(new Datagram(d.destination(), m, d.payload()));
                }
            }
        }, now -> { }, hubOut::poll, () -> Endpoint.NEVER));
        EnginePeer a = peer("a", hostA, config(5, IceRole.CONTROLLING, CERT_A).build());
        EnginePeer b = peer("b", hostB, config(6, IceRole.CONTROLLED, CERT_B).obfuscateHostCandidates(true).build());
        for (var p : List.of(new Object[] {a, hostA}, new Object[] {b, hostB})) {
            EnginePeer peer = (EnginePeer) p[0];
            peer.mdnsAddress = sim.bind((Host) p[1], 5353, peer);
            peer.mdnsGroup = hub;
            members.add(peer.mdnsAddress);
        }
        negotiate(a, b);
        exchange(a, b);

        List<IceCandidate> fromB = b.events.stream().filter(EngineEvent.LocalCandidate.class::isInstance)
                .map(e -> ((EngineEvent.LocalCandidate) e).candidate()).toList();
        assertFalse(fromB.isEmpty());
        assertTrue(fromB.stream().allMatch(IceCandidate::isMdns), fromB::toString);
        assertEquals(1, session(a).stats().mdnsResolved(), () -> session(a).stats().toString());
        assertEquals(new InetSocketAddress("198.51.100.2", 5000),
                selected(a).remote().socketAddress().orElseThrow(), () -> selected(a).toString());
    }
}
