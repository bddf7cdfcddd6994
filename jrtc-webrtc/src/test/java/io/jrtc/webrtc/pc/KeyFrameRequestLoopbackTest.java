package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCRtpSender;
import io.jrtc.webrtc.RTCStats;
import io.jrtc.webrtc.RTCTrackEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A PLI sent by a receiver over SRTCP reaches the sender's and the local track's key-frame handlers. */
class KeyFrameRequestLoopbackTest {

    @Test
    void receiverRequestKeyFrameFiresTheSenderAndTrackHandlers() {
        try (Peers p = new Peers()) {
            CompletableFuture<RTCTrackEvent> track = new CompletableFuture<>();
            p.b.pc.onTrack(track::complete);
            MediaStreamTrack video = MediaStreamTrack.local("video");
            RTCRtpSender sender = p.a.pc.addTrack(video, "s");
            AtomicInteger atSender = new AtomicInteger();
            AtomicInteger atTrack = new AtomicInteger();
            sender.onKeyFrameRequest(atSender::incrementAndGet);
            video.onKeyFrameRequest(atTrack::incrementAndGet);
            p.negotiate();
            RTCTrackEvent e = await(track, "track at b");
            List<String> got = new CopyOnWriteArrayList<>();
            e.track().onRtp(pk -> got.add(RawRtpLoopbackTest.payload(pk)));
            RawRtpLoopbackTest.pump(video, 96, "v", got, 3);

            assertTrue(await(e.receiver().requestKeyFrame(), "requestKeyFrame"), "the PLI was sent");
            until(() -> atSender.get() == 1 && atTrack.get() == 1, "one key-frame request at a's sender and track");
            assertTrue(await(e.receiver().requestKeyFrame(), "requestKeyFrame"));
            until(() -> atSender.get() == 2 && atTrack.get() == 2, "a second request");
            assertEquals(2L, await(p.b.pc.getStats(), "stats at b").ofType("inbound-rtp").get(0).get("pliCount"));
            RTCStats out = await(p.a.pc.getStats(), "stats at a").ofType("outbound-rtp").get(0);
            assertEquals(2L, out.get("pliCount"));
            assertEquals(0L, out.get("firCount"));
        }
    }
}
