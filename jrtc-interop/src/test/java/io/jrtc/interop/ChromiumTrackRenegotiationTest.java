package io.jrtc.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.interop.ChromiumCall.Role;
import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCPeerConnectionState;
import io.jrtc.webrtc.RTCRtpTransceiver;
import io.jrtc.webrtc.RTCSignalingState;
import io.jrtc.webrtc.RTCTrackEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A track added to a running call between jrtc and headless Chromium (issue 7), whose data channel
 * is already open: jrtc adds an audio track (Opus silence it writes as raw RTP) or the browser adds
 * its fake camera (VP8). The side that adds it makes the new offer; the call started with jrtc as
 * offerer or as answerer. The new track's RTP reaches the other side on the negotiated payload
 * type, and data-channel messages sent before, during and after the renegotiation all come back in
 * order.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChromiumTrackRenegotiationTest extends ChromiumCells {
    private static final Duration MEDIA = Duration.ofSeconds(40);
    /** Packets the new track must bring: more than a stray one, a few hundred milliseconds of media. */
    private static final int PACKETS = 25;

    /** Who adds the track. */
    enum Side {
        JRTC, BROWSER
    }

    private SilentOpusSource source;

    /** Stops the RTP writer; JUnit runs it before the base class hangs up the call. */
    @AfterEach
    void stopSource() {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    static Stream<Arguments> roleAndSide() {
        List<Arguments> all = new ArrayList<>();
        for (Role r : Role.values()) {
            for (Side s : Side.values()) {
                all.add(Arguments.of(r, s));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, track added by {1}")
    @MethodSource("roleAndSide")
    void aTrackAddedToARunningCallCarriesRtpWhileTheChannelKeepsWorking(Role role, Side adder) throws Exception {
        ChromiumCall c = ChromiumCall.create(chromium.page(), role);
        call = c;
        List<RTCTrackEvent> jrtcTracks = new CopyOnWriteArrayList<>();
        Map<Integer, LongAdder> jrtcReceived = new ConcurrentHashMap<>();
        c.jrtc.pc.onTrack(e -> {
            jrtcTracks.add(e);
            e.track().onRtp(p -> jrtcReceived.computeIfAbsent(p[1] & 0x7F, k -> new LongAdder()).increment());
        });
        c.connect();
        String ufrag = JrtcPeer.ufrag(c.jrtc.pc.currentLocalDescription().orElseThrow().sdp());
        assertTrue(c.jrtc.pc.getTransceivers().isEmpty(), "the call started with media");

        RTCDataChannel ch = c.jrtc.createDataChannel("transfer", RTCDataChannelInit.defaults());
        List<String> echoed = new CopyOnWriteArrayList<>();
        ch.onMessage(m -> echoed.add(m.text()));
        c.await(JrtcPeer.opened(ch), "channel transfer open");
        List<String> sent = new ArrayList<>();
        sendSome(ch, sent, "before");

        if (adder == Side.JRTC) {
            MediaStreamTrack tone = MediaStreamTrack.local("audio");
            c.jrtc.pc.addTrack(tone, "jrtc-stream");
            RTCRtpTransceiver t = c.jrtc.pc.getTransceivers().get(0);
            source = new SilentOpusSource(tone, () -> opusPayloadType(c, t), 3000);
            sendSome(ch, sent, "during");
            BrowserPage.Event track = c.page.awaitEvent("track", e -> e.data().path("kind").asText().equals("audio"),
                    ChromiumCall.STEP);
            String mid = track.data().path("mid").asText();
            assertEquals(t.mid().orElse(null), mid, "the browser's new track is not on jrtc's new transceiver");
            c.awaitRtp("inbound-rtp", "audio", mid, "s.packetsReceived >= " + PACKETS,
                    PACKETS + " packets of jrtc's new audio track", MEDIA, () -> "jrtc sent " + source.sent());
        } else {
            c.page.eval("await sendCamera('video'); return null;");
            sendSome(ch, sent, "during");
            until(() -> !jrtcTracks.isEmpty(), "jrtc's track event for the browser's camera", c, jrtcReceived);
            RTCTrackEvent e = jrtcTracks.get(0);
            assertEquals("video", e.track().kind());
            String mid = e.transceiver().mid().orElseThrow();
            // The offer that made the transceiver (the track event comes before jrtc has answered it).
            String offer = c.jrtc.pc.remoteDescription().orElseThrow().sdp();
            int vp8 = NegotiatedCodecs.payloadType(offer, mid, "vp8/90000");
            until(() -> count(jrtcReceived, vp8) >= PACKETS, PACKETS + " VP8 packets on jrtc's new receiver", c,
                    jrtcReceived);
            Map<Integer, String> negotiated = NegotiatedCodecs.of(c.jrtc.pc.currentLocalDescription().orElseThrow().sdp(), mid);
            assertEquals(vp8, NegotiatedCodecs.payloadType(c.jrtc.pc.currentLocalDescription().orElseThrow().sdp(), mid,
                    "vp8/90000"), "jrtc's answer moved VP8 to another payload type");
            assertTrue(negotiated.keySet().containsAll(jrtcReceived.keySet()),
                    () -> "jrtc received payload types " + jrtcReceived.keySet() + ", negotiated " + negotiated);
        }

        sendSome(ch, sent, "after");
        until(() -> echoed.size() >= sent.size(), "every message echoed", c, jrtcReceived);
        assertEquals(sent, echoed, "the channel lost or reordered messages across the renegotiation");
        assertEquals(RTCSignalingState.STABLE, c.jrtc.pc.signalingState());
        assertEquals(RTCPeerConnectionState.CONNECTED, c.jrtc.pc.connectionState());
        assertEquals(ufrag, JrtcPeer.ufrag(c.jrtc.pc.currentLocalDescription().orElseThrow().sdp()),
                "adding a track must not restart ICE");
        c.assertNoErrors();
    }

    /** The Opus payload type negotiated for the transceiver's mid, or -1 before the negotiation completes. */
    private static int opusPayloadType(ChromiumCall c, RTCRtpTransceiver t) {
        if (t.mid().isEmpty() || t.currentDirection().isEmpty()) {
            return -1;
        }
        return c.jrtc.pc.currentRemoteDescription()
                .map(d -> NegotiatedCodecs.of(d.sdp(), t.mid().get()))
                .flatMap(m -> m.entrySet().stream().filter(x -> x.getValue().equals("opus/48000/2")).findFirst())
                .map(Map.Entry::getKey).orElse(-1);
    }

    private static final AtomicInteger SEQ = new AtomicInteger();

    private static void sendSome(RTCDataChannel ch, List<String> sent, String phase) {
        for (int i = 0; i < 20; i++) {
            String m = phase + " " + SEQ.incrementAndGet();
            ch.send(m);
            sent.add(m);
        }
    }

    private static long count(Map<Integer, LongAdder> m, int pt) {
        LongAdder n = m.get(pt);
        return n == null ? 0 : n.sum();
    }

    /** Polls a condition jrtc's threads make true, bounded by {@link #MEDIA}. */
    private static void until(BooleanSupplier condition, String what, ChromiumCall c, Map<Integer, LongAdder> received)
            throws InterruptedException {
        long end = System.nanoTime() + MEDIA.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + MEDIA + " waiting for " + what + "; jrtc received " + received
                        + ", transceivers " + c.jrtc.pc.getTransceivers() + ", " + c.jrtc.pc.signalingState()
                        + ", errors " + c.jrtc.errors + "; browser events: " + c.page.eventsOfThisGeneration());
            }
            Thread.sleep(20);
        }
    }
}
