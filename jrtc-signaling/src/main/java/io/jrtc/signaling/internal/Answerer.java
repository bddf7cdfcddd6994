package io.jrtc.signaling.internal;

import io.jrtc.webrtc.RTCIceGatheringState;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The answering half of a non-trickle exchange (the echo convention, WHIP, WHEP): applies the
 * offer, answers, and completes with the local answer once ICE gathering is complete, so the
 * answer carries every candidate inline.
 */
public final class Answerer {
    private Answerer() {
    }

    /**
     * Answers {@code offerSdp} on {@code pc}; fails after {@code gatherTimeout}. {@code beforeAnswer}
     * runs once the offer is applied (its transceivers exist) and before the answer is made.
     */
    public static CompletableFuture<String> answer(RTCPeerConnection pc, String offerSdp, Duration gatherTimeout,
            java.util.function.Consumer<RTCPeerConnection> beforeAnswer) {
        CompletableFuture<Void> gathered = new CompletableFuture<>();
        pc.onIceGatheringStateChange(s -> {
            if (s == RTCIceGatheringState.COMPLETE) {
                gathered.complete(null);
            }
        });
        return pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.OFFER, offerSdp))
                .thenCompose(v -> {
                    beforeAnswer.accept(pc);
                    return pc.setLocalDescription();
                })
                .thenCompose(v -> {
                    if (pc.iceGatheringState() == RTCIceGatheringState.COMPLETE) {
                        gathered.complete(null);
                    }
                    return gathered.orTimeout(gatherTimeout.toMillis(), TimeUnit.MILLISECONDS);
                })
                .thenApply(v -> pc.localDescription().orElseThrow().sdp());
    }
}
