package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.peers.Coturn;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCIceCandidateType;
import io.jrtc.webrtc.RTCIceServer;
import io.jrtc.webrtc.RTCIceTransportPolicy;
import io.jrtc.webrtc.RTCOfferOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * W3C setConfiguration on a connected RTCPeerConnection, against a real coturn on 127.0.0.1: the
 * new ICE servers and transport policy are used by the next gathering, the ICE restart that
 * restartIce() or createOffer({iceRestart: true}) starts, and the connection moves onto the relay
 * without losing its data channel.
 */
class SetConfigurationIceRestartLoopbackTest {
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

    private static RTCIceServer turn() {
        return RTCIceServer.builder().urls("turn:127.0.0.1:" + coturn.address.getPort() + "?transport=udp")
                .username(Coturn.USER).credential(Coturn.PASSWORD).build();
    }

    @Test
    void newTurnServerAndRelayPolicyAreUsedByRestartIce() {
        try (Peers p = new Peers()) {
            RTCDataChannel ch = connected(p);
            List<RTCIceCandidate> fromA = recordCandidates(p.a, p.b);
            long before = allocations();
            RTCConfiguration relay = p.a.pc.getConfiguration().toBuilder().iceServer(turn())
                    .iceTransportPolicy(RTCIceTransportPolicy.RELAY).build();
            p.a.pc.setConfiguration(relay);
            assertEquals(relay, p.a.pc.getConfiguration());
            echo(p, ch, "before the restart");
            assertEquals(before, allocations(), "no gathering until the restart");

            p.a.pc.restartIce();
            Peers.negotiate(p.a, p.b);
            assertMovesOntoTheRelay(p, ch, fromA);
            assertTrue(allocations() > before, "the new server was asked for an allocation");
        }
    }

    @Test
    void aPolicyChangeToRelayIsUsedByAnIceRestartOffer() {
        RTCConfiguration withTurn = RTCConfiguration.builder().iceServer(turn()).build();
        try (Peers p = new Peers(withTurn, RTCConfiguration.defaults(), Peers.LOOPBACK)) {
            RTCDataChannel ch = connected(p);
            until(() -> p.a.pc.iceTransport().getSelectedCandidatePair().map(c -> c.local().type()
                    .orElseThrow() == RTCIceCandidateType.HOST).orElse(false), "a host pair, the best one");
            List<RTCIceCandidate> fromA = recordCandidates(p.a, p.b);
            long before = allocations();
            p.a.pc.setConfiguration(withTurn.toBuilder().iceTransportPolicy(RTCIceTransportPolicy.RELAY).build());

            var offer = await(p.a.pc.createOffer(RTCOfferOptions.builder().iceRestart(true).build()), "restart offer");
            await(p.a.pc.setLocalDescription(offer), "setLocalDescription(restart offer)");
            p.b.setRemote(p.a.pc.localDescription().orElseThrow());
            await(p.b.pc.setLocalDescription(), "answer");
            p.a.setRemote(p.b.pc.localDescription().orElseThrow());
            assertMovesOntoTheRelay(p, ch, fromA);
            assertEquals(before, allocations(), "the allocation of a server still configured is kept");
        }
    }

    private static void assertMovesOntoTheRelay(Peers p, RTCDataChannel ch, List<RTCIceCandidate> fromA) {
        until(() -> p.a.pc.iceTransport().getSelectedCandidatePair().map(c -> c.local().type()
                        .orElseThrow() == RTCIceCandidateType.RELAY).orElse(false), "a relayed pair after the restart",
                () -> p.a.events + " " + fromA + "\n" + coturn.log());
        assertFalse(fromA.isEmpty(), "the restart signaled candidates");
        for (RTCIceCandidate c : List.copyOf(fromA)) {
            assertEquals(RTCIceCandidateType.RELAY, c.type().orElseThrow(), "only relay candidates: " + c.candidate());
        }
        assertEquals(RTCDataChannelState.OPEN, ch.readyState());
        echo(p, ch, "through the relay");
    }

    private static RTCDataChannel connected(Peers p) {
        RTCDataChannel ch = p.a.pc.createDataChannel("reconfigured");
        p.negotiate();
        until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open");
        p.b.remoteChannel(0).onMessage(m -> p.b.remoteChannels.get(0).send("echo " + m.text()));
        echo(p, ch, "first");
        await(p.a.endOfCandidates, "a's first gathering");
        return ch;
    }

    private static void echo(Peers p, RTCDataChannel ch, String text) {
        CompletableFuture<String> echoed = new CompletableFuture<>();
        ch.onMessage(m -> echoed.complete(m.text()));
        ch.send(text);
        assertEquals("echo " + text, await(echoed, "the echo of '" + text + "'"));
    }

    /** Records every candidate a side signals from now on (wrapping the trickle to the peer). */
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

    /** How many allocations coturn has granted so far (its log names each one). */
    private static long allocations() {
        return coturn.fullLog().lines().filter(l -> l.contains("ALLOCATE processed, success")).count();
    }
}
