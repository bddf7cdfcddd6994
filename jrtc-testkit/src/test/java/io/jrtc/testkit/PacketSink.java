package io.jrtc.testkit;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Toy endpoint: records what {@link PacketSource}s send it, for measuring the network. */
final class PacketSink implements Endpoint {
    /** One received datagram. */
    record Arrival(int seq, long sentAt, long arrivedAt, int size) {
        long delay() {
            return arrivedAt - sentAt;
        }
    }

    private final InetSocketAddress local;
    private final List<Arrival> arrivals = new ArrayList<>();

    PacketSink(InetSocketAddress local) {
        this.local = local;
    }

    @Override
    public void handleInput(long nowNanos, Datagram datagram) {
        ByteBuffer payload = ByteBuffer.wrap(datagram.payload());
        arrivals.add(new Arrival(payload.getInt(), payload.getLong(), nowNanos, datagram.length()));
    }

    @Override
    public void handleTimeout(long nowNanos) {}

    @Override
    public Datagram pollTransmit() {
        return null;
    }

    @Override
    public long pollTimeout() {
        return NEVER;
    }

    List<Arrival> arrivals() {
        return arrivals;
    }

    /** Arrivals overtaken by a later-sent datagram, i.e. arriving after a higher number. */
    long lateArrivals() {
        long late = 0;
        int highest = -1;
        for (Arrival a : arrivals) {
            if (a.seq() < highest) {
                late++;
            }
            highest = Math.max(highest, a.seq());
        }
        return late;
    }

    /** Arrivals whose number was seen before. */
    long repeats() {
        BitSet seen = new BitSet();
        long repeats = 0;
        for (Arrival a : arrivals) {
            if (seen.get(a.seq())) {
                repeats++;
            }
            seen.set(a.seq());
        }
        return repeats;
    }

    /** Which of the first {@code count} numbers never arrived. */
    BitSet missing(int count) {
        BitSet missing = new BitSet();
        missing.set(0, count);
        arrivals.forEach(a -> missing.clear(a.seq()));
        return missing;
    }

    @Override
    public String toString() {
        return "sink@" + local;
    }
}
