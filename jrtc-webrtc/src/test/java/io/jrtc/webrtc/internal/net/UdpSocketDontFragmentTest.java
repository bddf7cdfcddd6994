package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Path MTU discovery needs datagrams dropped, not fragmented, above the path MTU (RFC 8899 §3). */
class UdpSocketDontFragmentTest {
    @Test
    void dontFragmentIsOffByDefaultAndOnWhenAsked() throws Exception {
        try (SocketReader reader = new SocketReader("df-reader");
                UdpSocket socket = UdpSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), reader)) {
            assertFalse(socket.dontFragmentSet());
            socket.dontFragment();
            assertTrue(socket.dontFragmentSet(), "Linux and the JDK 21+ support IP_DONTFRAGMENT");
        }
    }

    /**
     * A datagram the socket may not send (EMSGSIZE: here over UDP's 65,507-byte limit, on a real
     * path over the interface MTU once don't-fragment is set) is dropped and counted, never thrown,
     * and the socket keeps sending.
     */
    @Test
    void aDatagramTooLargeToSendIsCountedNotThrown() throws Exception {
        LinkedBlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
        try (SocketReader reader = new SocketReader("df-reader");
                UdpSocket sender = UdpSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), reader);
                UdpSocket receiver = UdpSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), reader)) {
            receiver.start((s, from, payload) -> received.add(payload));
            sender.dontFragment();
            sender.send(receiver.local(), new byte[65_508]);
            sender.send(receiver.local(), new byte[2_000]); // loopback's MTU is 64 KiB: passes with don't-fragment
            byte[] got = received.poll(10, TimeUnit.SECONDS);
            assertNotNull(got);
            assertEquals(2_000, got.length);
            assertEquals(1, sender.tooLarge());
            assertEquals(1, sender.sendErrors());
        }
    }
}
