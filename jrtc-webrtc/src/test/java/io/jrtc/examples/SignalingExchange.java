package io.jrtc.examples;

import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCPeerConnection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * An offer/answer exchange through a signaling channel, as the WebRTC documents show it: each
 * side knows only its own connection and the channel; descriptions and trickled candidates travel
 * as the browsers' JSON. The caller opens a data channel; the callee answers whatever it gets.
 */
public final class SignalingExchange {
    private SignalingExchange() {}

    /** Runs the exchange and returns the callee's reply to the caller's first message. */
    public static String run(JrtcSettings settings) throws Exception {
        try (InMemorySignaling signaling = new InMemorySignaling();
                RTCPeerConnection caller = new RTCPeerConnection(RTCConfiguration.defaults(), settings);
                RTCPeerConnection callee = new RTCPeerConnection(RTCConfiguration.defaults(), settings)) {
            // Both sides run the same code; the callee is the polite one if they ever offer at once.
            PerfectNegotiation callerSide = new PerfectNegotiation(caller, signaling.first(), false);
            PerfectNegotiation calleeSide = new PerfectNegotiation(callee, signaling.second(), true);

            callee.onDataChannel(ch -> ch.onMessage(m -> ch.send("callee got: " + m.text())));
            CompletableFuture<String> reply = new CompletableFuture<>();
            RTCDataChannel ch = caller.createDataChannel("chat"); // negotiationneeded starts the offer
            ch.onOpen(() -> ch.send("hi, callee"));
            ch.onMessage(m -> reply.complete(m.text()));
            String answer = reply.get(30, TimeUnit.SECONDS);
            if (!callerSide.errors.isEmpty() || !calleeSide.errors.isEmpty()) {
                throw new IllegalStateException("signaling failed: " + callerSide.errors + calleeSide.errors);
            }
            return answer;
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run(JrtcSettings.builder().loopbackOnly(true).build()));
    }
}
