package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCIceGatheringState;
import io.jrtc.webrtc.RTCPeerConnectionState;
import io.jrtc.webrtc.RTCSignalingState;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** RTCPeerConnection to RTCPeerConnection over real UDP sockets on 127.0.0.1, with trickle ICE. */
class DataChannelLoopbackTest {

    @Test
    void offerAnswerWithTrickleOpensAChannelAndCarriesMegabytesIntact() throws Exception {
        try (Peers p = new Peers()) {
            CompletableFuture<Void> negotiationNeeded = new CompletableFuture<>();
            p.a.pc.onNegotiationNeeded(() -> negotiationNeeded.complete(null));
            RTCDataChannel ch = p.a.pc.createDataChannel("bulk");
            await(negotiationNeeded, "negotiationneeded");
            CompletableFuture<Void> open = new CompletableFuture<>();
            ch.onOpen(() -> open.complete(null));
            assertEquals(RTCDataChannelState.CONNECTING, ch.readyState());
            p.negotiate();
            assertEquals(RTCSignalingState.STABLE, p.a.pc.signalingState());
            assertEquals(RTCSignalingState.STABLE, p.b.pc.signalingState());
            await(open, "open");
            await(p.a.connected, "a connected");
            await(p.b.connected, "b connected");
            RTCDataChannel far = p.b.remoteChannel(0);
            assertEquals("bulk", far.label());
            assertEquals(ch.id(), far.id());
            assertTrue(p.a.pc.canTrickleIceCandidates().orElseThrow());
            await(p.a.endOfCandidates, "a's end of candidates");
            assertEquals(RTCIceGatheringState.COMPLETE, p.a.pc.iceGatheringState());
            assertTrue(p.a.pc.localDescription().orElseThrow().sdp().contains("a=candidate:"),
                    "gathered candidates show in the local description");

            int messages = 128;
            int size = 16 * 1024;
            MessageDigest received = MessageDigest.getInstance("SHA-256");
            AtomicInteger count = new AtomicInteger();
            CompletableFuture<byte[]> all = new CompletableFuture<>();
            far.onMessage(m -> {
                received.update(m.binary());
                if (count.incrementAndGet() == messages) {
                    all.complete(received.digest());
                }
            });
            MessageDigest sent = MessageDigest.getInstance("SHA-256");
            Random random = new Random(7);
            for (int i = 0; i < messages; i++) {
                byte[] chunk = new byte[size];
                random.nextBytes(chunk);
                sent.update(chunk);
                await(ch.sendAsync(chunk), "send " + i);
            }
            assertArrayEquals(sent.digest(), await(all, "2 MiB"));
            CompletableFuture<String> reply = new CompletableFuture<>();
            ch.onMessage(m -> reply.complete(m.text()));
            far.send("thanks");
            assertEquals("thanks", await(reply, "the reply"));
            assertTrue(p.a.candidateErrors.isEmpty() && p.b.candidateErrors.isEmpty(),
                    () -> p.a.candidateErrors + " " + p.b.candidateErrors);
        }
    }

    @Test
    void everyKindOfChannel() {
        try (Peers p = new Peers()) {
            RTCDataChannel unordered = p.a.pc.createDataChannel("unordered",
                    RTCDataChannelInit.builder().ordered(false).build());
            RTCDataChannel noRetransmits = p.a.pc.createDataChannel("rtx0",
                    RTCDataChannelInit.builder().ordered(false).maxRetransmits(0).build());
            RTCDataChannel lifetime = p.a.pc.createDataChannel("life",
                    RTCDataChannelInit.builder().maxPacketLifeTime(500).protocol("chat").build());
            RTCDataChannel negotiatedA = p.a.pc.createDataChannel("neg",
                    RTCDataChannelInit.builder().negotiated(true).id(42).build());
            RTCDataChannel negotiatedB = p.b.pc.createDataChannel("neg",
                    RTCDataChannelInit.builder().negotiated(true).id(42).build());
            p.negotiate();
            for (RTCDataChannel c : List.of(unordered, noRetransmits, lifetime, negotiatedA, negotiatedB)) {
                until(() -> c.readyState() == RTCDataChannelState.OPEN, c.label() + " open");
            }
            until(() -> p.b.remoteChannels.size() == 3, "three announced channels at b");
            assertTrue(p.b.remoteChannels.stream().noneMatch(c -> c.label().equals("neg")),
                    "a negotiated channel is not announced");
            RTCDataChannel life = p.b.remoteChannels.stream().filter(c -> c.label().equals("life")).findFirst().orElseThrow();
            assertEquals("chat", life.protocol());
            assertEquals(500, life.maxPacketLifeTime().orElseThrow());
            RTCDataChannel rtx0 = p.b.remoteChannels.stream().filter(c -> c.label().equals("rtx0")).findFirst().orElseThrow();
            assertEquals(0, rtx0.maxRetransmits().orElseThrow());
            assertEquals(false, rtx0.ordered());
            assertEquals(42, negotiatedA.id().orElseThrow());

            // Loopback does not lose packets, so even the partially reliable channels deliver everything.
            for (RTCDataChannel far : p.b.remoteChannels) {
                List<String> got = new CopyOnWriteArrayList<>();
                far.onMessage(m -> got.add(m.text()));
                RTCDataChannel near = List.of(unordered, noRetransmits, lifetime).stream()
                        .filter(c -> c.label().equals(far.label())).findFirst().orElseThrow();
                for (int i = 0; i < 20; i++) {
                    near.send(far.label() + i);
                }
                until(() -> got.size() == 20, "20 messages on " + far.label());
                assertEquals(20, got.stream().distinct().count());
            }
            CompletableFuture<String> onB = new CompletableFuture<>();
            negotiatedB.onMessage(m -> onB.complete(m.text()));
            negotiatedA.send("pre-agreed");
            assertEquals("pre-agreed", await(onB, "negotiated channel message"));
        }
    }

