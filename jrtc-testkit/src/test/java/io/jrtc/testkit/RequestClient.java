package io.jrtc.testkit;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Toy endpoint: sends numbered requests one at a time, retransmitting each every {@code rto}
 * until its response (any datagram echoing the number) arrives, then waits {@code interval}
 * before the next. Starts at once: its first pollTimeout() is in the past.
 */
final class RequestClient implements Endpoint {
    private final InetSocketAddress local;
    private final InetSocketAddress server;
    private final int requests;
    private final long rto;
    private final long interval;
    private final ArrayDeque<Datagram> outbox = new ArrayDeque<>();
    private final List<Long> sendTimes = new ArrayList<>();
    private final List<Long> roundTrips = new ArrayList<>();

    private int current;
    private int completed;
    private boolean waiting;
    private long requestStart;
    private long deadline = Long.MIN_VALUE;
    private long retransmissions;

    RequestClient(InetSocketAddress local, InetSocketAddress server, int requests, Duration rto, Duration interval) {
        this.local = local;
        this.server = server;
        this.requests = requests;
        this.rto = rto.toNanos();
        this.interval = interval.toNanos();
    }

    @Override
    public void handleInput(long nowNanos, Datagram datagram) {
        int number = ByteBuffer.wrap(datagram.payload()).getInt();
        if (!waiting || number != current) {
            return; // a late copy of an answered request
        }
        waiting = false;
        completed++;
        current++;
        roundTrips.add(nowNanos - requestStart);
        deadline = completed == requests ? NEVER : nowNanos + interval;
    }

    @Override
    public void handleTimeout(long nowNanos) {
        if (waiting) {
            retransmissions++;
        } else {
            waiting = true;
            requestStart = nowNanos;
        }
        sendTimes.add(nowNanos);
        outbox.add(new Datagram(local, server, ByteBuffer.allocate(8).putInt(current).putInt(sendTimes.size()).array()));
        deadline = nowNanos + rto;
    }

    @Override
    public Datagram pollTransmit() {
        return outbox.poll();
    }

    @Override
    public long pollTimeout() {
        return deadline;
    }

    boolean done() {
        return completed == requests;
    }

    int completed() {
        return completed;
    }

    long attempts() {
        return sendTimes.size();
    }

    long retransmissions() {
        return retransmissions;
    }

    /** Virtual times at which a request was (re)sent. */
    List<Long> sendTimes() {
        return sendTimes;
    }

    /** From first send of a request to its response, per completed request. */
    List<Long> roundTrips() {
        return roundTrips;
    }

    @Override
    public String toString() {
        return "client@" + local;
    }
}
