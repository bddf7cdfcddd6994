package io.jrtc.examples;

import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The "perfect negotiation" pattern of the WebRTC specification (section 10.7) and MDN, in Java:
 * either side may start a negotiation at any time; when both offer at once (glare), the impolite
 * side ignores the other's offer and the polite side rolls its own back implicitly and answers.
 * Messages are the browsers' JSON: {@code {"description":...}} or {@code {"candidate":...}}.
 */
public final class PerfectNegotiation {
    private final RTCPeerConnection pc;
    private final InMemorySignaling.Endpoint signaling;
    private final boolean polite;
    private volatile boolean makingOffer;
    private volatile boolean ignoreOffer;
    /** Candidates that arrived before any remote description (only the signaling thread uses it). */
    private final List<RTCIceCandidate> overtaking = new java.util.ArrayList<>();
    /** Failures that the pattern does not expect (tests check there are none). */
    public final List<Throwable> errors = new CopyOnWriteArrayList<>();

    public PerfectNegotiation(RTCPeerConnection pc, InMemorySignaling.Endpoint signaling, boolean polite) {
        this.pc = pc;
        this.signaling = signaling;
        this.polite = polite;
        pc.onNegotiationNeeded(this::negotiate);
        // null means gathering is complete: the peer hears it as end-of-candidates (an empty candidate).
        pc.onIceCandidate(c -> signaling.send("{\"candidate\":"
                + (c != null ? c : RTCIceCandidate.builder().candidate("").sdpMLineIndex(0).build()).toJSON() + "}"));
        signaling.onMessage(this::receive);
    }

    /** negotiationneeded: make an offer and send it (runs on the connection's serial context, so it never blocks). */
    private void negotiate() {
        makingOffer = true;
        pc.setLocalDescription()
                .thenRun(() -> signaling.send("{\"description\":" + pc.localDescription().orElseThrow().toJSON() + "}"))
                .whenComplete((v, e) -> {
                    makingOffer = false;
                    if (e != null) {
                        errors.add(e);
                    }
                });
    }

    /** A message from the other side (on the signaling thread, which may wait). */
    private void receive(String message) {
        try {
            String body = message.substring(message.indexOf(':') + 1, message.length() - 1);
            if (message.startsWith("{\"description\"")) {
                RTCSessionDescription description = RTCSessionDescription.fromJSON(body);
                boolean offerCollision = description.type() == RTCSdpType.OFFER
                        && (makingOffer || pc.signalingState() != RTCSignalingState.STABLE);
                ignoreOffer = !polite && offerCollision;
                if (ignoreOffer) {
                    return;
                }
                pc.setRemoteDescription(description).join();
                if (description.type() == RTCSdpType.OFFER) {
                    pc.setLocalDescription().join();
                    signaling.send("{\"description\":" + pc.localDescription().orElseThrow().toJSON() + "}");
                }
                List<RTCIceCandidate> early = List.copyOf(overtaking);
                overtaking.clear();
                early.forEach(this::addCandidate);
            } else {
                RTCIceCandidate candidate = RTCIceCandidate.fromJSON(body);
                if (pc.remoteDescription().isEmpty()) {
                    // The peer sends a candidate as soon as it has one, which can be before its
                    // answer has left: it waits here for the description it belongs to.
                    overtaking.add(candidate);
                } else {
                    addCandidate(candidate);
                }
            }
        } catch (RuntimeException e) {
            errors.add(e);
        }
    }

    private void addCandidate(RTCIceCandidate candidate) {
        try {
            pc.addIceCandidate(candidate).join();
        } catch (RuntimeException e) {
            if (!ignoreOffer) {
                throw e;
            }
        }
    }
}
