package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceGatheringState;
import io.jrtc.ice.IceRole;
import io.jrtc.ice.IceTransportPolicy;
import io.jrtc.ice.session.IceSessionConfig;
import io.jrtc.ice.session.TurnServer;
import io.jrtc.testkit.peers.Coturn;
import io.jrtc.testkit.peers.TlsCertificates;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two {@code IceSession}s with relay candidates only, each with its own allocation on a real
 * coturn: checks and data go session -> coturn -> coturn -> session, over UDP, TCP or TLS to the
 * server. The sessions do all the TURN work; the test only moves bytes between sockets.
 */
class IceOverCoturnTest {
    private static final Duration GUARD = Duration.ofSeconds(30);

    private static IceSessionConfig relayOnly(IceRole role, TurnServer server, SSLContext tls) {
        IceSessionConfig.Builder b = IceSessionConfig.builder(IceConfig.builder().role(role)
                .transportPolicy(IceTransportPolicy.RELAY).build()).turnServer(server);
        if (tls != null) {
            b.sslContext(tls);
        }
        return b.build();
    }

    private static String url(Coturn coturn, TurnTransport t) {
        return switch (t) {
            case UDP -> "turn:127.0.0.1:" + coturn.address.getPort() + "?transport=udp";
            case TCP -> "turn:127.0.0.1:" + coturn.address.getPort() + "?transport=tcp";
            case TLS -> "turns:127.0.0.1:" + coturn.tlsAddress.getPort() + "?transport=tcp";
        };
    }

    @ParameterizedTest
    @EnumSource(TurnTransport.class)
    void twoSessionsConnectRelayOnlyThroughCoturn(TurnTransport transport) throws Exception {
        Path dir = Files.createTempDirectory("jrtc-turns");
        try {
            Path[] certAndKey = transport == TurnTransport.TLS ? TlsCertificates.selfSigned(dir) : null;
            SSLContext tls = certAndKey == null ? null : TlsCertificates.trusting(certAndKey[0]);
            try (Coturn coturn = Coturn.start(certAndKey); Selector selector = Selector.open()) {
                TurnServer server = TurnServer.of(url(coturn, transport), Coturn.USER, Coturn.PASSWORD);
                connect(selector, relayOnly(IceRole.CONTROLLING, server, tls), relayOnly(IceRole.CONTROLLED, server, tls));
            }
        } finally {
            Coturn.deleteQuietly(dir);
        }
    }

    private static void connect(Selector selector, IceSessionConfig ca, IceSessionConfig cb) throws Exception {
        try (SocketSessionDriver a = new SocketSessionDriver(ca, selector);
                SocketSessionDriver b = new SocketSessionDriver(cb, selector)) {
            long now = SocketSessionDriver.now();
            a.signal = c -> b.session.addRemoteCandidate(SocketSessionDriver.now(), c);
            b.signal = c -> a.session.addRemoteCandidate(SocketSessionDriver.now(), c);
            a.session.setRemoteCredentials(b.session.localCredentials());
            b.session.setRemoteCredentials(a.session.localCredentials());
            a.session.startGathering(now);
            b.session.startGathering(now);
            List<SocketSessionDriver> both = List.of(a, b);
            SocketSessionDriver.run(selector, both, () -> a.connected() && b.connected(), GUARD);
            byte[] hello = "hello over two relays".getBytes(StandardCharsets.UTF_8);
            assertTrue(a.session.send(SocketSessionDriver.now(), hello));
            SocketSessionDriver.run(selector, both, () -> !b.received.isEmpty(), GUARD);
            assertArrayEquals(hello, b.received.get(0));
            for (SocketSessionDriver s : both) {
                assertTrue(s.errors.isEmpty(), s.errors::toString);
                assertTrue(s.signaled.stream().allMatch(c -> c.type() == IceCandidateType.RELAY), s.signaled::toString);
                var pair = s.session.selectedPair().orElseThrow();
                assertEquals(IceCandidateType.RELAY, pair.local().type());
                assertEquals(IceCandidateType.RELAY, pair.remote().type());
            }
            assertEquals(b.session.selectedPair().orElseThrow().remote().socketAddress(),
                    a.session.selectedPair().orElseThrow().local().socketAddress());
            SocketSessionDriver.run(selector, both,
                    () -> a.session.gatheringState() == IceGatheringState.COMPLETE
                            && b.session.gatheringState() == IceGatheringState.COMPLETE, GUARD);
            a.session.close(SocketSessionDriver.now());
            b.session.close(SocketSessionDriver.now());
            a.flush();
            b.flush();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TurnTransport.class, names = {"UDP", "TCP"})
    void wrongPasswordGivesCandidateError401AndGatheringCompletes(TurnTransport transport) throws Exception {
        try (Coturn coturn = Coturn.start(null); Selector selector = Selector.open();
                SocketSessionDriver a = new SocketSessionDriver(relayOnly(IceRole.CONTROLLING,
                        TurnServer.of(url(coturn, transport), Coturn.USER, "not-the-password"), null), selector)) {
            a.session.startGathering(SocketSessionDriver.now());
            SocketSessionDriver.run(selector, List.of(a),
                    () -> a.session.gatheringState() == IceGatheringState.COMPLETE, GUARD);
            assertEquals(1, a.errors.size(), a.errors::toString);
            IceEvent.CandidateError e = a.errors.get(0);
            assertEquals(401, e.errorCode());
            assertEquals(url(coturn, transport), e.url());
            assertTrue(a.signaled.isEmpty(), "relay policy and no allocation: no candidates");
        }
    }

    @Test
    void oneServerForStunAndTurnOnOneSocket() throws Exception {
        try (Coturn coturn = Coturn.start(null); Selector selector = Selector.open();
                SocketSessionDriver a = new SocketSessionDriver(IceSessionConfig.builder(IceConfig.builder()
                        .stunServer(coturn.address).build())
                        .turnServer(TurnServer.of(url(coturn, TurnTransport.UDP), Coturn.USER, Coturn.PASSWORD)).build(),
                        selector)) {
            a.session.startGathering(SocketSessionDriver.now());
            SocketSessionDriver.run(selector, List.of(a),
                    () -> a.session.gatheringState() == IceGatheringState.COMPLETE, GUARD);
            // The Binding response comes from the TURN server's address to the same socket: it must
            // reach the agent, not the TURN client, or the STUN request would time out (701).
            assertTrue(a.errors.isEmpty(), a.errors::toString);
            assertTrue(a.signaled.stream().anyMatch(c -> c.type() == IceCandidateType.RELAY), a.signaled::toString);
            assertTrue(a.signaled.stream().anyMatch(c -> c.type() == IceCandidateType.HOST), a.signaled::toString);
            assertEquals(0, a.session.stats().turnDropped(), "the TURN client saw nothing it did not expect");
        }
    }

    @Test
    void serverThatRefusesTcpGivesCandidateError701() throws Exception {
        try (Selector selector = Selector.open(); java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            int port = s.getLocalPort();
            s.close(); // nothing listens there any more: the connection is refused
            try (SocketSessionDriver a = new SocketSessionDriver(relayOnly(IceRole.CONTROLLING,
                    TurnServer.of("turn:127.0.0.1:" + port + "?transport=tcp", "u", "p"), null), selector)) {
                a.session.startGathering(SocketSessionDriver.now());
                SocketSessionDriver.run(selector, List.of(a),
                        () -> a.session.gatheringState() == IceGatheringState.COMPLETE, GUARD);
                assertEquals(701, a.errors.get(0).errorCode());
            }
        }
    }
}
