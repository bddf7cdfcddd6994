package io.jrtc.testkit;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;

/**
 * Toy endpoint: sends {@code count} datagrams of {@code size} bytes, one every {@code interval}
 * starting at {@code start}, each carrying its sequence number and send time for a
 * {@link PacketSink} to measure.
 */
final class PacketSource implements Endpoint {
    static final int HEADER = 12;

    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private final int count;
    private final long interval;
    private final int size;
    private final ArrayDeque<Datagram> outbox = new ArrayDeque<>();
    private int sent;
    private long next;

    PacketSource(InetSocketAddress local, InetSocketAddress remote, int count, Duration interval, int size, long start) {
        if (size < HEADER) {
            throw new IllegalArgumentException("size must hold the header: " + size);
        }
        this.local = local;
        this.remote = remote;
        this.count = count;
        this.interval = interval.toNanos();
        this.size = size;
        this.next = start;
    }

    @Override
    public void handleInput(long nowNanos, Datagram datagram) {}

    @Override
    public void handleTimeout(long nowNanos) {
        while (sent < count && next <= nowNanos) {
            byte[] payload = ByteBuffer.allocate(size).putInt(sent).putLong(nowNanos).array();
            outbox.add(new Datagram(local, remote, payload));
            sent++;
            next += interval;
        }
    }

    @Override
    public Datagram pollTransmit() {
        return outbox.poll();
    }

    @Override
    public long pollTimeout() {
        return sent < count ? next : NEVER;
    }

    int sent() {
        return sent;
    }

    @Override
    public String toString() {
        return "source@" + local;
    }
}
