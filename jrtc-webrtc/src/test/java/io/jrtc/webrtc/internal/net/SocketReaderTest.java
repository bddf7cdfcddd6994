package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One selector thread reads many sockets: each gets its datagrams, none starves, closing frees the port. */
class SocketReaderTest {
    private static InetSocketAddress anyLoopbackPort() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    @Test
    void everySocketGetsItsOwnDatagramsInOrder() throws Exception {
        LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (SocketReader reader = new SocketReader("test-reader");
                UdpSocket sender = UdpSocket.bind(anyLoopbackPort(), reader);
                UdpSocket a = UdpSocket.bind(anyLoopbackPort(), reader);
                UdpSocket b = UdpSocket.bind(anyLoopbackPort(), reader)) {
            a.start((s, from, payload) -> received.add("a" + payload[0]));
            b.start((s, from, payload) -> received.add("b" + payload[0]));
            for (int i = 0; i < 5; i++) {
                sender.send(a.local(), new byte[] {(byte) i});
                sender.send(b.local(), new byte[] {(byte) i});
            }
            List<String> forA = new ArrayList<>();
            List<String> forB = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String r = received.poll(10, TimeUnit.SECONDS);
                assertNotNull(r, "datagram " + i + " arrived");
                (r.startsWith("a") ? forA : forB).add(r);
            }
            assertEquals(List.of("a0", "a1", "a2", "a3", "a4"), forA);
            assertEquals(List.of("b0", "b1", "b2", "b3", "b4"), forB);
        }
    }

    /**
     * While the reader is held up, one socket gets a flood and another a single datagram: the single
     * one is handed on after at most two turns of the flooded socket, not after the whole flood.
     */
    @Test
    void aFloodedSocketDoesNotStarveAnother() throws Exception {
        int flood = 4 * SocketReader.PER_TURN;
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (SocketReader reader = new SocketReader("test-reader");
                UdpSocket sender = UdpSocket.bind(anyLoopbackPort(), reader);
                UdpSocket busy = UdpSocket.bind(anyLoopbackPort(), reader);
                UdpSocket quiet = UdpSocket.bind(anyLoopbackPort(), reader)) {
            busy.start((s, from, payload) -> {
                if (payload[0] == -1) {
                    holding.countDown();
                    await(release);
                } else {
                    received.add("busy");
                }
            });
            quiet.start((s, from, payload) -> received.add("quiet"));
            sender.send(busy.local(), new byte[] {-1});
            assertTrue(holding.await(10, TimeUnit.SECONDS), "the reader took the first datagram");
            for (int i = 0; i < flood; i++) {
                sender.send(busy.local(), new byte[] {1});
            }
            sender.send(quiet.local(), new byte[] {1});
            release.countDown();
            int position = -1;
            for (int i = 0; i <= flood; i++) {
                String r = received.poll(10, TimeUnit.SECONDS);
                assertNotNull(r, "datagram " + i + " arrived");
                if (r.equals("quiet")) {
                    position = i;
                }
            }
            assertTrue(position >= 0 && position <= 2 * SocketReader.PER_TURN,
                    "the quiet socket's datagram came " + position + "th of " + (flood + 1));
        }
    }

    @Test
    void closingASocketFreesItsPortAndTheReaderGoesOn() throws Exception {
        LinkedBlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
        try (SocketReader reader = new SocketReader("test-reader");
                UdpSocket sender = UdpSocket.bind(anyLoopbackPort(), reader)) {
            UdpSocket first = UdpSocket.bind(anyLoopbackPort(), reader);
            first.start((s, from, payload) -> received.add(payload));
            sender.send(first.local(), new byte[] {1});
            assertNotNull(received.poll(10, TimeUnit.SECONDS));
            InetSocketAddress port = first.local();
            first.close();
            // The JDK closes a selector's channel at the selector's next select: the reader is woken for it.
            UdpSocket again = bindWhenFree(port, reader);
            try {
                again.start((s, from, payload) -> received.add(payload));
                sender.send(again.local(), new byte[] {2});
                byte[] got = received.poll(10, TimeUnit.SECONDS);
                assertNotNull(got, "the new socket on the same port is read");
                assertEquals(2, got[0]);
            } finally {
                again.close();
            }
        }
    }

    @Test
    void closingTheReaderEndsItsThread() throws Exception {
        SocketReader reader = new SocketReader("test-reader");
        reader.close();
        for (int i = 0; i < 1000 && !reader.stopped(); i++) {
            Thread.sleep(10);
        }
        assertTrue(reader.stopped());
    }

    /** NetRuntime.close() stops the reader; a socket closed (or started) after it must not throw. */
    @Test
    void aSocketOutlivingItsReaderStillClosesQuietly() throws Exception {
        SocketReader reader = new SocketReader("test-reader");
        UdpSocket late = UdpSocket.bind(anyLoopbackPort(), reader);
        UdpSocket started = UdpSocket.bind(anyLoopbackPort(), reader);
        started.start((s, from, payload) -> { });
        reader.close();
        late.start((s, from, payload) -> { });
        late.close();
        started.close();
        UdpSocket again = bindWhenFree(started.local(), reader);
        again.close();
    }

    private static UdpSocket bindWhenFree(InetSocketAddress address, SocketReader reader) throws Exception {
        for (int i = 0; ; i++) {
            try {
                return UdpSocket.bind(address, reader);
            } catch (BindException e) {
                if (i == 1000) {
                    throw new IOException("the closed socket's port stayed bound", e);
                }
                Thread.sleep(10);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
