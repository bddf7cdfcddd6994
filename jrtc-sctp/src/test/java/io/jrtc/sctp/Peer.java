package io.jrtc.sctp;

import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An association as a testkit endpoint: SCTP packets go straight into UDP datagrams (no DTLS). */
final class Peer implements Endpoint {
    final SctpAssociation assoc;
    final InetSocketAddress local;
    InetSocketAddress remote;
    final List<SctpEvent> events = new ArrayList<>();
    final List<SctpEvent.MessageReceived> messages = new ArrayList<>();
    /** Virtual arrival time of each entry of {@link #messages}. */
    final List<Long> arrivals = new ArrayList<>();
    Consumer<SctpEvent> onEvent = e -> { };
    /** Runs after every input and timeout, e.g. to keep a send buffer topped up. */
    Runnable afterEach = () -> { };
    long now;
    /**
     * The largest packet this peer sent other than PMTU probes and their echoes, and how many of
     * those it sent (packets with a PAD chunk or a HEARTBEAT / HEARTBEAT ACK larger than an
     * ordinary heartbeat's).
     */
    int largestSent;
    int probePackets;
    /** The last probe (or probe echo) this peer sent, whole. */
    byte[] lastProbe;
    private final String name;

    Peer(String name, SctpConfig config, InetSocketAddress local) {
        this.name = name;
        this.assoc = new SctpAssociation(config);
        this.local = local;
    }

    @Override
    public void handleInput(long nowNanos, Datagram datagram) {
        now = nowNanos;
        assoc.handleInput(nowNanos, datagram.payload());
        drainEvents();
        afterEach.run();
    }

    @Override
    public void handleTimeout(long nowNanos) {
        now = nowNanos;
        assoc.handleTimeout(nowNanos);
        drainEvents();
        afterEach.run();
    }

    void drainEvents() {
        SctpEvent e;
        while ((e = assoc.pollEvent()) != null) {
            if (e instanceof SctpEvent.MessageReceived m) {
                messages.add(m);
                arrivals.add(now);
            } else {
                events.add(e);
            }
            onEvent.accept(e);
        }
    }

    @Override
    public Datagram pollTransmit() {
        byte[] p = assoc.pollTransmit();
        if (p == null) {
            return null;
        }
        if (isProbe(p)) {
            probePackets++;
            lastProbe = p;
        } else {
            largestSent = Math.max(largestSent, p.length);
        }
        return new Datagram(local, remote, p);
    }

    @Override
    public long pollTimeout() {
        return assoc.pollTimeout();
    }

    /** Walks the chunk headers (cheaper than parsing, as bulk tests send millions of packets). */
    private static boolean isProbe(byte[] p) {
        int at = SctpPacket.HEADER_SIZE;
        while (at + 4 <= p.length) {
            int type = p[at] & 0xff;
            int len = ((p[at + 2] & 0xff) << 8) | (p[at + 3] & 0xff);
            if (type == Chunk.PAD || ((type == Chunk.HEARTBEAT || type == Chunk.HEARTBEAT_ACK) && len > 256)) {
                return true;
            }
            at += Math.max(4, (len + 3) & ~3);
        }
        return false;
    }

    boolean connected() {
        return events.stream().anyMatch(e -> e instanceof SctpEvent.Connected);
    }

    boolean closed() {
        return events.stream().anyMatch(e -> e instanceof SctpEvent.Closed);
    }

    @Override
    public String toString() {
        return name;
    }
}
