package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCStats;
import io.jrtc.webrtc.RTCTrackEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** b's receiver reports about a's video become a's remote-inbound-rtp stats, with a round-trip time. */
class ReceiverReportLoopbackTest {

    private static List<RTCStats> remoteInbound(Peers p) {
        return await(p.a.pc.getStats(), "stats at a").ofType("remote-inbound-rtp");
    }

    @Test
    void remoteInboundRtpComesFromTheReceiversReports() throws Exception {
        try (Peers p = new Peers()) {
            CompletableFuture<RTCTrackEvent> track = new CompletableFuture<>();
            p.b.pc.onTrack(track::complete);
            MediaStreamTrack video = MediaStreamTrack.local("video");
            p.a.pc.addTrack(video, "s");
            p.negotiate();
            RTCTrackEvent e = await(track, "track at b");
            List<String> got = new CopyOnWriteArrayList<>();
            e.track().onRtp(pk -> got.add(RawRtpLoopbackTest.payload(pk)));
            RawRtpLoopbackTest.pump(video, 96, "v", got, 3);
            // An RTT needs a's SR, then b's next RR (one per second) echoing it: keep sending until then.
            long deadline = System.nanoTime() + 20_000_000_000L;
            int seq = 10_000;
            while (remoteInbound(p).isEmpty() || !remoteInbound(p).get(0).members().containsKey("roundTripTime")) {
                assertTrue(System.nanoTime() < deadline, () -> "no RTT yet: " + p.a.pc.getStats().join().toJSON());
                video.writeRtp(RawRtpLoopbackTest.rtp(96, seq++, "more"));
                Thread.sleep(5);
            }
            RTCStats ri = remoteInbound(p).get(0);
            RTCStats out = await(p.a.pc.getStats(), "stats at a").ofType("outbound-rtp").get(0);
            assertEquals(out.get("ssrc"), ri.get("ssrc"));
            assertEquals(out.id(), ri.get("localId"));
            assertEquals(ri.id(), out.get("remoteId"));
            assertEquals(0L, ri.get("packetsLost"), "loopback loses nothing");
            assertEquals(0.0, ri.get("fractionLost"));
            assertTrue((Double) ri.get("roundTripTime") >= 0.0, ri::toString);
            assertTrue((Long) ri.get("roundTripTimeMeasurements") >= 1);
            assertTrue((Double) ri.get("jitter") >= 0.0);
            RTCStats in = await(p.b.pc.getStats(), "stats at b").ofType("inbound-rtp").get(0);
            assertEquals(0L, in.get("packetsLost"), "the receiver's own count: loopback loses nothing");
        }
    }
}
