package io.jrtc.sctp.datachannel;

import io.jrtc.sctp.SctpAssociation;
import io.jrtc.sctp.SctpConfig;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** {@link DataChannels} as a testkit endpoint, recording every event. */
final class DcPeer implements Endpoint {
    final DataChannels dc;
    final InetSocketAddress local;
    InetSocketAddress remote;
    final List<DataChannelEvent> events = new ArrayList<>();
    Runnable afterEach = () -> { };

    DcPeer(SctpConfig config, boolean dtlsClient, InetSocketAddress local, long maxBuffered) {
        this.dc = new DataChannels(new SctpAssociation(config), dtlsClient, maxBuffered, config.maxMessageSize());
        this.local = local;
    }

    @Override
    public void handleInput(long nowNanos, Datagram d) {
        dc.handleInput(nowNanos, d.payload());
        drain();
    }

    @Override
    public void handleTimeout(long nowNanos) {
        dc.handleTimeout(nowNanos);
        drain();
    }

    void drain() {
        DataChannelEvent e;
        while ((e = dc.pollEvent()) != null) {
            events.add(e);
        }
        afterEach.run();
    }

    @Override
    public Datagram pollTransmit() {
        byte[] p = dc.pollTransmit();
        if (p != null) {
            drainLater = true;
        }
        return p == null ? null : new Datagram(local, remote, p);
    }

    boolean drainLater;

    @Override
    public long pollTimeout() {
        if (drainLater) {
            drainLater = false;
            drain(); // events raised while transmitting (bufferedamountlow, accepted sends)
        }
        return dc.pollTimeout();
    }

    <T extends DataChannelEvent> List<T> all(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    List<DataChannelEvent.Message> messages(DataChannel ch) {
        return all(DataChannelEvent.Message.class).stream().filter(m -> m.channel() == ch).toList();
    }
}
