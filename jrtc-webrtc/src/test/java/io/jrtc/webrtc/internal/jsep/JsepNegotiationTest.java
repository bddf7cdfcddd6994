package io.jrtc.webrtc.internal.jsep;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.negotiate;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCOfferOptions;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two jrtc sessions negotiating with each other. */
class JsepNegotiationTest {
    @Test
    void directionsAndRolesSettleOnBothSides() {
        JsepSession a = session(20);
        JsepSession b = session(21);
        JsepTransceiver sender = a.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDONLY, List.of(), true);
        a.requestDataChannel();
        RTCSessionDescription offer = a.setLocalDescription();
        assertEquals("0", sender.mid().orElseThrow(), "the mid is set when the offer is applied");
        RemoteUpdate update = b.setRemoteDescription(offer);
        JsepTransceiver receiver = update.created().get(0);
        assertEquals(List.of(receiver), update.startedReceiving());
        b.setLocalDescription();
        a.setRemoteDescription(b.descriptions().localDescription().orElseThrow());

        assertEquals(RTCRtpTransceiverDirection.SENDONLY, sender.currentDirection().orElseThrow());
        assertEquals(RTCRtpTransceiverDirection.RECVONLY, receiver.currentDirection().orElseThrow());
        NegotiatedTransport ta = a.negotiatedTransport().orElseThrow();
        NegotiatedTransport tb = b.negotiatedTransport().orElseThrow();
        assertEquals(ta.local(), tb.remote());
        assertEquals(tb.local(), ta.remote());
        assertNotEquals(ta.dtlsClient(), tb.dtlsClient(), "exactly one DTLS client");
        assertEquals(sender.negotiatedCodecs(), receiver.negotiatedCodecs());
        assertEquals(List.of(sender.ssrc()), receiver.remoteSsrcs());
        assertTrue(sender.remoteSsrcs().isEmpty(), "a recvonly answer announces no SSRC");
        assertEquals(RTCSdpType.OFFER, a.descriptions().currentLocal().orElseThrow().type());
        assertEquals(RTCSdpType.ANSWER, a.descriptions().currentRemote().orElseThrow().type());
    }

    @Test
    void perfectNegotiationGlareSettlesThroughImplicitRollback() {
        JsepSession impolite = session(22);
        JsepSession polite = session(23);
        impolite.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of("i"), true);
        JsepTransceiver politeVideo =
                polite.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.SENDRECV, List.of("p"), true);
        polite.requestDataChannel();
        // Both make an offer at the same moment.
        RTCSessionDescription impoliteOffer = impolite.setLocalDescription();
        RTCSessionDescription politeOffer = polite.setLocalDescription();
        assertEquals("0", politeVideo.mid().orElseThrow());

        // The impolite side ignores the colliding offer (application logic); the polite one accepts
        // the other's, which rolls its own back first.
        RemoteUpdate update = polite.setRemoteDescription(impoliteOffer);
        assertTrue(update.implicitRollback());
        assertEquals(RTCSignalingState.HAVE_REMOTE_OFFER, polite.signalingState());
        assertTrue(polite.descriptions().pendingLocal().isEmpty());
        assertTrue(politeVideo.mid().isEmpty(), "the rolled-back offer's mid is released");
        impolite.setRemoteDescription(polite.setLocalDescription());
        assertEquals(RTCSignalingState.STABLE, impolite.signalingState());
        assertEquals(RTCSignalingState.STABLE, polite.signalingState());
        assertTrue(politeOffer.sdp().contains("m=video"));

        // The polite side still has its video and data to negotiate: it offers again.
        assertTrue(polite.isNegotiationNeeded());
        negotiate(polite, impolite);
        assertFalse(polite.isNegotiationNeeded());
        assertFalse(impolite.isNegotiationNeeded());
        // The impolite side had no free video transceiver, so the offer made a recvonly one.
        assertEquals(RTCRtpTransceiverDirection.SENDONLY, politeVideo.currentDirection().orElseThrow());
        List<String> politeMids = polite.transceivers().stream().map(t -> t.mid().orElseThrow()).toList();
        List<String> impoliteMids = impolite.transceivers().stream().map(t -> t.mid().orElseThrow()).toList();
        assertEquals(politeMids.stream().sorted().toList(), impoliteMids.stream().sorted().toList());
        assertEquals(3, SessionDescription.parse(polite.descriptions().currentLocal().orElseThrow().sdp()).media().size());
    }

    @Test
    void rollbackOfALocalOffer() {
        JsepSession s = session(24);
        JsepTransceiver t = s.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), true);
        s.setLocalDescription();
        s.setLocalDescription(RTCSessionDescription.of(RTCSdpType.ROLLBACK, ""));
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
        assertTrue(s.descriptions().localDescription().isEmpty());
        assertTrue(t.mid().isEmpty());
        assertTrue(s.isNegotiationNeeded());
        // A new offer after the rollback does not reuse the rolled-back mid.
        s.setLocalDescription();
        assertEquals("1", t.mid().orElseThrow());
    }

    @Test
    void rollbackOfARemoteOfferRemovesTheTransceiversItMade() {
        JsepSession a = session(25);
        JsepSession b = session(26);
        a.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.SENDRECV, List.of(), true);
        b.setRemoteDescription(a.setLocalDescription());
        assertEquals(1, b.transceivers().size());
        b.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ROLLBACK, ""));
        assertEquals(RTCSignalingState.STABLE, b.signalingState());
        assertTrue(b.transceivers().isEmpty());
        assertTrue(b.descriptions().remoteDescription().isEmpty());
    }

    @Test
    void provisionalAnswersThenTheFinalOne() {
        JsepSession a = session(27);
        JsepSession b = session(28);
        a.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), true);
        b.setRemoteDescription(a.setLocalDescription());
        RTCSessionDescription pranswer = RTCSessionDescription.of(RTCSdpType.PRANSWER, b.createAnswer().sdp());
        b.setLocalDescription(pranswer);
        assertEquals(RTCSignalingState.HAVE_LOCAL_PRANSWER, b.signalingState());
        a.setRemoteDescription(pranswer);
        assertEquals(RTCSignalingState.HAVE_REMOTE_PRANSWER, a.signalingState());
        assertTrue(a.transceivers().get(0).currentDirection().isEmpty(), "only the final answer completes it");
        RTCSessionDescription fin = b.setLocalDescription();
        assertEquals(RTCSdpType.ANSWER, fin.type());
        a.setRemoteDescription(fin);
        assertEquals(RTCSignalingState.STABLE, a.signalingState());
        assertEquals(RTCSignalingState.STABLE, b.signalingState());
        // b's transceiver was made by the offer, so it is recvonly: a ends up sending only.
        assertEquals(RTCRtpTransceiverDirection.SENDONLY, a.transceivers().get(0).currentDirection().orElseThrow());
        assertEquals(RTCRtpTransceiverDirection.RECVONLY, b.transceivers().get(0).currentDirection().orElseThrow());
    }

    @Test
    void stoppedSectionsAreRejectedThenRecycled() {
        JsepSession a = session(29);
        JsepSession b = session(30);
        JsepTransceiver audio = a.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), true);
        a.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.SENDRECV, List.of(), true);
        negotiate(a, b);
        audio.stop();
        assertTrue(a.isNegotiationNeeded());
        assertEquals(RTCRtpTransceiverDirection.STOPPED, audio.direction());
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR, () -> audio.setDirection(RTCRtpTransceiverDirection.SENDRECV));
        assertRtcError(RTCErrorName.TYPE_ERROR,
                () -> a.transceivers().get(1).setDirection(RTCRtpTransceiverDirection.STOPPED));
        RTCSessionDescription offer = a.setLocalDescription();
        MediaDescription rejected = SessionDescription.parse(offer.sdp()).media().get(0);
        assertEquals(0, rejected.port());
        assertEquals("0", rejected.mid().orElseThrow());
        assertEquals(List.of("1"), SessionDescription.parse(offer.sdp()).bundleGroup().orElseThrow().mids());
        b.setRemoteDescription(offer);
        a.setRemoteDescription(b.setLocalDescription());
        assertTrue(audio.isStopped());
        assertEquals(1, a.transceivers().size(), "stopped transceivers leave the set");
        assertEquals(1, b.transceivers().size());

        JsepTransceiver newVideo = a.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.SENDONLY, List.of(), true);
        negotiate(a, b);
        MediaDescription videoOffer = SessionDescription.parse(
                a.descriptions().currentLocal().orElseThrow().sdp()).media().get(0);
        assertEquals(List.of(newVideo.ssrc(), newVideo.rtxSsrc()), videoOffer.ssrcGroups().get(0).ssrcs(),
                "video announces its rtx SSRC in an FID group (RFC 5576 section 4.2)");
        List<MediaDescription> m = SessionDescription.parse(a.descriptions().currentLocal().orElseThrow().sdp()).media();
        assertEquals(2, m.size(), "the rejected section was recycled, not appended");
        assertEquals("video", m.get(0).type());
        assertEquals("2", m.get(0).mid().orElseThrow(), "a recycled section gets a new mid");
        assertSame(newVideo, a.transceivers().get(1));
        assertEquals(RTCRtpTransceiverDirection.SENDONLY, newVideo.currentDirection().orElseThrow());
        assertEquals(RTCRtpTransceiverDirection.RECVONLY,
                b.transceivers().stream().filter(t -> t.mid().orElseThrow().equals("2")).findFirst().orElseThrow()
                        .currentDirection().orElseThrow());
    }

    @Test
    void iceRestartBetweenTwoSessions() {
        JsepSession a = session(31);
        JsepSession b = session(32);
        a.requestDataChannel();
        negotiate(a, b);
        NegotiatedTransport before = a.negotiatedTransport().orElseThrow();
        a.restartIce();
        assertTrue(a.isNegotiationNeeded());
        RemoteUpdate update = b.setRemoteDescription(a.setLocalDescription());
        assertTrue(update.iceRestart());
        a.setRemoteDescription(b.setLocalDescription());
        NegotiatedTransport after = a.negotiatedTransport().orElseThrow();
        assertNotEquals(before.local(), after.local());
        assertNotEquals(before.remote(), after.remote());
        assertEquals(after.local(), b.negotiatedTransport().orElseThrow().remote());
        assertFalse(a.isNegotiationNeeded());
        // Without a restart, the next offer keeps the credentials.
        negotiate(a, b);
        assertEquals(after.local(), a.negotiatedTransport().orElseThrow().local());
    }

    @Test
    void theSpecsInvalidStateErrors() {
        JsepSession s = session(33);
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR, s::createAnswer);
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR,
                () -> s.setLocalDescription(RTCSessionDescription.of(RTCSdpType.ANSWER, "")));
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR,
                () -> s.setLocalDescription(RTCSessionDescription.of(RTCSdpType.ROLLBACK, "")));
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR,
                () -> s.setRemoteDescription(JsepFixtures.answer(JsepFixtures.corpus("chromium-answer-data"))));
        s.requestDataChannel();
        s.setLocalDescription();
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR,
                () -> s.setLocalDescription(RTCSessionDescription.of(RTCSdpType.PRANSWER, "")));
        s.close();
        assertEquals(RTCSignalingState.CLOSED, s.signalingState());
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR, () -> s.createOffer(RTCOfferOptions.defaults()));
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR, s::setLocalDescription);
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR,
                () -> s.setRemoteDescription(JsepFixtures.offer(JsepFixtures.corpus("chromium-offer-data"))));
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR,
                () -> s.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), false));
    }

    @Test
    void aModifiedOfferIsAnInvalidModificationError() {
        JsepSession s = session(34);
        s.requestDataChannel();
        String sdp = s.createOffer(RTCOfferOptions.defaults()).sdp();
        assertRtcError(RTCErrorName.INVALID_MODIFICATION_ERROR,
                () -> s.setLocalDescription(RTCSessionDescription.of(RTCSdpType.OFFER, sdp.replace("5000", "5001"))));
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
        s.setLocalDescription(RTCSessionDescription.of(RTCSdpType.OFFER, sdp));
        assertEquals(sdp, s.descriptions().pendingLocal().orElseThrow().sdp());
        // Once applied, an offer cannot be applied again: it describes the previous state.
        assertRtcError(RTCErrorName.INVALID_MODIFICATION_ERROR,
                () -> s.setLocalDescription(RTCSessionDescription.of(RTCSdpType.OFFER, sdp)));
    }

    @Test
    void aStaleCreatedOfferIsNotAppliedByTheParameterlessForm() {
        JsepSession a = session(37);
        JsepSession b = session(38);
        String stale = a.createOffer(RTCOfferOptions.defaults()).sdp();
        b.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), true);
        negotiate(b, a);
        assertRtcError(RTCErrorName.INVALID_MODIFICATION_ERROR,
                () -> a.setLocalDescription(RTCSessionDescription.of(RTCSdpType.OFFER, stale)));
        a.requestDataChannel();
        RTCSessionDescription fresh = a.setLocalDescription();
        List<MediaDescription> m = SessionDescription.parse(fresh.sdp()).media();
        assertEquals(List.of("audio", "application"), m.stream().map(MediaDescription::type).toList(),
                "the new offer keeps the negotiated audio section and adds data");
    }

    @Test
    void dtlsRolesSurviveARenegotiationOfferedByTheOtherSide() {
        JsepSession a = session(35);
        JsepSession b = session(36);
        a.requestDataChannel();
        negotiate(a, b);
        boolean aClient = a.negotiatedTransport().orElseThrow().dtlsClient();
        assertFalse(aClient, "b answered active");
        b.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDRECV, List.of(), true);
        negotiate(b, a);
        MediaDescription answered = SessionDescription.parse(
                a.descriptions().currentLocal().orElseThrow().sdp()).media().get(0);
        assertEquals(io.jrtc.sdp.Setup.PASSIVE, answered.setup().orElseThrow(), "a stays the DTLS server");
        assertEquals(aClient, a.negotiatedTransport().orElseThrow().dtlsClient());
        assertTrue(b.negotiatedTransport().orElseThrow().dtlsClient());
    }
}
