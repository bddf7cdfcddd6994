package io.jrtc.webrtc.internal.jsep;

import static io.jrtc.webrtc.internal.jsep.JsepFixtures.answer;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.corpus;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.offer;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.SctpMap;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.webrtc.RTCOfferOptions;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The pre-RFC 8841 data section ({@code m=application 9 DTLS/SCTP 5000} with
 * {@code a=sctpmap:5000 webrtc-datachannel 1024}) is accepted and answered in the same format
 * (RFC 9429 section 5.1.2).
 */
class LegacyDataSectionTest {

    /** Chromium's data offer rewritten the way Chrome wrote it before RFC 8841, on SCTP port 5001. */
    static String legacy(String sdp, int port, int streams) {
        String out = sdp.replaceAll("m=application (\\d+) UDP/DTLS/SCTP webrtc-datachannel",
                        "m=application $1 DTLS/SCTP " + port)
                .replaceAll("a=sctp-port:\\d+\r\n", "a=sctpmap:" + port + " webrtc-datachannel " + streams + "\r\n")
                .replaceAll("a=max-message-size:\\d+\r\n", "");
        if (out.equals(sdp) || !out.contains("a=sctpmap:")) {
            throw new IllegalArgumentException("not a data offer in the RFC 8841 format: " + sdp);
        }
        return out;
    }

    @Test
    void aLegacyOfferIsAnsweredInTheLegacyFormatAndItsPortIsTheSctpmaps() {
        JsepSession s = session(30);
        s.setRemoteDescription(offer(legacy(corpus("chromium-offer-data"), 5001, 256)));
        assertEquals(RTCSignalingState.HAVE_REMOTE_OFFER, s.signalingState());
        RTCSessionDescription a = s.createAnswer();
        MediaDescription data = SessionDescription.parse(a.sdp()).media().get(0);
        assertEquals(9, data.port(), "accepted, not rejected: " + a.sdp());
        assertEquals("DTLS/SCTP", data.protocol());
        assertEquals(List.of("5000"), data.formats(), "our SCTP port as the format");
        assertEquals(new SctpMap(5000, "webrtc-datachannel", OptionalInt.of(256)), data.sctpMap().orElseThrow(),
                "the offer's streams value mirrored");
        assertTrue(data.sctpPort().isEmpty(), "no RFC 8841 a=sctp-port in a legacy section");
        assertTrue(a.sdp().contains("m=application 9 DTLS/SCTP 5000\r\n"), a.sdp());
        assertTrue(a.sdp().contains("a=sctpmap:5000 webrtc-datachannel 256\r\n"), a.sdp());

        s.setLocalDescription(a);
        NegotiatedTransport t = s.negotiatedTransport().orElseThrow();
        assertEquals(OptionalInt.of(5001), t.remoteSctpPort(), "the peer's port from its sctpmap");
        assertTrue(t.remoteMaxMessageSize().isEmpty(), "RFC 8841 section 6.1: absent means 64 KB");

        // A later offer from this side keeps the format the peer understands.
        RTCSessionDescription reoffer = s.createOffer(RTCOfferOptions.defaults());
        MediaDescription again = SessionDescription.parse(reoffer.sdp()).media().get(0);
        assertEquals("DTLS/SCTP", again.protocol(), reoffer.sdp());
        assertEquals(5000, again.sctpMap().orElseThrow().port());
    }

    @Test
    void aLegacyAnswerToAnRfc8841OfferIsAccepted() {
        JsepSession offerer = session(31);
        JsepSession answerer = session(32);
        offerer.requestDataChannel();
        RTCSessionDescription o = offerer.setLocalDescription();
        answerer.setRemoteDescription(o);
        String modern = answerer.setLocalDescription().sdp();
        offerer.setRemoteDescription(answer(legacy(modern, 5002, 1024)));
        assertEquals(RTCSignalingState.STABLE, offerer.signalingState());
        assertEquals(OptionalInt.of(5002), offerer.negotiatedTransport().orElseThrow().remoteSctpPort());
    }

    @Test
    void anRfc8841OfferIsStillAnsweredInItsOwnFormat() {
        JsepSession s = session(33);
        s.setRemoteDescription(offer(corpus("chromium-offer-data")));
        MediaDescription data = SessionDescription.parse(s.createAnswer().sdp()).media().get(0);
        assertEquals("UDP/DTLS/SCTP", data.protocol());
        assertEquals(List.of("webrtc-datachannel"), data.formats());
        assertFalse(data.sctpMap().isPresent());
        assertEquals(OptionalInt.of(5000), data.sctpPort());
    }

    @Test
    void anSctpmapForAnotherProtocolOrPortIsNotADataSection() {
        JsepSession s = session(34);
        String other = legacy(corpus("chromium-offer-data"), 5001, 256).replace("a=sctpmap:5001 webrtc-datachannel",
                "a=sctpmap:5001 something-else");
        s.setRemoteDescription(offer(other));
        assertEquals(0, SessionDescription.parse(s.createAnswer().sdp()).media().get(0).port(), "rejected");
        JsepSession t = session(35);
        String wrongPort = legacy(corpus("chromium-offer-data"), 5001, 256).replace("a=sctpmap:5001", "a=sctpmap:5003");
        t.setRemoteDescription(offer(wrongPort));
        assertEquals(0, SessionDescription.parse(t.createAnswer().sdp()).media().get(0).port(), "rejected");
    }
}
