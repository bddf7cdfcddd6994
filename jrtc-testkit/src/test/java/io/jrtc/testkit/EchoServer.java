package io.jrtc.testkit;

import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Toy endpoint: sends every datagram back to where it came from. Has no timers. */
final class EchoServer implements Endpoint {
    private final InetSocketAddress local;
    private final ArrayDeque<Datagram> outbox = new ArrayDeque<>();
    private final List<InetSocketAddress> sources = new ArrayList<>();

    EchoServer(InetSocketAddress local) {
        this.local = local;
    }

    @Override
    public void handleInput(long nowNanos, Datagram datagram) {
        sources.add(datagram.source());
        outbox.add(new Datagram(local, datagram.source(), datagram.payload()));
    }

    @Override
    public void handleTimeout(long nowNanos) {}

    @Override
    public Datagram pollTransmit() {
        return outbox.poll();
    }

    @Override
    public long pollTimeout() {
        return NEVER;
    }

    /** Where the datagrams came from, in order (after any NAT). */
    List<InetSocketAddress> sources() {
        return sources;
    }

    @Override
    public String toString() {
        return "echo@" + local;
    }
}
