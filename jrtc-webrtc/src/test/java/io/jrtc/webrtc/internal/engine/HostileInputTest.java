package io.jrtc.webrtc.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceDatagram;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelInit;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Garbage, and real packets with flipped bits, of every class fed into a connected engine: nothing throws, they are
 * dropped and counted, and the connection keeps carrying messages.
 */
class HostileInputTest {
    @Test
    void randomAndMutatedDatagramsAreDroppedAndCounted() {
        EngineWorld w = new EngineWorld(11).start();
        DataChannel ch = w.a.engine.createDataChannel(w.sim.now(), "x", DataChannelInit.DEFAULT);
        assertTrue(w.run(() -> w.a.opened(ch) && !w.b.remoteChannels.isEmpty(), Duration.ofSeconds(30)));
        InetSocketAddress local = w.b.engine.ice().localCandidates().get(0).socketAddress().orElseThrow();
        InetSocketAddress fromA = w.a.engine.ice().localCandidates().get(0).socketAddress().orElseThrow();
        InetSocketAddress stranger = new InetSocketAddress("198.51.100.77", 4000);
        Random r = new Random(11);
        int[] firstBytes = {0, 1, 3, 10, 20, 22, 23, 63, 64, 100, 128, 0x80, 191, 200, 255};
        for (int i = 0; i < 5000; i++) {
            byte[] junk = new byte[r.nextInt(300)];
            r.nextBytes(junk);
            if (junk.length > 0) {
                junk[0] = (byte) firstBytes[r.nextInt(firstBytes.length)];
            }
            if (junk.length > 1 && (junk[0] & 0xFF) >= 128 && (junk[0] & 0xFF) <= 191) {
                junk[0] = (byte) 0x80; // RTP version 2, so SRTP itself has to reject it
            }
            InetSocketAddress from = r.nextBoolean() ? fromA : stranger;
            w.b.engine.handleInput(w.sim.now(), IceDatagram.udp(local, from, junk));
        }
        w.b.drain();
        EngineStats s = w.b.engine.stats();
        assertTrue(s.droppedUnclassified() > 0, s::toString);
        assertTrue(s.droppedSrtp() > 0, s::toString);
        assertTrue(s.ice().droppedMalformed() + s.ice().droppedUnknown() > 0, s::toString);
        assertEquals(TransportState.CONNECTED, w.b.engine.state(), () -> w.b.events.toString());
        long rtpBefore = w.b.engine.stats().rtpReceived();
        for (int i = 0; i < 5000; i++) {
            byte[] real = w.a.sent.get(r.nextInt(w.a.sent.size())).clone();
            for (int flips = 1 + r.nextInt(4); flips > 0 && real.length > 0; flips--) {
                real[r.nextInt(real.length)] ^= (byte) (1 << r.nextInt(8));
            }
            w.b.engine.handleInput(w.sim.now(), IceDatagram.udp(local, fromA, real));
        }
        w.b.drain();
        assertEquals(rtpBefore, w.b.engine.stats().rtpReceived());
        assertEquals(TransportState.CONNECTED, w.b.engine.state(), () -> w.b.events.toString());
        ch.send("still here");
        assertTrue(w.run(() -> w.b.texts.contains("still here"), Duration.ofSeconds(10)));
    }

    @Test
    void junkOnStreamsNobodyOpenedAndJunkMdnsAreDroppedAndCounted() {
        EngineWorld w = new EngineWorld(14).start();
        DataChannel ch = w.a.engine.createDataChannel(w.sim.now(), "x", DataChannelInit.DEFAULT);
        assertTrue(w.run(() -> w.a.opened(ch) && !w.b.remoteChannels.isEmpty(), Duration.ofSeconds(30)));
        Random r = new Random(14);
        InetSocketAddress stranger = new InetSocketAddress("198.51.100.77", 5353);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[r.nextInt(300)];
            r.nextBytes(junk);
            int stream = r.nextInt(8);
            long now = w.sim.now();
            switch (r.nextInt(4)) {
                case 0 -> w.b.engine.handleStreamInput(now, stream, junk, 0, junk.length);
                case 1 -> w.b.engine.handleStreamConnected(now, stream);
                case 2 -> w.b.engine.handleStreamClosed(now, stream, "reset");
                default -> w.b.engine.handleMdnsInput(now, stranger, junk, 0, junk.length);
            }
        }
        w.b.drain();
        var stats = w.b.engine.iceSessionStats();
        assertTrue(stats.droppedUnroutable() > 0, stats::toString);
        assertTrue(stats.mdnsMalformed() > 0, stats::toString);
        assertEquals(TransportState.CONNECTED, w.b.engine.state(), () -> w.b.events.toString());
        assertTrue(w.b.events.stream().noneMatch(EngineEvent.CandidateError.class::isInstance), () -> w.b.events.toString());
        ch.send("still here");
        assertTrue(w.run(() -> w.b.texts.contains("still here"), Duration.ofSeconds(10)));
    }
}
