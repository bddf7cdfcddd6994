package io.jrtc.signaling.internal;

import io.jrtc.webrtc.RTCIceGatheringState;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

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
            Consumer<RTCPeerConnection> beforeAnswer) {
        CompletableFuture<String> gathered = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
        // After an ICE restart the gathering state may still say "complete" from the previous
        // generation while the new candidates come later: wait until the description has some.
        Runnable check = () -> {
            if (answered.get() && pc.iceGatheringState() == RTCIceGatheringState.COMPLETE) {
                pc.localDescription().map(RTCSessionDescription::sdp)
                        .filter(sdp -> sdp.contains("a=candidate:"))
                        .ifPresent(gathered::complete);
            }
        };
        pc.onIceGatheringStateChange(s -> check.run());
        pc.addIceCandidateListener(c -> check.run());
        return pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.OFFER, offerSdp))
                .thenCompose(v -> {
                    beforeAnswer.accept(pc);
                    return pc.setLocalDescription();
                })
                .thenCompose(v -> {
                    answered.set(true);
                    check.run();
                    return gathered.orTimeout(gatherTimeout.toMillis(), TimeUnit.MILLISECONDS);
                });
    }
}
