package io.jrtc.webrtc.internal.jsep;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.corpus;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.offer;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCSignalingState;
import org.junit.jupiter.api.Test;

/**
 * Remote transport parameters the engine cannot use, refused by JSEP rather than throwing
 * IllegalArgumentException in the engine after the signaling state changed: fingerprints DTLS
 * cannot check (RFC 8122 section 5; found by the whole-connection setRemoteDescription fuzz
 * target) and SCTP port 0.
 */
class RemoteFingerprintValidationTest {
    private static final String OFFER = corpus("chromium-offer-data");

    @Test
    void aDigestOfTheWrongLengthForItsHashIsRefusedAsInvalidAccess() {
        String sha512Of32Bytes = OFFER.replace("a=fingerprint:sha-256 ", "a=fingerprint:sha-512 ");
        JsepSession s = session(50);
        RTCException e = assertRtcError(RTCErrorName.INVALID_ACCESS_ERROR, () -> s.setRemoteDescription(offer(sha512Of32Bytes)));
        assertTrue(e.getMessage().contains("fingerprint"), e.getMessage());
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
    }

    @Test
    void sctpPortZeroIsRefusedAsInvalidAccessInBothFormats() {
        String modern = OFFER.replace("a=sctp-port:5000", "a=sctp-port:0");
        String legacy = LegacyDataSectionTest.legacy(OFFER, 5000, 1024).replace("DTLS/SCTP 5000", "DTLS/SCTP 0")
                .replace("a=sctpmap:5000", "a=sctpmap:0");
        for (String sdp : new String[] {modern, legacy}) {
            JsepSession s = session(52);
            RTCException e = assertRtcError(RTCErrorName.INVALID_ACCESS_ERROR, () -> s.setRemoteDescription(offer(sdp)));
            assertTrue(e.getMessage().contains("SCTP port 0"), e.getMessage());
            assertEquals(RTCSignalingState.STABLE, s.signalingState());
        }
    }

    @Test
    void anUnusableFingerprintBesideAGoodOneIsIgnored() {
        String extra = OFFER.replace("a=fingerprint:sha-256 ", "a=fingerprint:md5 00:11\r\na=fingerprint:sha-256 ");
        JsepSession s = session(51);
        s.setRemoteDescription(offer(extra));
        s.setLocalDescription();
        var fingerprints = s.negotiatedTransport().orElseThrow().remoteFingerprints();
        assertEquals(1, fingerprints.size(), fingerprints::toString);
        assertEquals("sha-256", fingerprints.get(0).hashFunction());
    }
}
