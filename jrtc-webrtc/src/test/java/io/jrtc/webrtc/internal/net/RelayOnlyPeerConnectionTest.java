package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.examples.InMemorySignaling;
import io.jrtc.examples.PerfectNegotiation;
import io.jrtc.testkit.peers.Coturn;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCIceCandidateType;
import io.jrtc.webrtc.RTCIceServer;
import io.jrtc.webrtc.RTCIceTransportPolicy;
import io.jrtc.webrtc.RTCPeerConnection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RTCConfiguration's TURN servers reach ICE: two peer connections with {@code iceTransportPolicy:
 * relay} through a real coturn on 127.0.0.1 gather only relayed candidates and open a data channel
 * (found by the Chromium interop tests: the servers were not handed to the engine).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RelayOnlyPeerConnectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"udp", "tcp"})
    void relayOnlyPeerConnectionsConnectThroughCoturn(String transport) throws Exception {
        try (Coturn coturn = Coturn.start(null); InMemorySignaling signaling = new InMemorySignaling()) {
            String url = "turn:127.0.0.1:" + coturn.address.getPort() + "?transport=" + transport;
            RTCConfiguration config = RTCConfiguration.builder()
                    .iceServer(RTCIceServer.builder().urls(url).username(Coturn.USER).credential(Coturn.PASSWORD).build())
                    .iceTransportPolicy(RTCIceTransportPolicy.RELAY).build();
            JrtcSettings settings = JrtcSettings.builder().loopbackOnly(true).build();
            try (RTCPeerConnection a = new RTCPeerConnection(config, settings);
                    RTCPeerConnection b = new RTCPeerConnection(config, settings)) {
                List<RTCIceCandidate> gathered = new CopyOnWriteArrayList<>();
                a.addIceCandidateListener(c -> {
                    if (c != null) {
                        gathered.add(c);
                    }
                });
                PerfectNegotiation na = new PerfectNegotiation(a, signaling.first(), false);
                PerfectNegotiation nb = new PerfectNegotiation(b, signaling.second(), true);
                CompletableFuture<String> reply = new CompletableFuture<>();
                b.onDataChannel(ch -> ch.onMessage(m -> ch.send("b got " + m.text())));
                RTCDataChannel ch = a.createDataChannel("relayed");
                ch.onOpen(() -> ch.send("hello"));
                ch.onMessage(m -> reply.complete(m.text()));
                assertEquals("b got hello", reply.get(30, TimeUnit.SECONDS),
                        () -> "coturn: " + coturn.log());
                assertFalse(gathered.isEmpty());
                assertTrue(gathered.stream().allMatch(c -> c.type().orElseThrow() == RTCIceCandidateType.RELAY),
                        gathered::toString);
                assertTrue(na.errors.isEmpty() && nb.errors.isEmpty(), () -> na.errors + " " + nb.errors);
            }
        }
    }
}
