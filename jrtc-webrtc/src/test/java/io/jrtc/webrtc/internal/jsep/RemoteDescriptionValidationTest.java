package io.jrtc.webrtc.internal.jsep;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.answer;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.corpus;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.offer;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.RTCBundlePolicy;
import io.jrtc.webrtc.RTCErrorDetailType;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Remote descriptions that cannot be applied, with the error the W3C spec names for each. */
class RemoteDescriptionValidationTest {
    private static final String OFFER = corpus("chromium-offer-audio-video-data");

    private static String without(String sdp, String linePrefix) {
        return Arrays.stream(sdp.split("\r\n")).filter(l -> !l.startsWith(linePrefix))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static void refusedAndUnchanged(RTCErrorName name, String sdp, String messagePart) {
        JsepSession s = session(40);
        RTCException e = assertRtcError(name, () -> s.setRemoteDescription(offer(sdp)));
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
        assertTrue(s.transceivers().isEmpty());
        // Still usable: the good offer applies afterwards.
        s.setRemoteDescription(offer(OFFER));
        assertEquals(RTCSignalingState.HAVE_REMOTE_OFFER, s.signalingState());
    }

    @Test
    void missingFingerprintIsInvalidAccess() {
        refusedAndUnchanged(RTCErrorName.INVALID_ACCESS_ERROR, without(OFFER, "a=fingerprint"), "fingerprint");
    }

    @Test
    void missingIceCredentialsAreInvalidAccess() {
        refusedAndUnchanged(RTCErrorName.INVALID_ACCESS_ERROR, without(OFFER, "a=ice-pwd"), "ice-pwd");
        refusedAndUnchanged(RTCErrorName.INVALID_ACCESS_ERROR, without(OFFER, "a=ice-ufrag"), "ice-ufrag");
    }

    @Test
    void missingRtcpMuxIsInvalidAccess() {
        refusedAndUnchanged(RTCErrorName.INVALID_ACCESS_ERROR, without(OFFER, "a=rtcp-mux"), "rtcp-mux");
    }

    @Test
    void missingMidAndDuplicateMidAreInvalidAccess() {
        refusedAndUnchanged(RTCErrorName.INVALID_ACCESS_ERROR, OFFER.replace("a=mid:1\r\n", ""), "a=mid");
        refusedAndUnchanged(RTCErrorName.INVALID_ACCESS_ERROR, OFFER.replace("a=mid:1\r\n", "a=mid:0\r\n"), "repeats");
    }

    @Test
    void maxBundleNeedsABundleGroup() {
        refusedAndUnchanged(RTCErrorName.INVALID_ACCESS_ERROR, without(OFFER, "a=group:BUNDLE"), "BUNDLE");
        JsepSession compat = session(RTCBundlePolicy.MAX_COMPAT, 41);
        compat.setRemoteDescription(offer(without(OFFER, "a=group:BUNDLE")));
        assertEquals(RTCSignalingState.HAVE_REMOTE_OFFER, compat.signalingState());
    }

    @Test
    void syntaxErrorsAreRtcErrorsWithTheLine() {
        String broken = OFFER.replace("a=ice-ufrag:Jt6o", "a=ice-ufrag:");
        JsepSession s = session(42);
        RTCException e = assertRtcError(RTCErrorName.OPERATION_ERROR, () -> s.setRemoteDescription(offer(broken)));
        assertEquals(RTCErrorDetailType.SDP_SYNTAX_ERROR, e.errorDetail().orElseThrow());
        int line = Arrays.asList(broken.split("\r\n")).indexOf("a=ice-ufrag:") + 1;
        assertEquals(line, e.sdpLineNumber().getAsInt());
        assertRtcError(RTCErrorName.OPERATION_ERROR, () -> s.setRemoteDescription(offer("")));
        assertRtcError(RTCErrorName.OPERATION_ERROR, () -> s.setRemoteDescription(offer("hello")));
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
    }

    @Test
    void answersMustMatchTheOffer() {
        JsepSession s = session(43);
        s.addTransceiver(MediaKind.AUDIO, io.jrtc.webrtc.RTCRtpTransceiverDirection.SENDRECV, java.util.List.of(), true);
        s.addTransceiver(MediaKind.VIDEO, io.jrtc.webrtc.RTCRtpTransceiverDirection.SENDRECV, java.util.List.of(), true);
        s.requestDataChannel();
        s.setLocalDescription();
        String good = corpus("chromium-answer-audio-video-data");
        RTCException e = assertRtcError(RTCErrorName.INVALID_ACCESS_ERROR,
                () -> s.setRemoteDescription(answer(good.replace("a=setup:active", "a=setup:actpass"))));
        assertTrue(e.getMessage().contains("actpass"), e.getMessage());
        assertRtcError(RTCErrorName.INVALID_ACCESS_ERROR,
                () -> s.setRemoteDescription(answer(corpus("chromium-answer-data"))));
        assertRtcError(RTCErrorName.INVALID_ACCESS_ERROR,
                () -> s.setRemoteDescription(answer(good.replace("a=mid:2", "a=mid:7").replace("BUNDLE 0 1 2", "BUNDLE 0 1 7"))));
        assertEquals(RTCSignalingState.HAVE_LOCAL_OFFER, s.signalingState());
        s.setRemoteDescription(answer(good));
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
    }

    @Test
    void aRejectedSectionNeedsNoTransport() {
        String rejectedVideo = OFFER.replace("m=video 57253", "m=video 0").replace("BUNDLE 0 1 2", "BUNDLE 0 2");
        JsepSession s = session(44);
        s.setRemoteDescription(offer(rejectedVideo));
        var m = io.jrtc.sdp.SessionDescription.parse(s.createAnswer().sdp()).media();
        assertEquals(0, m.get(1).port());
        assertEquals(9, m.get(0).port());
        assertEquals(1, s.transceivers().size());
    }
}
