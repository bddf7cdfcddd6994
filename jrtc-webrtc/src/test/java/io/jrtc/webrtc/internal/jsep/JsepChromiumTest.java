package io.jrtc.webrtc.internal.jsep;

import static io.jrtc.webrtc.internal.jsep.JsepFixtures.answer;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.corpus;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.offer;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sdp.Codec;
import io.jrtc.sdp.Direction;
import io.jrtc.sdp.ExtMap;
import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.sdp.Setup;
import io.jrtc.webrtc.RTCOfferOptions;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSEP against the SDP real Chromium wrote (jrtc-sdp's corpus). */
class JsepChromiumTest {
    @Test
    void answersAChromiumOfferWithAudioVideoAndData() {
        JsepSession s = session(10);
        RemoteUpdate update = s.setRemoteDescription(offer(corpus("chromium-offer-audio-video-data")));
        assertEquals(RTCSignalingState.HAVE_REMOTE_OFFER, s.signalingState());
        assertEquals(2, update.created().size(), "no local transceivers: the offer creates audio and video ones");
        assertEquals(2, update.startedReceiving().size());
        assertEquals(List.of("0", "1"), s.transceivers().stream().map(t -> t.mid().orElseThrow()).toList());
        assertEquals(List.of(2582972462L), s.transceivers().get(0).remoteSsrcs());
        assertEquals(List.of(2337290685L, 1121715644L), s.transceivers().get(1).remoteSsrcs());
        assertEquals(List.of("dd7edb86-439d-4f1c-9608-b2af3f28d85f"), s.transceivers().get(1).remoteStreamIds());

        RTCSessionDescription answer = s.createAnswer();
        SessionDescription sdp = SessionDescription.parse(answer.sdp());
        assertEquals(List.of("0", "1", "2"), sdp.bundleGroup().orElseThrow().mids());
        List<MediaDescription> m = sdp.media();
        assertEquals(3, m.size());
        for (MediaDescription section : m) {
            assertEquals(Setup.ACTIVE, section.setup().orElseThrow(), "browsers answer active");
            assertEquals(9, section.port());
            assertTrue(section.iceUfrag().isPresent());
            assertEquals(1, section.fingerprints().size());
        }
        MediaDescription audio = m.get(0);
        assertEquals(Direction.RECVONLY, audio.direction(), "created transceivers are recvonly");
        assertEquals(List.of(111, 0, 8, 126), payloadTypes(audio.codecs()), "the common codecs, offerer's types");
        assertEquals("minptime=10;useinbandfec=1", audio.fmtp(111).orElseThrow().parameters());
        // Chromium offers transport-cc; jrtc sends no transport-wide feedback, so it must not accept it
        // (with it and no feedback, Chromium's video fell to its 30 kbps floor: ChromiumMediaTest).
        assertEquals(List.of(), audio.rtcpFeedback(111), "no transport-cc");
        assertEquals(List.of(1, 2, 4), audio.extMaps().stream().map(ExtMap::id).toList(), "no transport-wide-cc (3)");
        assertTrue(audio.rtcpMux());
        assertTrue(audio.rtcpRsize());
        MediaDescription video = m.get(1);
        assertEquals(List.of(96, 97, 108, 109, 98, 99), payloadTypes(video.codecs()), "offer order kept");
        assertEquals("42e01f", video.codecs().get(2).parameter("profile-level-id").orElseThrow());
        assertEquals("108", video.codecs().get(3).parameter("apt").orElseThrow());
        assertEquals(List.of(2, 4, 10, 11), video.extMaps().stream().map(ExtMap::id).toList());
        assertEquals(List.of("goog-remb", "ccm", "nack", "nack"), video.rtcpFeedback(96).stream().map(f -> f.type()).toList());
        MediaDescription data = m.get(2);
        assertEquals("application", data.type());
        assertEquals(5000, data.sctpPort().getAsInt());

        s.setLocalDescription(answer);
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
        JsepTransceiver audioT = s.transceivers().get(0);
        assertEquals(RTCRtpTransceiverDirection.RECVONLY, audioT.currentDirection().orElseThrow());
        assertEquals(List.of(111, 0, 8, 126), payloadTypes(audioT.negotiatedCodecs()));
        NegotiatedTransport t = s.negotiatedTransport().orElseThrow();
        assertTrue(t.dtlsClient(), "setup:active makes us the DTLS client");
        assertEquals("Jt6o", t.remote().ufrag());
        assertEquals(5000, t.remoteSctpPort().getAsInt());
        assertEquals(262_144L, t.remoteMaxMessageSize().getAsLong());
        assertEquals(8, t.remoteCandidates().size());
    }

    @Test
    void anAddTrackTransceiverIsTakenOverAndSends() {
        JsepSession s = session(11);
        JsepTransceiver mine = s.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of("s"), true);
        RemoteUpdate update = s.setRemoteDescription(offer(corpus("chromium-offer-audio-video-data")));
        assertEquals(1, update.created().size(), "only video needed a new transceiver");
        assertEquals("0", mine.mid().orElseThrow());
        MediaDescription audio = SessionDescription.parse(s.createAnswer().sdp()).media().get(0);
        assertEquals(Direction.SENDRECV, audio.direction());
        assertEquals(mine.trackId(), audio.msids().get(0).trackId().orElseThrow());
    }

    @Test
    void jrtcOffersNoTransportWideCongestionControl() {
        JsepSession s = session(13);
        s.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of("s"), true);
        s.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.SENDRECV, List.of("s"), true);
        String offer = s.createOffer(RTCOfferOptions.defaults()).sdp();
        assertFalse(offer.contains("transport-cc"), offer);
        assertFalse(offer.contains("transport-wide-cc"), offer);
        assertTrue(offer.contains("a=rtcp-fb:96 nack pli"), offer);
    }

    @Test
    void chromiumsAnswerMatchesAJrtcOffer() {
        JsepSession s = session(12);
        s.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of("s"), true);
        s.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.SENDRECV, List.of("s"), true);
        s.requestDataChannel();
        s.setLocalDescription(s.createOffer(RTCOfferOptions.defaults()));
        s.setRemoteDescription(answer(corpus("chromium-answer-audio-video-data")));
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
        JsepTransceiver audio = s.transceivers().get(0);
        JsepTransceiver video = s.transceivers().get(1);
        assertEquals(RTCRtpTransceiverDirection.SENDRECV, audio.currentDirection().orElseThrow());
        assertEquals(List.of(111, 0, 8, 126), payloadTypes(audio.negotiatedCodecs()));
        assertEquals(List.of(96, 97, 108, 109, 98, 99), payloadTypes(video.negotiatedCodecs()));
        // This answer (captured when jrtc still offered transport-wide-cc) echoes id 3: jrtc does not use it.
        assertEquals(List.of(1, 2, 4), audio.negotiatedExtensions().stream().map(ExtMap::id).toList());
        NegotiatedTransport t = s.negotiatedTransport().orElseThrow();
        assertFalse(t.dtlsClient(), "Chromium answered setup:active, so we are the DTLS server");
        assertEquals("fxjC", t.remote().ufrag());
    }

    @Test
    void chromiumsDataOnlyOfferAndAnswer() {
        JsepSession answerer = session(13);
        answerer.setRemoteDescription(offer(corpus("chromium-offer-data")));
        SessionDescription a = SessionDescription.parse(answerer.setLocalDescription().sdp());
        assertEquals(1, a.media().size());
        assertEquals("0", a.media().get(0).mid().orElseThrow());
        assertTrue(answerer.transceivers().isEmpty());

        JsepSession offerer = session(14);
        offerer.requestDataChannel();
        offerer.setLocalDescription();
        offerer.setRemoteDescription(answer(corpus("chromium-answer-data")));
        assertEquals(RTCSignalingState.STABLE, offerer.signalingState());
        assertTrue(offerer.negotiatedTransport().orElseThrow().remoteSctpPort().isPresent());
    }

    @Test
    void chromiumsIceRestartOfferIsDetectedAndAnsweredWithNewCredentials() {
        JsepSession s = session(15);
        s.setRemoteDescription(offer(corpus("chromium-offer-audio-video-data")));
        String firstUfrag = SessionDescription.parse(s.setLocalDescription().sdp()).media().get(0).iceUfrag().orElseThrow();
        RemoteUpdate update = s.setRemoteDescription(offer(corpus("chromium-offer-ice-restart")));
        assertTrue(update.iceRestart());
        assertTrue(update.created().isEmpty(), "the same mids keep their transceivers");
        String secondUfrag = SessionDescription.parse(s.setLocalDescription().sdp()).media().get(0).iceUfrag().orElseThrow();
        assertNotEquals(firstUfrag, secondUfrag, "the answerer restarts too (RFC 8839 section 4.4.1.1.1)");
        assertEquals(secondUfrag, s.negotiatedTransport().orElseThrow().local().ufrag());
        assertEquals("ljPy", s.negotiatedTransport().orElseThrow().remote().ufrag());
    }

    @Test
    void otherStacksOffersAreAnswered() {
        for (String name : List.of("werift-offer-data", "node-datachannel-offer-media")) {
            JsepSession s = session(16);
            s.setRemoteDescription(offer(corpus(name)));
            SessionDescription a = SessionDescription.parse(s.setLocalDescription().sdp());
            assertEquals(SessionDescription.parse(corpus(name)).media().size(), a.media().size(), name);
            assertEquals(RTCSignalingState.STABLE, s.signalingState());
        }
    }

    static List<Integer> payloadTypes(List<Codec> codecs) {
        return codecs.stream().map(Codec::payloadType).toList();
    }
}
