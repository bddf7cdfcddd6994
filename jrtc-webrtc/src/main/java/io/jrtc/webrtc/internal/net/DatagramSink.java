package io.jrtc.webrtc.internal.net;

import java.net.InetSocketAddress;

/** Where a socket's reader hands each datagram. Called on the reader thread: must not block. */
@FunctionalInterface
interface DatagramSink {
    void onDatagram(DatagramPort socket, InetSocketAddress remote, byte[] payload);
}
