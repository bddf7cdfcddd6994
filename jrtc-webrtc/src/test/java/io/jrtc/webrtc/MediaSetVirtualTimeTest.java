package io.jrtc.webrtc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.jrtc.sdp.Fingerprint;
import io.jrtc.webrtc.internal.jsep.JsepConfig;
import io.jrtc.webrtc.internal.jsep.JsepSession;
import io.jrtc.webrtc.internal.jsep.MediaKind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * MediaSet takes the time from its caller (the engine's arrival time), never from a clock of its
 * own (DESIGN.md reserves clocks to the runtime): jitter (RFC 3550 §A.8) computed over virtual
 * arrival times is exactly what those times say, however fast the test feeds the packets.
 */
class MediaSetVirtualTimeTest {
    private static final long MS = 1_000_000L;

    @Test
    void jitterFollowsTheArrivalTimesGivenNotTheWallClock() {
        MediaSet media = negotiatedAudioReceiver();
        RTCRtpTransceiver t = media.transceivers().get(0);
        int pt = t.jsep().negotiatedCodecs().stream().filter(c -> c.rtpMap().map(m -> m.clockRate() == 48_000).orElse(false)).findFirst()
                .orElseThrow().payloadType();
        long start = 5_000 * MS; // any virtual epoch
        for (int i = 0; i < 10; i++) {
            media.receive(0x1234, rtp(pt, i, 960L * i), start + 20 * MS * i); // 20 ms of 48 kHz audio each
        }
        assertNotNull(t.reception, "the packets reached the transceiver");
        assertEquals(0, jitter(t), "packets arriving exactly on their 20 ms schedule have no jitter");

        // §A.8: one packet 10 ms (480 samples) late: J = 0 + (480 - 0) / 16 = 30.
        media.receive(0x1234, rtp(pt, 10, 960L * 10), start + 20 * MS * 10 + 10 * MS);
        assertEquals(30, jitter(t));
    }

    private static long jitter(RTCRtpTransceiver t) {
        byte[] block = new byte[24];
        t.reception.writeBlock(block, 0, 0);
        return RtcpReports.u32(block, 12);
    }

    private static byte[] rtp(int pt, int seq, long timestamp) {
        byte[] p = new byte[12 + 20];
        p[0] = (byte) 0x80;
        p[1] = (byte) pt;
        p[2] = (byte) (seq >> 8);
        p[3] = (byte) seq;
        RtcpReports.put32(p, 4, timestamp);
        RtcpReports.put32(p, 8, 0x1234);
        return p;
    }

    private static MediaSet negotiatedAudioReceiver() {
        JsepSession local = session(1);
        JsepSession remote = session(2);
        PeerContext context = new PeerContext(Runnable::run);
        MediaSet media = new MediaSet(local, context, () -> { });
        media.add("audio", null, new RTCRtpTransceiverInit(RTCRtpTransceiverDirection.RECVONLY, List.of()), false);
        RTCSessionDescription offer = local.setLocalDescription();
        remote.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDONLY, List.of(), false);
        remote.setRemoteDescription(offer);
        local.setRemoteDescription(remote.setLocalDescription());
        media.sync();
        return media;
    }

    private static JsepSession session(long seed) {
        byte[] digest = new byte[32];
        new Random(seed).nextBytes(digest);
        return new JsepSession(new JsepConfig(RTCBundlePolicy.MAX_BUNDLE, List.of(new Fingerprint("sha-256", digest)),
                262_144, new Random(seed)));
    }
}
