package io.jrtc.webrtc.internal.jsep;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.corpus;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.offer;
import static io.jrtc.webrtc.internal.jsep.JsepFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceCandidate;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCSignalingState;
import org.junit.jupiter.api.Test;

class CandidateTrickleTest {
    private static final String LINE = "candidate:1 1 udp 2122260223 192.0.2.9 50000 typ host generation 0 ufrag Jt6o";

    @Test
    void remoteCandidatesAreCheckedAsTheSpecSays() {
        JsepSession s = session(60);
        assertRtcError(RTCErrorName.INVALID_STATE_ERROR, () -> s.addRemoteCandidate(RTCIceCandidate.of(LINE, "0", 0)));
        s.setRemoteDescription(offer(corpus("chromium-offer-audio-video-data")));

        IceCandidate parsed = s.addRemoteCandidate(RTCIceCandidate.of(LINE, "1", null)).orElseThrow();
        assertEquals("192.0.2.9", parsed.address());
        SessionDescription remote = SessionDescription.parse(s.descriptions().remoteDescription().orElseThrow().sdp());
        assertTrue(remote.media().get(1).candidates().stream().anyMatch(c -> c.toString().contains("192.0.2.9")),
                "browsers show trickled candidates in remoteDescription");
        assertEquals(RTCSignalingState.HAVE_REMOTE_OFFER, s.signalingState());

        assertRtcError(RTCErrorName.OPERATION_ERROR, () -> s.addRemoteCandidate(RTCIceCandidate.of(LINE, "9", null)));
        assertRtcError(RTCErrorName.OPERATION_ERROR, () -> s.addRemoteCandidate(RTCIceCandidate.of(LINE, null, 3)));
        assertRtcError(RTCErrorName.OPERATION_ERROR,
                () -> s.addRemoteCandidate(RTCIceCandidate.builder().candidate(LINE).sdpMid("0").usernameFragment("old")
                        .build()));
        assertRtcError(RTCErrorName.OPERATION_ERROR,
                () -> s.addRemoteCandidate(RTCIceCandidate.of("candidate:garbage", "0", null)));
        // sdpMLineIndex alone finds the section.
        assertTrue(s.addRemoteCandidate(RTCIceCandidate.of(LINE, null, 2)).isPresent());

        assertTrue(s.addRemoteCandidate(RTCIceCandidate.of("", "0", 0)).isEmpty());
        assertTrue(SessionDescription.parse(s.descriptions().remoteDescription().orElseThrow().sdp())
                .media().get(0).endOfCandidates());
        // The description with candidates can still be answered.
        s.setLocalDescription();
        assertEquals(RTCSignalingState.STABLE, s.signalingState());
    }

    @Test
    void localCandidatesGoIntoTheLocalDescriptionAndTheEvent() throws Exception {
        JsepSession s = session(61);
        s.requestDataChannel();
        IceCandidate host = IceCandidate.parse("candidate:7 1 udp 2122260223 127.0.0.1 40000 typ host");
        assertTrue(s.addLocalCandidate(host).isEmpty(), "nothing to add to before setLocalDescription");
        s.setLocalDescription();
        RTCIceCandidate event = s.addLocalCandidate(host).orElseThrow();
        assertEquals("0", event.sdpMid().orElseThrow());
        assertEquals(0, event.sdpMLineIndex().getAsInt());
        assertEquals(s.localIceCredentials().ufrag(), event.usernameFragment().orElseThrow());
        assertEquals(event, RTCIceCandidate.fromJSON(event.toJSON()));
        SessionDescription local = SessionDescription.parse(s.descriptions().localDescription().orElseThrow().sdp());
        assertEquals(1, local.media().get(0).candidates().size());
        assertFalse(local.media().get(0).endOfCandidates());
        assertTrue(s.addLocalCandidate(null).orElseThrow().isEndOfCandidates());
        assertTrue(SessionDescription.parse(s.descriptions().localDescription().orElseThrow().sdp())
                .media().get(0).endOfCandidates());
    }

    @Test
    void keepingOnlyTheTextOfTheDescriptionsChangesNothingSeen() throws Exception {
        String[] seen = new String[2];
        for (boolean keep : new boolean[] {true, false}) {
            JsepSession a = session(62);
            JsepSession b = session(63);
            a.keepParsedDescriptions(keep);
            b.keepParsedDescriptions(keep);
            a.requestDataChannel();
            a.setLocalDescription();
            RTCIceCandidate fromA = a.addLocalCandidate(IceCandidate.parse(
                    "candidate:7 1 udp 2122260223 127.0.0.1 40000 typ host")).orElseThrow();
            b.setRemoteDescription(a.descriptions().localDescription().orElseThrow());
            b.addRemoteCandidate(fromA);
            b.setLocalDescription();
            a.setRemoteDescription(b.descriptions().localDescription().orElseThrow());
            // Switched in the middle as well: what was parsed before is dropped, not reused stale.
            a.keepParsedDescriptions(!keep);
            a.addLocalCandidate(null);
            b.addLocalCandidate(null);
            seen[keep ? 0 : 1] = a.descriptions().localDescription().orElseThrow().sdp().replaceAll("o=- \\d+ ", "")
                    + b.descriptions().remoteDescription().orElseThrow().sdp().replaceAll("o=- \\d+ ", "")
                    + a.negotiatedTransport().orElseThrow().remoteCandidates() + a.localDescriptionUfrag();
        }
        assertEquals(seen[0], seen[1]);
        assertTrue(seen[0].contains("a=end-of-candidates"));
    }
}
