package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.rtp.RtpHeader;
import io.jrtc.rtp.RtpPacketWriter;
import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCRtpSender;
import io.jrtc.webrtc.RTCRtpTransceiver;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCRtpTransceiverInit;
import io.jrtc.webrtc.RTCTrackEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Raw RTP between two connections: SRTP-protected, BUNDLEd, demultiplexed to the right track. */
class RawRtpLoopbackTest {

    static byte[] rtp(int payloadType, int seq, String payload) {
        RtpPacketWriter w = new RtpPacketWriter().payloadType(payloadType).sequenceNumber(seq).timestamp(seq * 960L)
                .ssrc(0x1234);
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[w.headerLength() + body.length];
        w.write(out, 0, body, 0, body.length);
        return out;
    }

    static String payload(byte[] packet) {
        RtpHeader h = RtpHeader.parse(packet, 0, packet.length);
        return new String(packet, h.payloadOffset(), h.payloadLength(), StandardCharsets.UTF_8);
    }

    /** Writes packets until {@code received} has {@code n} (SRTP keys and direction arrive asynchronously). */
    static void pump(MediaStreamTrack track, int pt, String prefix, List<String> received, int n) {
        int seq = 0;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (received.size() < n) {
            assertTrue(System.nanoTime() < deadline, () -> "only " + received + " arrived");
            track.writeRtp(rtp(pt, seq, prefix + seq));
            seq++;
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void audioAndVideoBothWaysOnOneBundledTransport() {
        try (Peers p = new Peers()) {
            List<RTCTrackEvent> tracksAtA = new CopyOnWriteArrayList<>();
            List<RTCTrackEvent> tracksAtB = new CopyOnWriteArrayList<>();
            p.a.pc.onTrack(tracksAtA::add);
            p.b.pc.onTrack(tracksAtB::add);
            MediaStreamTrack audioA = MediaStreamTrack.local("audio");
            MediaStreamTrack videoA = MediaStreamTrack.local("video");
            p.a.pc.addTrack(audioA, "stream-a");
            p.a.pc.addTransceiver(videoA, new RTCRtpTransceiverInit(RTCRtpTransceiverDirection.SENDONLY, List.of("stream-a")));
            MediaStreamTrack audioB = MediaStreamTrack.local("audio");
            p.negotiate();
            until(() -> tracksAtB.size() == 2, "two tracks at b");
            assertEquals(List.of("stream-a"), tracksAtB.get(0).streamIds());
            // b answers its audio transceiver with a track now: renegotiation from b.
            RTCRtpTransceiver bAudio = tracksAtB.stream().filter(e -> e.track().kind().equals("audio")).findFirst()
                    .orElseThrow().transceiver();
            assertEquals(RTCRtpTransceiverDirection.RECVONLY, bAudio.currentDirection().orElseThrow());
            RTCRtpSender bSender = p.b.pc.addTrack(audioB);
            assertEquals(bAudio.sender(), bSender, "addTrack reuses the transceiver that never sent");
            Peers.negotiate(p.b, p.a);
            until(() -> tracksAtA.size() == 1, "a track at a");
            assertEquals(RTCRtpTransceiverDirection.SENDRECV, bAudio.currentDirection().orElseThrow());

            List<String> audioAtB = new CopyOnWriteArrayList<>();
            List<String> videoAtB = new CopyOnWriteArrayList<>();
            List<String> audioAtA = new CopyOnWriteArrayList<>();
            tracksAtB.stream().filter(e -> e.track().kind().equals("audio")).findFirst().orElseThrow().track()
                    .onRtp(pk -> audioAtB.add(payload(pk)));
            tracksAtB.stream().filter(e -> e.track().kind().equals("video")).findFirst().orElseThrow().track()
                    .onRtp(pk -> videoAtB.add(payload(pk)));
            tracksAtA.get(0).track().onRtp(pk -> audioAtA.add(payload(pk)));

            pump(audioA, 111, "a-audio ", audioAtB, 20);
            pump(videoA, 96, "a-video ", videoAtB, 20);
            pump(audioB, 111, "b-audio ", audioAtA, 20);
            assertTrue(audioAtB.stream().allMatch(s -> s.startsWith("a-audio")), audioAtB::toString);
            assertTrue(videoAtB.stream().allMatch(s -> s.startsWith("a-video")), videoAtB::toString);
            assertTrue(audioAtA.stream().allMatch(s -> s.startsWith("b-audio")), audioAtA::toString);
            assertEquals(1, p.a.pc.localDescription().orElseThrow().sdp().lines()
                    .filter(l -> l.startsWith("a=group:BUNDLE")).count());

            // replaceTrack: another track goes out on the same sender, no renegotiation.
            MediaStreamTrack other = MediaStreamTrack.local("audio");
            RTCRtpSender aSender = p.a.pc.getSenders().get(0);
            await(aSender.replaceTrack(other), "replaceTrack");
            assertFalse(audioA.writeRtp(rtp(111, 1000, "old")), "the replaced track is no longer attached");
            int before = audioAtB.size();
            List<String> after = new CopyOnWriteArrayList<>();
            tracksAtB.stream().filter(e -> e.track().kind().equals("audio")).findFirst().orElseThrow().track()
                    .onRtp(pk -> after.add(payload(pk)));
            pump(other, 111, "replaced ", after, 5);
            assertTrue(after.stream().allMatch(s -> s.startsWith("replaced")), after::toString);
            assertTrue(before >= 20);
        }
    }

    @Test
    void aTrackAddedOnAnEstablishedDataConnectionAndThenRemoved() {
        try (Peers p = new Peers()) {
            RTCDataChannel ch = p.a.pc.createDataChannel("c");
            p.negotiate();
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open");
            CompletableFuture<RTCTrackEvent> track = new CompletableFuture<>();
            p.b.pc.onTrack(track::complete);
            CompletableFuture<Void> needed = new CompletableFuture<>();
            p.a.pc.onNegotiationNeeded(() -> needed.complete(null));
            MediaStreamTrack video = MediaStreamTrack.local("video");
            RTCRtpSender sender = p.a.pc.addTrack(video, "s");
            await(needed, "negotiationneeded");
            Peers.negotiate(p.a, p.b);
            RTCTrackEvent e = await(track, "track at b");
            List<String> got = new CopyOnWriteArrayList<>();
            e.track().onRtp(pk -> got.add(payload(pk)));
            pump(video, 96, "v", got, 10);
            CompletableFuture<String> msg = new CompletableFuture<>();
            p.b.remoteChannel(0).onMessage(m -> msg.complete(m.text()));
            ch.send("still here");
            assertEquals("still here", await(msg, "data after adding a track"));

            p.a.pc.removeTrack(sender);
            assertTrue(sender.track().isEmpty());
            Peers.negotiate(p.a, p.b);
            RTCRtpTransceiver t = p.a.pc.getTransceivers().get(0);
            assertEquals(RTCRtpTransceiverDirection.RECVONLY, t.direction());
            until(() -> t.currentDirection().orElseThrow() == RTCRtpTransceiverDirection.INACTIVE,
                    "inactive after removeTrack (b only received)");
            t.stop();
            Peers.negotiate(p.a, p.b);
            until(() -> p.a.pc.getTransceivers().isEmpty(), "the stopped transceiver leaves");
            until(() -> e.track().readyState() == MediaStreamTrack.State.ENDED, "b's remote track ends");
        }
    }
}
