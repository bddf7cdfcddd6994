package io.jrtc.testkit;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Toy endpoint the test sends through by hand and whose inbox it reads; for NAT tests. */
final class Mailbox implements Endpoint {
    private final InetSocketAddress local;
    private final ArrayDeque<Datagram> outbox = new ArrayDeque<>();
    private final List<Datagram> inbox = new ArrayList<>();

    Mailbox(InetSocketAddress local) {
        this.local = local;
    }

    /** Queues a datagram; the simulation picks it up at its next step. */
    void send(InetSocketAddress to, String text) {
        outbox.add(new Datagram(local, to, text.getBytes(StandardCharsets.UTF_8)));
    }

    List<Datagram> inbox() {
        return inbox;
    }

    /** Source of the last datagram received. */
    InetSocketAddress lastSource() {
        return inbox.get(inbox.size() - 1).source();
    }

    List<String> texts() {
        return inbox.stream().map(d -> new String(d.payload(), StandardCharsets.UTF_8)).toList();
    }

    @Override
    public void handleInput(long nowNanos, Datagram datagram) {
        inbox.add(datagram);
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

    @Override
    public String toString() {
        return "mailbox@" + local;
    }
}