    @Test
    void manyChannels() {
        try (Peers p = new Peers()) {
            int n = 50;
            List<RTCDataChannel> near = new CopyOnWriteArrayList<>();
            for (int i = 0; i < n; i++) {
                near.add(p.a.pc.createDataChannel("c" + i));
            }
            p.negotiate();
            until(() -> p.b.remoteChannels.size() == n, n + " channels at b");
            AtomicInteger echoes = new AtomicInteger();
            for (RTCDataChannel far : p.b.remoteChannels) {
                far.onMessage(m -> far.send("echo " + m.text()));
            }
            for (RTCDataChannel c : near) {
                c.onMessage(m -> {
                    if (m.text().equals("echo " + c.label())) {
                        echoes.incrementAndGet();
                    }
                });
                until(() -> c.readyState() == RTCDataChannelState.OPEN, c.label() + " open");
                c.send(c.label());
            }
            until(() -> echoes.get() == n, "every channel echoed");
            assertEquals(RTCPeerConnectionState.CONNECTED, p.a.pc.connectionState());
        }
    }

    @Test
    void closingAChannelClosesItOnBothSidesAndBufferedAmountLowFires() {
        try (Peers p = new Peers()) {
            RTCDataChannel ch = p.a.pc.createDataChannel("closing");
            RTCDataChannel keep = p.a.pc.createDataChannel("keep");
            p.negotiate();
            until(() -> ch.readyState() == RTCDataChannelState.OPEN && keep.readyState() == RTCDataChannelState.OPEN,
                    "open");
            until(() -> p.b.remoteChannels.size() == 2, "both at b");
            RTCDataChannel far = p.b.remoteChannels.stream().filter(c -> c.label().equals("closing")).findFirst()
                    .orElseThrow();

            CompletableFuture<Void> low = new CompletableFuture<>();
            ch.bufferedAmountLowThreshold(1024);
            ch.onBufferedAmountLow(() -> low.complete(null));
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 16; i++) {
                ch.send(chunk);
            }
            assertTrue(ch.bufferedAmount() > 1024, "send counts toward bufferedAmount at once");
            io.jrtc.webrtc.RTCException tooBig = org.junit.jupiter.api.Assertions.assertThrows(
                    io.jrtc.webrtc.RTCException.class, () -> ch.send(new byte[262_145]));
            assertEquals(io.jrtc.webrtc.RTCErrorName.TYPE_ERROR, tooBig.name());
            await(low, "bufferedamountlow");

            CompletableFuture<Void> farClosing = new CompletableFuture<>();
            CompletableFuture<Void> farClosed = new CompletableFuture<>();
            CompletableFuture<Void> nearClosed = new CompletableFuture<>();
            far.onClosing(() -> farClosing.complete(null));
            far.onClose(() -> farClosed.complete(null));
            ch.onClose(() -> nearClosed.complete(null));
            ch.close();
            assertEquals(RTCDataChannelState.CLOSING, ch.readyState());
            await(nearClosed, "close at a");
            await(farClosed, "close at b");
            assertTrue(farClosing.isDone(), "closing fires before close at the peer");
            assertEquals(RTCDataChannelState.CLOSED, far.readyState());
            // The other channel and the connection carry on.
            CompletableFuture<String> got = new CompletableFuture<>();
            p.b.remoteChannels.stream().filter(c -> c.label().equals("keep")).findFirst().orElseThrow()
                    .onMessage(m -> got.complete(m.text()));
            keep.send("still open");
            assertEquals("still open", await(got, "message on the other channel"));
            assertEquals(RTCPeerConnectionState.CONNECTED, p.a.pc.connectionState());
        }
    }
}
