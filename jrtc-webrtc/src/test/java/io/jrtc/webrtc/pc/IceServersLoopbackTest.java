package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.peers.Coturn;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCIceCandidateType;
import io.jrtc.webrtc.RTCIceServer;
import io.jrtc.webrtc.RTCIceTransportPolicy;
import io.jrtc.webrtc.RTCPeerConnectionIceErrorEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RTCConfiguration.iceServers and iceCandidatePoolSize through the W3C API, against a real coturn
 * on 127.0.0.1: relay-only connections, a wrong credential surfacing as icecandidateerror 401, and
 * the candidate pool allocating before the first offer.
 */
class IceServersLoopbackTest {
    private static Coturn coturn;

    @BeforeAll
    static void startCoturn() throws Exception {
        coturn = Coturn.start(null, true); // verbose: the log names each allocation
    }

    @AfterAll
    static void stopCoturn() {
        if (coturn != null) {
            coturn.close();
        }
    }

    private static RTCIceServer turn(String transport, String credential) {
        return RTCIceServer.builder().urls("turn:127.0.0.1:" + coturn.address.getPort() + "?transport=" + transport)
                .username(Coturn.USER).credential(credential).build();
    }

    private static RTCConfiguration relayOnly(RTCIceServer server, int pool) {
        return RTCConfiguration.builder().iceServer(server).iceTransportPolicy(RTCIceTransportPolicy.RELAY)
                .iceCandidatePoolSize(pool).build();
    }

    /** Records every candidate a side signals (wrapping the trickle to the peer). */
    private static List<RTCIceCandidate> recordCandidates(Peers.Side side, Peers.Side to) {
        List<RTCIceCandidate> seen = new CopyOnWriteArrayList<>();
        side.pc.onIceCandidate(c -> {
            if (c == null) {
                side.endOfCandidates.complete(null);
                return;
            }
            seen.add(c);
            to.receiveCandidate(c);
        });
        return seen;
    }

    private static void echoOnce(Peers p, String label, String text) {
        RTCDataChannel ch = p.a.pc.createDataChannel(label);
        CompletableFuture<String> echoed = new CompletableFuture<>();
        ch.onOpen(() -> ch.send(text));
        ch.onMessage(m -> echoed.complete(m.text()));
        p.b.pc.onDataChannel(far -> far.onMessage(m -> far.send("echo " + m.text())));
        p.negotiate();
        assertEquals("echo " + text, await(echoed, "the echo of '" + text + "'"));
    }

    @Test
    void relayOnlyConnectionsOverUdpCarryDataChannelMessages() {
        runRelayOnly("udp");
    }

    @Test
    void relayOnlyConnectionsOverTcpCarryDataChannelMessages() {
        runRelayOnly("tcp");
    }

    private static void runRelayOnly(String transport) {
        RTCConfiguration config = relayOnly(turn(transport, Coturn.PASSWORD), 0);
        try (Peers p = new Peers(config, config, Peers.LOOPBACK)) {
            List<RTCIceCandidate> fromA = recordCandidates(p.a, p.b);
            List<RTCIceCandidate> fromB = recordCandidates(p.b, p.a);
            List<RTCPeerConnectionIceErrorEvent> errors = new CopyOnWriteArrayList<>();
            p.a.pc.onIceCandidateError(errors::add);
            p.b.pc.onIceCandidateError(errors::add);
            echoOnce(p, "relayed", "over " + transport);
            await(p.a.endOfCandidates, "a's end of candidates");
            assertFalse(fromA.isEmpty(), "a gathered a relay candidate");
            assertFalse(fromB.isEmpty(), "b gathered a relay candidate");
            for (RTCIceCandidate c : List.copyOf(fromA)) {
                assertEquals(RTCIceCandidateType.RELAY, c.type().orElseThrow(), c.candidate());
            }
            for (RTCIceCandidate c : List.copyOf(fromB)) {
                assertEquals(RTCIceCandidateType.RELAY, c.type().orElseThrow(), c.candidate());
            }
            assertEquals(List.of(), errors, "no candidate errors with the right credential");
        }
    }

    @Test
    void aWrongCredentialFiresIceCandidateError401AndHostCandidatesStillConnect() {
        RTCConfiguration wrong = RTCConfiguration.builder().iceServer(turn("udp", "not-the-password")).build();
        try (Peers p = new Peers(wrong, RTCConfiguration.defaults(), Peers.LOOPBACK)) {
            CompletableFuture<RTCPeerConnectionIceErrorEvent> error = new CompletableFuture<>();
            p.a.pc.onIceCandidateError(error::complete);
            echoOnce(p, "host", "despite a bad TURN server");
            RTCPeerConnectionIceErrorEvent e = await(error, "icecandidateerror");
            assertEquals(401, e.errorCode(), e.toString());
            assertEquals("turn:127.0.0.1:" + coturn.address.getPort() + "?transport=udp", e.url());
            assertTrue(e.address().isPresent(), "the local address the request went from: " + e);
            assertTrue(e.port().orElseThrow() > 0, e.toString());
        }
    }

    @Test
    void theCandidatePoolAllocatesBeforeTheFirstOfferAndHandsOutItsCandidates() {
        long before = allocations();
        RTCConfiguration pooled = relayOnly(turn("udp", Coturn.PASSWORD), 1);
        try (Peers p = new Peers(pooled, pooled, Peers.LOOPBACK)) {
            // No description exists yet: only the pool can have made these allocations.
            until(() -> allocations() >= before + 2, "two TURN allocations before any offer", coturn::log);
            assertTrue(p.a.pc.localDescription().isEmpty());
            List<RTCIceCandidate> fromA = recordCandidates(p.a, p.b);
            recordCandidates(p.b, p.a);
            echoOnce(p, "pooled", "from the pool");
            assertFalse(fromA.isEmpty(), "the pool's relay candidate was signaled");
            assertEquals(RTCIceCandidateType.RELAY, fromA.get(0).type().orElseThrow());
        }
    }

    @Test
    void setConfigurationBeforeTheFirstOfferRestartsThePoolWithTheNewServers() {
        long before = allocations();
        RTCConfiguration pooled = relayOnly(turn("udp", Coturn.PASSWORD), 1);
        RTCConfiguration bare = RTCConfiguration.builder().iceTransportPolicy(RTCIceTransportPolicy.RELAY).build();
        try (Peers p = new Peers(bare, pooled, Peers.LOOPBACK)) {
            until(() -> allocations() >= before + 1, "b's pool allocation", coturn::log);
            p.a.pc.setConfiguration(pooled);
            assertEquals(pooled, p.a.pc.getConfiguration());
            until(() -> allocations() >= before + 2, "a's pool allocation after setConfiguration", coturn::log);
            List<RTCIceCandidate> fromA = recordCandidates(p.a, p.b);
            recordCandidates(p.b, p.a);
            echoOnce(p, "reconfigured", "through the new server");
            assertEquals(RTCIceCandidateType.RELAY, fromA.get(0).type().orElseThrow());
        }
    }

    /** How many allocations coturn has granted so far (its log names each one). */
    private static long allocations() {
        return coturn.fullLog().lines().filter(l -> l.contains("ALLOCATE processed, success")).count();
    }
}
