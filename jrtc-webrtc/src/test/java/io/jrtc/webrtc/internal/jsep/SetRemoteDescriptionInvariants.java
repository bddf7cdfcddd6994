package io.jrtc.webrtc.internal.jsep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;

/**
 * What must hold for any SDP given to setRemoteDescription: it is refused with an RTCException and
 * changes nothing (the session still negotiates afterwards), or it applies and the negotiation can
 * be completed. Nothing else is ever thrown.
 */
final class SetRemoteDescriptionInvariants {
    private static final String GOOD_OFFER = JsepFixtures.corpus("chromium-offer-audio-video-data");
    private static final String GOOD_ANSWER = JsepFixtures.corpus("chromium-answer-audio-video-data");

    private SetRemoteDescriptionInvariants() {}

    static void check(String sdp) {
        asOffer(sdp);
        asAnswer(sdp);
    }

    private static void asOffer(String sdp) {
        JsepSession s = JsepFixtures.session(50);
        s.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of("s"), true);
        s.requestDataChannel();
        try {
            s.setRemoteDescription(JsepFixtures.offer(sdp));
        } catch (RTCException e) {
            assertEquals(RTCSignalingState.STABLE, s.signalingState());
            assertEquals(1, s.transceivers().size());
            s.setRemoteDescription(JsepFixtures.offer(GOOD_OFFER));
        }
        try {
            s.addRemoteCandidate(io.jrtc.webrtc.RTCIceCandidate.of(
                    "candidate:1 1 udp 2122260223 192.0.2.9 50000 typ host", "0", null));
        } catch (RTCException e) {
            // no section with mid 0 in the mutated offer: refused, as the spec says
            assertEquals(RTCSignalingState.HAVE_REMOTE_OFFER, s.signalingState());
        }
        RTCSessionDescription answer = s.setLocalDescription();
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
        s.negotiatedTransport();
        // The answer we wrote is valid SDP that a peer could apply.
        io.jrtc.sdp.SessionDescription.parse(answer.sdp());
        s.isNegotiationNeeded();
    }

    private static void asAnswer(String sdp) {
        JsepSession s = JsepFixtures.session(51);
        s.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of("s"), true);
        s.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.SENDRECV, List.of("s"), true);
        s.requestDataChannel();
        s.setLocalDescription();
        try {
            s.setRemoteDescription(JsepFixtures.answer(sdp));
        } catch (RTCException e) {
            assertEquals(RTCSignalingState.HAVE_LOCAL_OFFER, s.signalingState());
            s.setRemoteDescription(JsepFixtures.answer(GOOD_ANSWER));
        }
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
        s.negotiatedTransport();
        s.isNegotiationNeeded();
        // The session can negotiate again.
        s.createOffer(io.jrtc.webrtc.RTCOfferOptions.defaults());
    }
}
