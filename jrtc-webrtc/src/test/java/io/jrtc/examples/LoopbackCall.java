package io.jrtc.examples;

import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCPeerConnectionState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Two connections in one JVM wired straight to each other, like the WebRTC samples' "pc1/pc2"
 * page: pc1's candidates go to pc2 and back, the offer and answer are handed over directly, and a
 * ping crosses a data channel and comes back.
 */
public final class LoopbackCall {
    private LoopbackCall() {}

    /** Makes the call and returns what pc1 heard back. */
    public static String run(JrtcSettings settings) throws Exception {
        try (RTCPeerConnection pc1 = new RTCPeerConnection(RTCConfiguration.defaults(), settings);
                RTCPeerConnection pc2 = new RTCPeerConnection(RTCConfiguration.defaults(), settings)) {
            // Candidates are handed over once the other side has the description they belong to.
            CompletableFuture<Void> pc2HasOffer = new CompletableFuture<>();
            CompletableFuture<Void> pc1HasAnswer = new CompletableFuture<>();
            pc1.onIceCandidate(c -> {
                if (c != null) {
                    pc2HasOffer.thenCompose(v -> pc2.addIceCandidate(c));
                }
            });
            pc2.onIceCandidate(c -> {
                if (c != null) {
                    pc1HasAnswer.thenCompose(v -> pc1.addIceCandidate(c));
                }
            });
            pc2.onDataChannel(ch -> ch.onMessage(m -> ch.send("pong: " + m.text())));
            CompletableFuture<String> reply = new CompletableFuture<>();
            RTCDataChannel ch = pc1.createDataChannel("ping");
            ch.onOpen(() -> ch.send("ping"));
            ch.onMessage(m -> reply.complete(m.text()));
            CompletableFuture<Void> connected = new CompletableFuture<>();
            pc1.onConnectionStateChange(s -> {
                if (s == RTCPeerConnectionState.CONNECTED) {
                    connected.complete(null);
                }
            });

            pc1.setLocalDescription().join();
            pc2.setRemoteDescription(pc1.localDescription().orElseThrow()).join();
            pc2HasOffer.complete(null);
            pc2.setLocalDescription().join();
            pc1.setRemoteDescription(pc2.localDescription().orElseThrow()).join();
            pc1HasAnswer.complete(null);

            connected.get(30, TimeUnit.SECONDS);
            return reply.get(30, TimeUnit.SECONDS);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run(JrtcSettings.builder().loopbackOnly(true).build()));
    }
}
