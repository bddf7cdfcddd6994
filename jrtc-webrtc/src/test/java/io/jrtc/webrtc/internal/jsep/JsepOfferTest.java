package io.jrtc.webrtc.internal.jsep;

import static io.jrtc.webrtc.internal.jsep.JsepFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sdp.Direction;
import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.sdp.Setup;
import io.jrtc.webrtc.RTCBundlePolicy;
import io.jrtc.webrtc.RTCOfferOptions;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsepOfferTest {
    @Test
    void anInitialOfferHasTheStructureBrowsersWrite() {
        JsepSession s = session(1);
        s.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of("stream"), true);
        s.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.RECVONLY, List.of(), false);
        s.requestDataChannel();
        var offer = s.createOffer(RTCOfferOptions.defaults());
        assertEquals(RTCSdpType.OFFER, offer.type());
        // createOffer changes no state (W3C section 4.4.3.2).
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
        assertTrue(s.transceivers().get(0).mid().isEmpty());

        SessionDescription sdp = SessionDescription.parse(offer.sdp());
        assertEquals(List.of("0", "1", "2"), sdp.bundleGroup().orElseThrow().mids());
        assertTrue(sdp.extmapAllowMixed());
        List<MediaDescription> m = sdp.media();
        assertEquals(List.of("audio", "video", "application"), m.stream().map(MediaDescription::type).toList());
        String ufrag = m.get(0).iceUfrag().orElseThrow();
        assertTrue(ufrag.length() >= 4);
        assertTrue(m.get(0).icePwd().orElseThrow().length() >= 22);
        for (int i = 0; i < 3; i++) {
            MediaDescription section = m.get(i);
            assertEquals(Integer.toString(i), section.mid().orElseThrow());
            assertEquals(9, section.port());
            assertEquals(ufrag, section.iceUfrag().orElseThrow(), "one transport for the whole bundle");
            assertEquals(List.of("trickle"), section.iceOptions());
            assertEquals(Setup.ACTPASS, section.setup().orElseThrow());
            assertEquals(1, section.fingerprints().size());
            assertFalse(section.hasAttribute("bundle-only"));
        }
        MediaDescription audio = m.get(0);
        assertEquals("UDP/TLS/RTP/SAVPF", audio.protocol());
        assertTrue(audio.rtcpMux());
        assertEquals(Direction.SENDRECV, audio.direction());
        assertEquals("stream", audio.msids().get(0).streamId());
        JsepTransceiver audioT = s.transceivers().get(0);
        assertEquals(List.of(audioT.ssrc(), audioT.ssrc()), audio.ssrcs().stream().map(x -> x.ssrc()).toList());
        assertEquals("msid", audio.ssrcs().get(1).attribute());
        assertEquals("stream " + audioT.trackId(), audio.ssrcs().get(1).value().orElseThrow());
        assertTrue(audio.ssrcGroups().isEmpty(), "audio has no rtx");
        assertEquals("opus", audio.codecs().get(0).encodingName().orElseThrow());
        assertEquals(111, audio.codecs().get(0).payloadType());
        assertEquals("minptime=10;useinbandfec=1", audio.fmtp(111).orElseThrow().parameters());
        assertTrue(audio.extMaps().stream().anyMatch(e -> e.uri().equals("urn:ietf:params:rtp-hdrext:sdes:mid")));
        MediaDescription video = m.get(1);
        assertEquals(Direction.RECVONLY, video.direction());
        assertTrue(video.msids().isEmpty(), "a receive-only section has no msid");
        assertTrue(video.ssrcs().isEmpty(), "nor SSRCs");
        assertEquals(97, video.codecs().get(1).payloadType());
        assertEquals("rtx", video.codecs().get(1).encodingName().orElseThrow());
        assertEquals("96", video.codecs().get(1).parameter("apt").orElseThrow());
        MediaDescription data = m.get(2);
        assertEquals("UDP/DTLS/SCTP", data.protocol());
        assertEquals(List.of("webrtc-datachannel"), data.formats());
        assertEquals(5000, data.sctpPort().getAsInt());
        assertEquals(262_144L, data.maxMessageSize().getAsLong());
    }

    @Test
    void anEmptySessionOffersNoMediaAndTheSessionVersionGrows() {
        JsepSession s = session(2);
        SessionDescription first = SessionDescription.parse(s.createOffer(RTCOfferOptions.defaults()).sdp());
        SessionDescription second = SessionDescription.parse(s.createOffer(RTCOfferOptions.defaults()).sdp());
        assertTrue(first.media().isEmpty());
        assertTrue(first.bundleGroup().isEmpty());
        assertEquals(first.origin().sessionId(), second.origin().sessionId());
        assertTrue(second.origin().sessionVersion() > first.origin().sessionVersion());
    }

    @Test
    void balancedMarksFurtherSectionsOfAKindBundleOnlyInTheInitialOffer() {
        JsepSession s = session(RTCBundlePolicy.BALANCED, 3);
        s.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), false);
        s.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), false);
        s.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.SENDRECV, List.of(), false);
        List<MediaDescription> m = SessionDescription.parse(s.createOffer(RTCOfferOptions.defaults()).sdp()).media();
        assertFalse(m.get(0).hasAttribute("bundle-only"));
        assertTrue(m.get(1).hasAttribute("bundle-only"));
        assertEquals(0, m.get(1).port());
        assertFalse(m.get(1).isRejected(), "bundle-only with port 0 is not a rejection (RFC 9143 section 6)");
        assertTrue(m.get(1).iceUfrag().isEmpty());
        assertFalse(m.get(2).hasAttribute("bundle-only"), "the first video section has its own transport");

        JsepSession compat = session(RTCBundlePolicy.MAX_COMPAT, 3);
        compat.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), false);
        compat.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), false);
        assertTrue(SessionDescription.parse(compat.createOffer(RTCOfferOptions.defaults()).sdp()).media().stream()
                .noneMatch(x -> x.hasAttribute("bundle-only")));
    }

    @Test
    void iceRestartOffersNewCredentials() {
        JsepSession s = session(4);
        s.requestDataChannel();
        String before = SessionDescription.parse(s.createOffer(RTCOfferOptions.defaults()).sdp())
                .media().get(0).iceUfrag().orElseThrow();
        String same = SessionDescription.parse(s.createOffer(RTCOfferOptions.defaults()).sdp())
                .media().get(0).iceUfrag().orElseThrow();
        String restarted = SessionDescription.parse(
                s.createOffer(RTCOfferOptions.builder().iceRestart(true).build()).sdp()).media().get(0).iceUfrag().orElseThrow();
        assertEquals(before, same);
        assertNotEquals(before, restarted);
    }

    @Test
    void legacyOfferToReceiveAddsAndRestrictsTransceivers() {
        JsepSession s = session(5);
        var opts = RTCOfferOptions.builder().offerToReceiveAudio(true).offerToReceiveVideo(true).build();
        List<MediaDescription> m = SessionDescription.parse(s.createOffer(opts).sdp()).media();
        assertEquals(List.of("audio", "video"), m.stream().map(MediaDescription::type).toList());
        assertEquals(Direction.RECVONLY, m.get(0).direction());

        JsepSession t = session(6);
        t.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), true);
        var no = RTCOfferOptions.builder().offerToReceiveAudio(false).build();
        assertEquals(Direction.SENDONLY, SessionDescription.parse(t.createOffer(no).sdp()).media().get(0).direction());
        assertEquals(RTCRtpTransceiverDirection.SENDONLY, t.transceivers().get(0).direction());
    }

    @Test
    void negotiationIsNeededUntilEverythingIsNegotiated() {
        JsepSession a = session(7);
        JsepSession b = session(8);
        assertFalse(a.isNegotiationNeeded());
        JsepTransceiver t = a.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), true);
        assertTrue(a.isNegotiationNeeded());
        JsepFixtures.negotiate(a, b);
        assertFalse(a.isNegotiationNeeded());
        assertFalse(b.isNegotiationNeeded());
        t.setDirection(RTCRtpTransceiverDirection.RECVONLY);
        assertTrue(a.isNegotiationNeeded());
        JsepFixtures.negotiate(a, b);
        assertFalse(a.isNegotiationNeeded());
        a.requestDataChannel();
        assertTrue(a.isNegotiationNeeded());
        a.setLocalDescription();
        assertFalse(a.isNegotiationNeeded(), "only in stable");
    }

    @Test
    void theAnswererNeedsNegotiationWhenItWantsToSendWhatTheOfferAllows() {
        JsepSession a = session(9);
        JsepSession b = session(10);
        a.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), true);
        JsepFixtures.negotiate(a, b);
        JsepTransceiver created = b.transceivers().get(0);
        assertEquals(RTCRtpTransceiverDirection.RECVONLY, created.currentDirection().orElseThrow());
        assertFalse(b.isNegotiationNeeded());
        created.setDirection(RTCRtpTransceiverDirection.SENDRECV);
        assertTrue(b.isNegotiationNeeded(), "the offer was sendrecv, so b can start sending");
        JsepFixtures.negotiate(b, a);
        assertEquals(RTCRtpTransceiverDirection.SENDRECV, created.currentDirection().orElseThrow());
        assertFalse(b.isNegotiationNeeded());
        assertFalse(a.isNegotiationNeeded());
    }
}
