package io.jrtc.webrtc.internal.net;

import static io.jrtc.webrtc.internal.net.LoopbackPeer.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceRole;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.sctp.datachannel.DataChannelState;
import io.jrtc.webrtc.internal.engine.TransportState;
import java.security.MessageDigest;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two engines in one JVM on real UDP sockets bound to 127.0.0.1. */
class LoopbackTransportTest {
    private NetRuntime runtime;

    @BeforeEach
    void start() {
        runtime = NetRuntime.create(4);
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void megabytesOverAnOrderedReliableChannelArriveIntactAndEitherSideCloses() throws Exception {
        LoopbackPeer a = new LoopbackPeer("a", IceRole.CONTROLLING).open(runtime);
        LoopbackPeer b = new LoopbackPeer("b", IceRole.CONTROLLED).open(runtime);
        LoopbackPeer.negotiate(a, b);
        DataChannel ch = a.connection.call((e, now) -> e.createDataChannel(now, "bulk", DataChannelInit.DEFAULT)).join();
        await(a.opened, "open");
        DataChannel far = await(b.remoteChannel, "the remote channel");
        await(a.connected, "a connected");
        await(b.connected, "b connected");

        int messages = 256;
        int size = 16 * 1024;
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        AtomicInteger count = new AtomicInteger();
        CompletableFuture<byte[]> allReceived = new CompletableFuture<>();
        b.onMessage = (c, m) -> {
            received.update(m.binary());
            if (count.incrementAndGet() == messages) {
                allReceived.complete(received.digest());
            }
        };
        CompletableFuture<String> echo = new CompletableFuture<>();
        a.onMessage = (c, m) -> echo.complete(m.text());

        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        Random random = new Random(1);
        for (int i = 0; i < messages; i++) {
            byte[] chunk = new byte[size];
            random.nextBytes(chunk);
            sent.update(chunk);
            a.connection.run((e, now) -> ch.send(chunk));
        }
        assertArrayEquals(sent.digest(), await(allReceived, "4 MiB"));
        b.connection.run((e, now) -> far.send("got them all"));
        assertEquals("got them all", await(echo, "the reply"));

        b.connection.close(); // the answerer closes
        await(a.peerClosed, "close_notify at a");
        await(a.channelClosed, "the channel closed at a");
        assertEquals(DataChannelState.CLOSED, a.connection.call((e, now) -> ch.readyState()).join());
        assertEquals(TransportState.CLOSED, b.connection.call((e, now) -> e.state()).join());
        assertFalse(a.overlapped || b.overlapped, "callbacks of one connection overlapped");
        a.connection.close();
    }

    @Test
    void aConnectionStuckInACallbackDoesNotStallAnother() {
        LoopbackPeer a1 = new LoopbackPeer("a1", IceRole.CONTROLLING).open(runtime);
        LoopbackPeer b1 = new LoopbackPeer("b1", IceRole.CONTROLLED).open(runtime);
        LoopbackPeer a2 = new LoopbackPeer("a2", IceRole.CONTROLLING).open(runtime);
        LoopbackPeer b2 = new LoopbackPeer("b2", IceRole.CONTROLLED).open(runtime);
        LoopbackPeer.negotiate(a1, b1);
        LoopbackPeer.negotiate(a2, b2);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<Void> stuck = new CompletableFuture<>();
        b1.onMessage = (c, m) -> {
            stuck.complete(null);
            try {
                release.await(); // a slow application callback on b1's serial context
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CompletableFuture<String> reply = new CompletableFuture<>();
        b2.onMessage = (c, m) -> c.send("pong");
        a2.onMessage = (c, m) -> reply.complete(m.text());
        a1.opened.thenAccept(ch -> a1.connection.run((e, now) -> ch.send("block")));
        a1.connection.run((e, now) -> e.createDataChannel(now, "1", DataChannelInit.DEFAULT));
        await(stuck, "b1 stuck in its callback");
        a2.opened.thenAccept(ch -> a2.connection.run((e, now) -> ch.send("ping")));
        a2.connection.run((e, now) -> e.createDataChannel(now, "2", DataChannelInit.DEFAULT));
        assertEquals("pong", await(reply, "the other pair's reply while b1 is stuck"));
        release.countDown();
        for (LoopbackPeer p : new LoopbackPeer[] {a1, b1, a2, b2}) {
            p.connection.close();
        }
    }

    @Test
    void srtpProtectedRtpBothWaysOverRealSockets() {
        LoopbackPeer a = new LoopbackPeer("a", IceRole.CONTROLLING).open(runtime);
        LoopbackPeer b = new LoopbackPeer("b", IceRole.CONTROLLED).open(runtime);
        LoopbackPeer.negotiate(a, b);
        await(a.connected, "a connected");
        await(b.connected, "b connected");
        await(a.connection.call((e, now) -> e.mediaReady()).thenCompose(r -> b.connection.call((e, now) -> e.mediaReady())),
                "keys");
        for (int i = 0; i < 20; i++) {
            int seq = i;
            a.connection.run((e, now) -> e.sendRtp(now, io.jrtc.webrtc.internal.engine.RtpPackets.rtp(0xA, seq, "a" + seq)));
            b.connection.run((e, now) -> e.sendRtp(now, io.jrtc.webrtc.internal.engine.RtpPackets.rtp(0xB, seq, "b" + seq)));
        }
        await(a.rtpCount(20), "20 RTP packets at a");
        await(b.rtpCount(20), "20 RTP packets at b");
        assertTrue(a.rtp.stream().allMatch(r -> r.ssrc() == 0xB));
        assertTrue(b.rtp.stream().allMatch(r -> r.ssrc() == 0xA));
        a.connection.close();
        b.connection.close();
    }

    @Test
    void theOffererCanCloseToo() {
        LoopbackPeer a = new LoopbackPeer("a", IceRole.CONTROLLING).open(runtime);
        LoopbackPeer b = new LoopbackPeer("b", IceRole.CONTROLLED).open(runtime);
        LoopbackPeer.negotiate(a, b);
        a.connection.run((e, now) -> e.createDataChannel(now, "c", DataChannelInit.DEFAULT));
        await(b.remoteChannel, "the remote channel");
        a.connection.close();
        await(b.peerClosed, "close_notify at b");
        await(b.channelClosed, "the channel closed at b");
        assertTrue(b.events.stream().noneMatch(ev -> ev instanceof io.jrtc.webrtc.internal.engine.EngineEvent.Failed));
        b.connection.close();
    }

}
