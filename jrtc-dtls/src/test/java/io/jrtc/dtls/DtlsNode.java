package io.jrtc.dtls;

import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** A {@link DtlsTransport} as a testkit endpoint talking to one fixed peer address; records its events. */
final class DtlsNode implements Endpoint {
    final DtlsTransport dtls;
    final InetSocketAddress local;
    final InetSocketAddress remote;
    final List<DtlsEvent> events = new ArrayList<>();
    final List<byte[]> received = new ArrayList<>();
    int largestDatagram;
    /** Outgoing datagrams to swallow, as if the first hop lost them. */
    int dropOutgoing;
    /** Virtual times (ms) at which this node emitted datagrams, dropped ones included. */
    final List<Long> sendTimesMillis = new ArrayList<>();
    private long lastNow;

    DtlsNode(DtlsConfig config, InetSocketAddress local, InetSocketAddress remote) {
        this.dtls = new DtlsTransport(config);
        this.local = local;
        this.remote = remote;
    }

    @Override
    public void handleInput(long nowNanos, Datagram datagram) {
        lastNow = nowNanos;
        dtls.handleInput(nowNanos, datagram.payload());
        drainEvents();
    }

    @Override
    public void handleTimeout(long nowNanos) {
        lastNow = nowNanos;
        dtls.handleTimeout(nowNanos);
        drainEvents();
    }

    @Override
    public Datagram pollTransmit() {
        byte[] bytes = dtls.pollTransmit();
        while (bytes != null && dropOutgoing > 0) {
            dropOutgoing--;
            sendTimesMillis.add(lastNow / 1_000_000);
            bytes = dtls.pollTransmit();
        }
        if (bytes == null) {
            return null;
        }
        sendTimesMillis.add(lastNow / 1_000_000);
        largestDatagram = Math.max(largestDatagram, bytes.length);
        return new Datagram(local, remote, bytes);
    }

    @Override
    public long pollTimeout() {
        drainEvents();
        return dtls.pollTimeout();
    }

    void start(long nowNanos) {
        lastNow = nowNanos;
        dtls.start(nowNanos);
    }

    void drainEvents() {
        DtlsEvent e;
        while ((e = dtls.pollEvent()) != null) {
            events.add(e);
            if (e instanceof DtlsEvent.ApplicationData d) {
                received.add(d.data());
            }
        }
    }

    boolean connected() {
        return dtls.state() == DtlsState.CONNECTED;
    }

    boolean settled() {
        DtlsState s = dtls.state();
        return s == DtlsState.CONNECTED || s == DtlsState.FAILED || s == DtlsState.CLOSED;
    }

    DtlsEvent.Failed failure() {
        return events.stream().filter(DtlsEvent.Failed.class::isInstance).map(DtlsEvent.Failed.class::cast)
                .findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "dtls-" + dtls.role().name().toLowerCase() + "@" + local;
    }
}
