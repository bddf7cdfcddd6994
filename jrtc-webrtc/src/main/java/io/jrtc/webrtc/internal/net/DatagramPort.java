package io.jrtc.webrtc.internal.net;

import java.net.InetSocketAddress;

/** A bound UDP socket as a connection uses it: a real {@link UdpSocket} or a simulated one. */
interface DatagramPort extends AutoCloseable {
    /** The bound address: the base of a host candidate. */
    InetSocketAddress local();

    /** Starts handing every received datagram to {@code sink}. */
    void start(DatagramSink sink);

    /** Sends one datagram; best effort, never throws for I/O. */
    void send(InetSocketAddress remote, byte[] payload);

    /**
     * Asks that datagrams leave with the don't-fragment bit, so Path MTU discovery probes that are
     * too big are lost rather than fragmented. Best effort; a simulated port ignores it.
     */
    default void dontFragment() {
    }

    @Override
    void close();
}
