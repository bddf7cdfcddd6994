package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Direction;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;

/**
 * W3C "check if negotiation is needed" (WebRTC 1.0 section 4.7.3), on the JSEP model: in
 * {@code stable}, a data channel or transceiver not yet negotiated, a stopping transceiver, a
 * direction the current descriptions do not reflect, or a requested ICE restart.
 */
final class NegotiationNeeded {
    private NegotiationNeeded() {}

    static boolean check(SessionDescriptions descriptions, List<JsepTransceiver> transceivers, List<MSection> plan,
            boolean dataWanted, boolean iceRestartWanted) {
        if (descriptions.state() != RTCSignalingState.STABLE) {
            return false;
        }
        if (iceRestartWanted || (dataWanted && !OfferPlanner.hasData(plan))) {
            return true;
        }
        RTCSessionDescription local = descriptions.currentLocal().orElse(null);
        // Looked up only when a transceiver's direction must be compared.
        SessionDescription parsedLocal = null;
        SessionDescription parsedRemote = null;
        for (JsepTransceiver t : transceivers) {
            if (t.isStopped()) {
                continue;
            }
            int index = indexOf(plan, t);
            if (index < 0) {
                if (!t.isStopping()) {
                    return true;
                }
                continue;
            }
            if (t.isStopping()) {
                return true;
            }
            if (parsedLocal == null) {
                parsedLocal = descriptions.parsedCurrentLocal();
                parsedRemote = descriptions.parsedCurrentRemote();
            }
            Direction written = parsedLocal.media().get(index).direction();
            // As offerer our section says what we want; as answerer, what we want intersected with
            // what the remote offer allowed (W3C section 4.7.3, steps on the direction).
            Direction wanted = local.type() == RTCSdpType.OFFER
                    ? Directions.toSdp(t.direction())
                    : Directions.answer(parsedRemote.media().get(index).direction(), t.direction());
            if (written != wanted) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<MSection> plan, JsepTransceiver t) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).transceiver() == t) {
                return i;
            }
        }
        return -1;
    }
}
