package io.jrtc.webrtc.internal.net;

import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;

/**
 * A socket as a simulation endpoint. What it sends waits in its queue until the simulation
 * polls it (before its next step, at the same virtual time). Once closed it takes nothing more to
 * send (what it took before still goes, as from a real socket's buffer) and hands nothing on, like
 * a closed port.
 */
final class SimSocket implements DatagramPort, Endpoint {
    private final ArrayDeque<Datagram> out = new ArrayDeque<>();
    private final String host;
    private InetSocketAddress local;
    private DatagramSink sink;
    private boolean closed;

    SimSocket(String host) {
        this.host = host;
    }

    /** The address the simulation bound it to (a port was picked if 0 was asked for). */
    void bound(InetSocketAddress address) {
        this.local = address;
    }

    @Override
    public InetSocketAddress local() {
        return local;
    }

    @Override
    public void start(DatagramSink sink) {
        this.sink = sink;
    }

    @Override
    public void send(InetSocketAddress remote, byte[] payload) {
        if (!closed) {
            out.add(new Datagram(local, remote, payload.clone()));
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public void handleInput(long nowNanos, Datagram d) {
        if (!closed && sink != null) {
            sink.onDatagram(this, d.source(), d.payload());
        }
    }

    @Override
    public void handleTimeout(long nowNanos) {
        // the connection's timer is in Timers
    }

    @Override
    public Datagram pollTransmit() {
        return out.poll();
    }

    @Override
    public long pollTimeout() {
        return NEVER;
    }

    @Override
    public String toString() {
        return "jrtc socket " + local + " on " + host + (closed ? " (closed)" : "");
    }
}
