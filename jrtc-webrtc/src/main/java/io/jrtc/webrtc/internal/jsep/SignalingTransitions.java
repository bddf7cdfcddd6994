package io.jrtc.webrtc.internal.jsep;

import static io.jrtc.webrtc.RTCSignalingState.CLOSED;
import static io.jrtc.webrtc.RTCSignalingState.HAVE_LOCAL_OFFER;
import static io.jrtc.webrtc.RTCSignalingState.HAVE_LOCAL_PRANSWER;
import static io.jrtc.webrtc.RTCSignalingState.HAVE_REMOTE_OFFER;
import static io.jrtc.webrtc.RTCSignalingState.HAVE_REMOTE_PRANSWER;
import static io.jrtc.webrtc.RTCSignalingState.STABLE;

import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSignalingState;

/**
 * The signaling state machine of WebRTC 1.0 section 4.3.1 (RFC 9429 section 3.2): which
 * description type may be applied, locally or remotely, in which state, and the state that follows.
 */
public final class SignalingTransitions {
    private SignalingTransitions() {}

    /**
     * The state after applying a description of {@code type}.
     *
     * @param local true for setLocalDescription, false for setRemoteDescription
     * @throws RTCException InvalidStateError if the type cannot be applied in {@code state}, with a
     *     message saying which states allow it
     */
    public static RTCSignalingState next(RTCSignalingState state, boolean local, RTCSdpType type) {
        if (state == CLOSED) {
            throw new RTCException(RTCErrorName.INVALID_STATE_ERROR,
                    "The RTCPeerConnection is closed; create a new one to negotiate again");
        }
        RTCSignalingState next = switch (type) {
            case OFFER -> state == STABLE || state == (local ? HAVE_LOCAL_OFFER : HAVE_REMOTE_OFFER)
                    ? (local ? HAVE_LOCAL_OFFER : HAVE_REMOTE_OFFER) : null;
            case ANSWER -> state == (local ? HAVE_REMOTE_OFFER : HAVE_LOCAL_OFFER)
                    || state == (local ? HAVE_LOCAL_PRANSWER : HAVE_REMOTE_PRANSWER) ? STABLE : null;
            case PRANSWER -> state == (local ? HAVE_REMOTE_OFFER : HAVE_LOCAL_OFFER)
                    || state == (local ? HAVE_LOCAL_PRANSWER : HAVE_REMOTE_PRANSWER)
                    ? (local ? HAVE_LOCAL_PRANSWER : HAVE_REMOTE_PRANSWER) : null;
            case ROLLBACK -> state == HAVE_LOCAL_OFFER || state == HAVE_REMOTE_OFFER ? STABLE : null;
        };
        if (next == null) {
            throw new RTCException(RTCErrorName.INVALID_STATE_ERROR, cannot(state, local, type));
        }
        return next;
    }

    /**
     * True if a remote offer arriving in {@code state} is glare that the spec settles by rolling
     * back the local offer first (WebRTC 1.0 section 4.4.1.5, setRemoteDescription step 4: the
     * polite peer of perfect negotiation).
     */
    public static boolean needsImplicitRollback(RTCSignalingState state, RTCSdpType remoteType) {
        return remoteType == RTCSdpType.OFFER && state == HAVE_LOCAL_OFFER;
    }

    private static String cannot(RTCSignalingState state, boolean local, RTCSdpType type) {
        String call = local ? "setLocalDescription" : "setRemoteDescription";
        String allowed = switch (type) {
            case OFFER -> "stable or " + (local ? "have-local-offer" : "have-remote-offer");
            case ANSWER, PRANSWER -> local ? "have-remote-offer or have-local-pranswer (answer a remote offer)"
                    : "have-local-offer or have-remote-pranswer (after sending an offer)";
            case ROLLBACK -> "have-local-offer or have-remote-offer";
        };
        return "Cannot " + call + "(" + type + ") in signaling state " + state + "; it is allowed in " + allowed;
    }
}
