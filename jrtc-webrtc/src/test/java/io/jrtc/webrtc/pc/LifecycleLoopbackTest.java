package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCIceConnectionState;
import io.jrtc.webrtc.RTCOfferOptions;
import io.jrtc.webrtc.RTCPeerConnectionState;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCRtpTransceiverInit;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Close from either side, ICE restart mid-transfer and renegotiation, over real sockets on 127.0.0.1. */
class LifecycleLoopbackTest {

    private static RTCDataChannel connectedChannel(Peers p) {
        RTCDataChannel ch = p.a.pc.createDataChannel("c");
        p.negotiate();
        until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open");
        await(p.a.connected, "a connected");
        await(p.b.connected, "b connected");
        return ch;
    }

    @Test
    void closingSideSeesClosedAtOnceWithoutEventsAndThePeerSeesItsChannelsClose() {
        for (boolean offererCloses : new boolean[] {true, false}) {
            try (Peers p = new Peers()) {
                RTCDataChannel near = connectedChannel(p);
                RTCDataChannel far = p.b.remoteChannel(0);
                Peers.Side closer = offererCloses ? p.a : p.b;
                Peers.Side other = offererCloses ? p.b : p.a;
                RTCDataChannel closerChannel = offererCloses ? near : far;
                RTCDataChannel otherChannel = offererCloses ? far : near;
                CompletableFuture<Void> otherClose = new CompletableFuture<>();
                otherChannel.onClose(() -> otherClose.complete(null));
                List<String> closerEventsAfter = new CopyOnWriteArrayList<>();
                closerChannel.onClose(() -> closerEventsAfter.add("close"));
                int before = closer.events.size();

                closer.pc.close();
                assertEquals(RTCSignalingState.CLOSED, closer.pc.signalingState());
                assertEquals(RTCPeerConnectionState.CLOSED, closer.pc.connectionState());
                assertEquals(RTCIceConnectionState.CLOSED, closer.pc.iceConnectionState());
                until(() -> closerChannel.readyState() == RTCDataChannelState.CLOSED, "the closer's channel closed");

                await(otherClose, "the peer's channel close event");
                assertEquals(RTCDataChannelState.CLOSED, otherChannel.readyState());
                assertEquals(before, closer.events.size(), () -> "close() fired events: " + closer.events);
                assertTrue(closerEventsAfter.isEmpty(), "close() fires no channel close event on the closing side");
                assertNotEquals(RTCSignalingState.CLOSED, other.pc.signalingState());

                // Everything after close() behaves as the specification says.
                RTCException e = assertFailsWith(closer.pc.createOffer());
                assertEquals(RTCErrorName.INVALID_STATE_ERROR, e.name());
                assertEquals(RTCErrorName.INVALID_STATE_ERROR,
                        assertFailsWith(closer.pc.setRemoteDescription(other.pc.localDescription().orElseThrow())).name());
                assertEquals(RTCErrorName.INVALID_STATE_ERROR,
                        org.junit.jupiter.api.Assertions.assertThrows(RTCException.class,
                                () -> closer.pc.createDataChannel("late")).name());
                assertEquals(RTCErrorName.INVALID_STATE_ERROR,
                        org.junit.jupiter.api.Assertions.assertThrows(RTCException.class, () -> closerChannel.send("x")).name());
                closer.pc.close(); // idempotent
            }
        }
    }

