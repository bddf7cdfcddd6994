package io.jrtc.dtls;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Drives a {@link DtlsTransport} over a real UDP socket on 127.0.0.1 in real time, for interop
 * tests: the socket's receive timeout is the transport's {@code pollTimeout}, so nothing sleeps.
 */
final class UdpDriver implements AutoCloseable {
    final DatagramSocket socket;
    InetSocketAddress peer;

    UdpDriver() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    int port() {
        return socket.getLocalPort();
    }

    /** A UDP port that was free a moment ago, for a peer process to listen on. */
    static int freePort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return s.getLocalPort();
        }
    }

    /** Runs until {@code done} holds or {@code limitMillis} of real time passed; returns {@code done}. */
    boolean run(DtlsTransport dtls, BooleanSupplier done, long limitMillis) throws IOException {
        long deadline = System.nanoTime() + limitMillis * 1_000_000;
        byte[] buf = new byte[65_535];
        while (!done.getAsBoolean()) {
            flush(dtls);
            long now = System.nanoTime();
            if (now >= deadline) {
                return false;
            }
            long wake = Math.min(dtls.pollTimeout(), Math.min(deadline, now + 50_000_000));
            socket.setSoTimeout((int) Math.max(1, (wake - now) / 1_000_000));
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                peer = (InetSocketAddress) p.getSocketAddress();
                dtls.handleInput(System.nanoTime(), java.util.Arrays.copyOf(p.getData(), p.getLength()));
            } catch (SocketTimeoutException e) {
                long t = System.nanoTime();
                if (t >= dtls.pollTimeout()) {
                    dtls.handleTimeout(t);
                }
            }
        }
        flush(dtls);
        return true;
    }

    /** Sends what the transport has queued; returns how many datagrams went out. */
    int flush(DtlsTransport dtls) throws IOException {
        int n = 0;
        for (byte[] d; (d = dtls.pollTransmit()) != null; ) {
            if (peer != null) {
                socket.send(new DatagramPacket(d, d.length, peer));
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        socket.close();
    }
}
