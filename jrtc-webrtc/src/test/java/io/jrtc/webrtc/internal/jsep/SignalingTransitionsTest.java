package io.jrtc.webrtc.internal.jsep;

import static io.jrtc.webrtc.RTCSignalingState.CLOSED;
import static io.jrtc.webrtc.RTCSignalingState.HAVE_LOCAL_OFFER;
import static io.jrtc.webrtc.RTCSignalingState.HAVE_LOCAL_PRANSWER;
import static io.jrtc.webrtc.RTCSignalingState.HAVE_REMOTE_OFFER;
import static io.jrtc.webrtc.RTCSignalingState.HAVE_REMOTE_PRANSWER;
import static io.jrtc.webrtc.RTCSignalingState.STABLE;
import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every (state, side, type) against the transitions of the W3C signaling state diagram. */
class SignalingTransitionsTest {
    /** "state local|remote type" to the state that follows; everything not listed is an InvalidStateError. */
    private static final Map<String, RTCSignalingState> ALLOWED = Map.ofEntries(
            Map.entry("stable local offer", HAVE_LOCAL_OFFER),
            Map.entry("stable remote offer", HAVE_REMOTE_OFFER),
            Map.entry("have-local-offer local offer", HAVE_LOCAL_OFFER),
            Map.entry("have-local-offer remote answer", STABLE),
            Map.entry("have-local-offer remote pranswer", HAVE_REMOTE_PRANSWER),
            Map.entry("have-local-offer local rollback", STABLE),
            Map.entry("have-local-offer remote rollback", STABLE),
            Map.entry("have-remote-offer remote offer", HAVE_REMOTE_OFFER),
            Map.entry("have-remote-offer local answer", STABLE),
            Map.entry("have-remote-offer local pranswer", HAVE_LOCAL_PRANSWER),
            Map.entry("have-remote-offer local rollback", STABLE),
            Map.entry("have-remote-offer remote rollback", STABLE),
            Map.entry("have-local-pranswer local pranswer", HAVE_LOCAL_PRANSWER),
            Map.entry("have-local-pranswer local answer", STABLE),
            Map.entry("have-remote-pranswer remote pranswer", HAVE_REMOTE_PRANSWER),
            Map.entry("have-remote-pranswer remote answer", STABLE));

    @Test
    void everyTransition() {
        int allowed = 0;
        for (RTCSignalingState state : RTCSignalingState.values()) {
            for (boolean local : new boolean[] {true, false}) {
                for (RTCSdpType type : RTCSdpType.values()) {
                    String key = state + " " + (local ? "local" : "remote") + " " + type;
                    RTCSignalingState expected = ALLOWED.get(key);
                    if (expected != null) {
                        assertEquals(expected, SignalingTransitions.next(state, local, type), key);
                        allowed++;
                    } else {
                        String message = assertRtcError(RTCErrorName.INVALID_STATE_ERROR,
                                () -> SignalingTransitions.next(state, local, type)).getMessage();
                        assertTrue(message.contains(state.toString()), message);
                    }
                }
            }
        }
        assertEquals(ALLOWED.size(), allowed);
    }

    @Test
    void onlyARemoteOfferOnALocalOfferIsImplicitlyRolledBack() {
        assertTrue(SignalingTransitions.needsImplicitRollback(HAVE_LOCAL_OFFER, RTCSdpType.OFFER));
        for (RTCSignalingState s : RTCSignalingState.values()) {
            assertFalse(SignalingTransitions.needsImplicitRollback(s, RTCSdpType.ANSWER));
            if (s != HAVE_LOCAL_OFFER) {
                assertFalse(SignalingTransitions.needsImplicitRollback(s, RTCSdpType.OFFER));
            }
        }
        assertFalse(SignalingTransitions.needsImplicitRollback(CLOSED, RTCSdpType.OFFER));
    }

    @Test
    void descriptionsMoveAsTheSpecSays() {
        SessionDescriptions d = new SessionDescriptions();
        var offer = io.jrtc.webrtc.RTCSessionDescription.of(RTCSdpType.OFFER, "o");
        var pranswer = io.jrtc.webrtc.RTCSessionDescription.of(RTCSdpType.PRANSWER, "p");
        var answer = io.jrtc.webrtc.RTCSessionDescription.of(RTCSdpType.ANSWER, "a");
        d.apply(true, offer);
        assertEquals(offer, d.pendingLocal().orElseThrow());
        assertEquals(offer, d.localDescription().orElseThrow());
        d.apply(false, pranswer);
        assertEquals(pranswer, d.pendingRemote().orElseThrow());
        assertEquals(HAVE_REMOTE_PRANSWER, d.state());
        d.apply(false, answer);
        assertEquals(offer, d.currentLocal().orElseThrow());
        assertEquals(answer, d.currentRemote().orElseThrow());
        assertTrue(d.pendingLocal().isEmpty());
        assertTrue(d.pendingRemote().isEmpty());
        d.apply(false, offer);
        assertEquals(offer, d.remoteDescription().orElseThrow());
        d.apply(true, io.jrtc.webrtc.RTCSessionDescription.of(RTCSdpType.ROLLBACK, ""));
        assertEquals(STABLE, d.state());
        assertEquals(answer, d.remoteDescription().orElseThrow());
        d.close();
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR, () -> d.apply(true, offer));
    }
}
