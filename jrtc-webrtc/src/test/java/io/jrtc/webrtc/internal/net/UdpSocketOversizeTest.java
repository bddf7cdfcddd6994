package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The reader's bounded buffer: a datagram over MAX_DATAGRAM is dropped and counted, never truncated. */
class UdpSocketOversizeTest {

    @Test
    void aDatagramLargerThanTheBufferIsDroppedAndCountedAndTheNextOneArrivesWhole() throws Exception {
        LinkedBlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
        try (SocketReader reader = new SocketReader("oversize-reader");
                UdpSocket socket = UdpSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), reader);
                DatagramSocket sender = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.start((s, from, payload) -> received.add(payload));
            List<Integer> sizes = List.of(UdpSocket.MAX_DATAGRAM + 1, UdpSocket.MAX_DATAGRAM, 100);
            for (int size : sizes) {
                byte[] b = new byte[size];
                b[size - 1] = 7;
                sender.send(new DatagramPacket(b, b.length, socket.local()));
            }
            byte[] first = received.poll(10, TimeUnit.SECONDS);
            byte[] second = received.poll(10, TimeUnit.SECONDS);
            assertEquals(UdpSocket.MAX_DATAGRAM, first.length, "the largest allowed datagram arrives whole");
            assertEquals(7, first[first.length - 1]);
            assertEquals(100, second.length);
            assertEquals(1, socket.oversized(), "the one larger datagram was counted");
        }
    }
}
