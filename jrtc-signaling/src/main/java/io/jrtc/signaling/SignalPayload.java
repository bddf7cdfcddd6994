package io.jrtc.signaling;

import io.jrtc.signaling.internal.PayloadCodec;
import io.jrtc.signaling.internal.ProtocolException;
import java.util.Objects;

/**
 * What a signal carries, in the JSON shapes browsers exchange: a session description
 * ({@code RTCSessionDescriptionInit}) or an ICE candidate ({@code RTCIceCandidateInit}).
 */
public sealed interface SignalPayload {

    /** This payload as the browsers' JSON, e.g. {@code {"type":"offer","sdp":"v=0..."}}. */
    String toJson();

    /**
     * Reads a payload from the browsers' JSON shape.
     *
     * @throws IllegalArgumentException naming what is wrong when {@code json} is neither shape
     */
    static SignalPayload fromJson(String json) {
        try {
            return PayloadCodec.parse(json);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * A session description: {@code {"type":"offer"|"answer"|"pranswer"|"rollback","sdp":"..."}}.
     *
     * @param type one of {@code offer}, {@code answer}, {@code pranswer}, {@code rollback}
     * @param sdp the SDP text ({@code ""} for a rollback)
     */
    record Description(String type, String sdp) implements SignalPayload {
        /** Checks the type is one the W3C {@code RTCSdpType} defines. */
        public Description {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(sdp, "sdp");
            if (!PayloadCodec.isSdpType(type)) {
                throw new IllegalArgumentException(
                        "type must be offer, answer, pranswer or rollback, not '" + type + "'");
            }
        }

        @Override
        public String toJson() {
            return PayloadCodec.toJson(this);
        }
    }

    /**
     * An ICE candidate:
     * {@code {"candidate":"candidate:...","sdpMid":"0","sdpMLineIndex":0,"usernameFragment":"..."}}.
     * An empty {@code candidate} is the end-of-candidates indication.
     *
     * @param candidate the {@code candidate:} attribute value, or {@code ""}
     * @param sdpMid the media stream identification, or {@code null}
     * @param sdpMLineIndex the m-line index, or {@code null}
     * @param usernameFragment the ICE ufrag the candidate belongs to, or {@code null}
     */
    record Candidate(String candidate, String sdpMid, Integer sdpMLineIndex, String usernameFragment)
            implements SignalPayload {
        /** Checks the candidate string is present and the m-line index is not negative. */
        public Candidate {
            Objects.requireNonNull(candidate, "candidate");
            if (sdpMLineIndex != null && (sdpMLineIndex < 0 || sdpMLineIndex > 65535)) {
                throw new IllegalArgumentException("sdpMLineIndex must be 0..65535, not " + sdpMLineIndex);
            }
        }

        @Override
        public String toJson() {
            return PayloadCodec.toJson(this);
        }
    }
}
