package io.jrtc.webrtc.internal.net;

import static io.jrtc.webrtc.internal.net.LoopbackPeer.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidatePair;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceRole;
import io.jrtc.ice.IceTransportPolicy;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.testkit.peers.Coturn;
import io.jrtc.testkit.peers.TlsCertificates;
import io.jrtc.webrtc.internal.engine.EngineConfig;
import io.jrtc.webrtc.internal.engine.EngineEvent;
import io.jrtc.webrtc.internal.engine.SessionIceLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Engines on real sockets through a real coturn on 127.0.0.1: relay-only over UDP and over TCP
 * and TLS (the runtime opens the TCP streams the ICE session asks for and moves their bytes; TLS
 * runs in the session), and a wrong password surfacing as
 * a 401 candidate error while host candidates still connect.
 */
class TurnRelayTest {
    private static Coturn coturn;
    private NetRuntime runtime;

    @BeforeAll
    static void startCoturn() throws Exception {
        coturn = Coturn.start(null);
    }

    @AfterAll
    static void stopCoturn() {
        if (coturn != null) {
            coturn.close();
        }
    }

    @BeforeEach
    void start() {
        runtime = NetRuntime.create(4);
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private static String url(String transport) {
        return "turn:127.0.0.1:" + coturn.address.getPort() + "?transport=" + transport;
    }

    private static EngineConfig config(IceRole role, IceTransportPolicy policy, String url, String password) {
        return EngineConfig.builder(IceConfig.builder().role(role).transportPolicy(policy).build(), LoopbackPeer.CERT)
                .turnServer(url, Coturn.USER, password).build();
    }

    @Test
    void relayOnlyOverUdpCarriesADataChannel() {
        relayOnly("udp");
    }

    @Test
    void relayOnlyOverTcpCarriesADataChannel() {
        relayOnly("tcp");
    }

    private void relayOnly(String transport) {
        LoopbackPeer a = new LoopbackPeer("a", IceRole.CONTROLLING)
                .open(runtime, config(IceRole.CONTROLLING, IceTransportPolicy.RELAY, url(transport), Coturn.PASSWORD));
        LoopbackPeer b = new LoopbackPeer("b", IceRole.CONTROLLED)
                .open(runtime, config(IceRole.CONTROLLED, IceTransportPolicy.RELAY, url(transport), Coturn.PASSWORD));
        LoopbackPeer.negotiate(a, b);
        exchange(a, b);

        for (LoopbackPeer p : List.of(a, b)) {
            List<IceCandidate> signaled = signaled(p);
            assertFalse(signaled.isEmpty(), p.name + " signaled no candidate");
            assertTrue(signaled.stream().allMatch(c -> c.type() == IceCandidateType.RELAY),
                    () -> p.name + " signaled non-relay candidates under the relay policy: " + signaled);
            IceCandidatePair pair = selected(p);
            assertEquals(IceCandidateType.RELAY, pair.local().type(), pair::toString);
            assertTrue(p.events.stream().noneMatch(EngineEvent.CandidateError.class::isInstance), p::toString);
        }
        if (transport.equals("tcp")) {
            assertEquals(1, a.connection.openTurnStreams(), "a's allocation lives on one TCP stream");
            assertEquals(1, b.connection.openTurnStreams(), "b's allocation lives on one TCP stream");
        }
        a.connection.close();
        b.connection.close();
    }

    @Test
    void relayOnlyOverTlsCarriesADataChannel() throws Exception {
        Path dir = Files.createTempDirectory("jrtc-turns");
        try {
            Path[] certAndKey = TlsCertificates.selfSigned(dir);
            try (Coturn tls = Coturn.start(certAndKey)) {
                SSLContext trust = TlsCertificates.trusting(certAndKey[0]);
                String url = "turns:127.0.0.1:" + tls.tlsAddress.getPort() + "?transport=tcp";
                LoopbackPeer a = new LoopbackPeer("a", IceRole.CONTROLLING).open(runtime,
                        tlsConfig(IceRole.CONTROLLING, url, trust));
                LoopbackPeer b = new LoopbackPeer("b", IceRole.CONTROLLED).open(runtime,
                        tlsConfig(IceRole.CONTROLLED, url, trust));
                LoopbackPeer.negotiate(a, b);
                exchange(a, b);
                assertEquals(IceCandidateType.RELAY, selected(a).local().type());
                assertEquals(1, a.connection.openTurnStreams(), "a's allocation lives on one TLS stream");
                a.connection.close();
                b.connection.close();
            }
        } finally {
            Coturn.deleteQuietly(dir);
        }
    }

    private static EngineConfig tlsConfig(IceRole role, String url, SSLContext trust) {
        return EngineConfig.builder(IceConfig.builder().role(role).transportPolicy(IceTransportPolicy.RELAY).build(),
                LoopbackPeer.CERT).turnServer(url, Coturn.USER, Coturn.PASSWORD).turnTlsContext(trust).build();
    }

    @Test
    void aWrongPasswordIsA401CandidateErrorAndHostCandidatesStillConnect() {
        LoopbackPeer a = new LoopbackPeer("a", IceRole.CONTROLLING)
                .open(runtime, config(IceRole.CONTROLLING, IceTransportPolicy.ALL, url("udp"), "not-the-password"));
        LoopbackPeer b = new LoopbackPeer("b", IceRole.CONTROLLED).open(runtime, LoopbackPeer.config(IceRole.CONTROLLED));
        LoopbackPeer.negotiate(a, b);
        exchange(a, b);

        // The second 401 may come after the host pair carried the data: wait for it, do not sample once.
        EngineEvent.CandidateError error = LoopbackPeer.await(a.candidateError, "a's candidate error");
        assertEquals(401, error.errorCode(), error::toString);
        assertEquals(url("udp"), error.url());
        assertEquals(IceCandidateType.HOST, selected(a).local().type());
        assertTrue(signaled(a).stream().noneMatch(c -> c.type() == IceCandidateType.RELAY), () -> signaled(a).toString());
        a.connection.close();
        b.connection.close();
    }

    @Test
    void aRefusedTcpConnectionIsA701CandidateErrorAndHostCandidatesStillConnect() throws IOException {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "turn:127.0.0.1:" + closedPort + "?transport=tcp";
        LoopbackPeer a = new LoopbackPeer("a", IceRole.CONTROLLING)
                .open(runtime, config(IceRole.CONTROLLING, IceTransportPolicy.ALL, url, Coturn.PASSWORD));
        LoopbackPeer b = new LoopbackPeer("b", IceRole.CONTROLLED).open(runtime, LoopbackPeer.config(IceRole.CONTROLLED));
        LoopbackPeer.negotiate(a, b);
        exchange(a, b);
        // The refusal races the host pair; wait for the event itself rather than polling on a short budget.
        EngineEvent.CandidateError error = LoopbackPeer.await(a.candidateError, "a's candidate error");
        assertEquals(701, error.errorCode(), error::toString);
        assertEquals(url, error.url());
        assertEquals(0, a.connection.openTurnStreams());
        a.connection.close();
        b.connection.close();
    }

    /** Opens a channel from a, says hello both ways. */
    private static void exchange(LoopbackPeer a, LoopbackPeer b) {
        DataChannel ch = a.connection.call((e, now) -> e.createDataChannel(now, "relay", DataChannelInit.DEFAULT)).join();
        await(a.opened, a.name + " channel open");
        DataChannel far = await(b.remoteChannel, "the remote channel");
        CompletableFuture<String> atB = new CompletableFuture<>();
        CompletableFuture<String> atA = new CompletableFuture<>();
        b.onMessage = (c, m) -> atB.complete(m.text());
        a.onMessage = (c, m) -> atA.complete(m.text());
        a.connection.run((e, now) -> ch.send("hello through the relay"));
        assertEquals("hello through the relay", await(atB, "a's message at b"));
        b.connection.run((e, now) -> far.send("and back"));
        assertEquals("and back", await(atA, "b's reply at a"));
    }

    private static List<IceCandidate> signaled(LoopbackPeer p) {
        return p.events.stream().filter(EngineEvent.LocalCandidate.class::isInstance)
                .map(e -> ((EngineEvent.LocalCandidate) e).candidate()).toList();
    }

    /** The selected pair, once nomination (which may follow the first data) has selected one. */
    private static IceCandidatePair selected(LoopbackPeer p) {
        for (int i = 0; i < 600; i++) { // a hang guard of 30 s: nomination is slow on a loaded machine
            var pair = p.connection.call((e, now) -> ((SessionIceLayer) e.ice()).session().selectedPair()).join();
            if (pair.isPresent()) {
                return pair.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(p.name + " selected no pair within 30 s: " + p);
    }
}