    static RTCException assertFailsWith(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RTCException r) {
                return r;
            }
            throw new AssertionError("failed with " + e.getCause(), e);
        }
        throw new AssertionError("completed, but should have failed");
    }

    @Test
    void iceRestartMidTransferLosesNoMessage() {
        try (Peers p = new Peers()) {
            RTCDataChannel ch = connectedChannel(p);
            RTCDataChannel far = p.b.remoteChannel(0);
            List<String> got = new CopyOnWriteArrayList<>();
            far.onMessage(m -> got.add(m.text()));
            String ufragBefore = ufrag(p.a.pc.localDescription().orElseThrow().sdp());
            CompletableFuture<Void> needed = new CompletableFuture<>();
            p.a.pc.onNegotiationNeeded(() -> needed.complete(null));
            for (int i = 0; i < 100; i++) {
                ch.send("before " + i);
            }
            p.a.pc.restartIce();
            await(needed, "negotiationneeded after restartIce");
            Peers.negotiate(p.a, p.b);
            for (int i = 0; i < 100; i++) {
                ch.send("after " + i);
            }
            until(() -> got.size() == 200, "200 messages", () -> "got " + got.size() + "; a: " + p.a.events + " "
                    + p.a.pc.getStats().join().toJSON() + " b: " + p.b.events + " " + p.b.pc.getStats().join().toJSON());
            for (int i = 0; i < 100; i++) {
                assertEquals("before " + i, got.get(i));
                assertEquals("after " + i, got.get(100 + i));
            }
            assertNotEquals(ufragBefore, ufrag(p.a.pc.localDescription().orElseThrow().sdp()));
            assertNotEquals(ufrag(p.b.pc.currentRemoteDescription().orElseThrow().sdp()), ufragBefore);
            // The restarted ICE works on its own: send again after the new pair is selected.
            until(() -> p.a.pc.iceConnectionState() == RTCIceConnectionState.CONNECTED
                    || p.a.pc.iceConnectionState() == RTCIceConnectionState.COMPLETED, "a connected again");
            ch.send("last");
            until(() -> got.size() == 201, "the last message");
            assertTrue(p.a.candidateErrors.isEmpty() && p.b.candidateErrors.isEmpty(),
                    () -> p.a.candidateErrors + " " + p.b.candidateErrors);
        }
    }

    @Test
    void restartIceTakesEffectWithTheNextOfferNotBefore() {
        try (Peers p = new Peers()) {
            RTCDataChannel ch = connectedChannel(p);
            RTCDataChannel far = p.b.remoteChannel(0);
            String before = ufrag(p.a.pc.localDescription().orElseThrow().sdp());
            p.a.pc.restartIce();
            CompletableFuture<String> got = new CompletableFuture<>();
            far.onMessage(m -> got.complete(m.text()));
            ch.send("no offer yet");
            assertEquals("no offer yet", await(got, "a message while a restart is only requested"));
            assertEquals(before, ufrag(p.a.pc.localDescription().orElseThrow().sdp()));
            String offered = ufrag(await(p.a.pc.createOffer(), "offer").sdp());
            assertNotEquals(before, offered, "the next offer restarts ICE");
        }
    }

    @Test
    void iceRestartThroughOfferOptionsFromTheAnswerer() {
        try (Peers p = new Peers()) {
            RTCDataChannel ch = connectedChannel(p);
            RTCDataChannel far = p.b.remoteChannel(0);
            String before = ufrag(p.b.pc.localDescription().orElseThrow().sdp());
            await(p.b.pc.setLocalDescription(await(p.b.pc.createOffer(RTCOfferOptions.builder().iceRestart(true).build()),
                    "restart offer")), "setLocal(restart offer)");
            p.a.setRemote(p.b.pc.localDescription().orElseThrow());
            await(p.a.pc.setLocalDescription(), "answer");
            p.b.setRemote(p.a.pc.localDescription().orElseThrow());
            assertNotEquals(before, ufrag(p.b.pc.localDescription().orElseThrow().sdp()));
            CompletableFuture<String> got = new CompletableFuture<>();
            ch.onMessage(m -> got.complete(m.text()));
            far.send("after the restart");
            assertEquals("after the restart", await(got, "message after restart"));
        }
    }

    @Test
    void channelsAddedOnAnEstablishedConnectionFromEachSide() {
        try (Peers p = new Peers()) {
            connectedChannel(p);
            List<String> needed = new CopyOnWriteArrayList<>();
            p.a.pc.onNegotiationNeeded(() -> needed.add("a"));
            p.b.pc.onNegotiationNeeded(() -> needed.add("b"));
            RTCDataChannel fromB = p.b.pc.createDataChannel("from-b");
            RTCDataChannel fromA = p.a.pc.createDataChannel("from-a");
            until(() -> fromB.readyState() == RTCDataChannelState.OPEN && fromA.readyState() == RTCDataChannelState.OPEN,
                    "both new channels open");
            until(() -> p.a.remoteChannels.size() == 1 && p.b.remoteChannels.size() == 2, "both announced");
            assertEquals("from-b", p.a.remoteChannels.get(0).label());
            assertEquals("from-a", p.b.remoteChannels.get(1).label());
            assertTrue(fromA.id().orElseThrow() % 2 != fromB.id().orElseThrow() % 2,
                    "the DTLS roles split the stream ids (RFC 8832 section 6)");
            assertTrue(needed.isEmpty(), "more channels need no negotiation once the data section exists: " + needed);
        }
    }

    @Test
    void aChannelAddedAfterAnAudioOnlyNegotiationRenegotiates() {
        try (Peers p = new Peers()) {
            await(p.a.pc.setLocalDescription(await(p.a.pc.createOffer(
                    RTCOfferOptions.builder().offerToReceiveAudio(true).build()), "offer")), "setLocal");
            p.b.setRemote(p.a.pc.localDescription().orElseThrow());
            await(p.b.pc.setLocalDescription(), "answer");
            p.a.setRemote(p.b.pc.localDescription().orElseThrow());
            await(p.a.connected, "a connected without data");
            CompletableFuture<Void> needed = new CompletableFuture<>();
            p.b.pc.onNegotiationNeeded(() -> needed.complete(null));
            RTCDataChannel ch = p.b.pc.createDataChannel("late");
            await(needed, "negotiationneeded at b");
            Peers.negotiate(p.b, p.a);
            assertTrue(p.a.pc.currentRemoteDescription().orElseThrow().sdp().contains("webrtc-datachannel"));
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "the late channel opens");
            RTCDataChannel far = p.a.remoteChannel(0);
            CompletableFuture<String> got = new CompletableFuture<>();
            far.onMessage(m -> got.complete(m.text()));
            ch.send("late hello");
            assertEquals("late hello", await(got, "message"));
        }
    }

    /**
     * W3C WebRTC 1.0 §4.4.1.5: a change made while an offer is outstanding (here the first data
     * channel, created after an audio-only offer went out) fires negotiationneeded once the answer
     * brings the connection back to stable, because the flag was true before and after that update.
     * jrtc kept the flag from the first negotiation and stayed silent (found by Chromium interop:
     * ChromiumMediaTest, where jrtc offered media and then created a channel).
     */
    @Test
    void aChannelCreatedWhileAnOfferIsOutstandingRenegotiatesOnceStable() {
        try (Peers p = new Peers()) {
            List<String> needed = new CopyOnWriteArrayList<>();
            p.a.pc.onNegotiationNeeded(() -> needed.add("a"));
            p.a.pc.addTransceiver("audio", RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.SENDRECV));
            until(() -> needed.size() == 1, "negotiationneeded for the transceiver");
            await(p.a.pc.setLocalDescription(), "audio-only offer");
            assertTrue(!p.a.pc.localDescription().orElseThrow().sdp().contains("m=application"));
            RTCDataChannel ch = p.a.pc.createDataChannel("during-the-offer");
            p.b.setRemote(p.a.pc.localDescription().orElseThrow());
            await(p.b.pc.setLocalDescription(), "answer");
            p.a.setRemote(p.b.pc.localDescription().orElseThrow());
            until(() -> needed.size() == 2, "negotiationneeded again once stable, for the channel",
                    () -> "events: " + needed + ", state " + p.a.pc.signalingState());
            Peers.negotiate(p.a, p.b);
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "the channel opens after the second negotiation");
            assertEquals(RTCSignalingState.STABLE, p.a.pc.signalingState());
        }
    }

    static String ufrag(String sdp) {
        return sdp.lines().filter(l -> l.startsWith("a=ice-ufrag:")).findFirst().orElseThrow();
    }
}
