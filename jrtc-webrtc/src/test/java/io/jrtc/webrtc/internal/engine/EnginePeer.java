package io.jrtc.webrtc.internal.engine;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.mdns.MdnsResolver;
import io.jrtc.ice.session.SessionTransmit;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A {@link TransportEngine} as a testkit endpoint that records its events and trickles candidates. */
final class EnginePeer implements Endpoint {
    final String name;
    final TransportEngine engine;
    final List<EngineEvent> events = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<byte[]> binaries = new ArrayList<>();
    final List<EngineEvent.RtpReceived> rtp = new ArrayList<>();
    final List<DataChannel> remoteChannels = new ArrayList<>();
    /** Every payload this peer sent, for mutation tests. */
    final List<byte[]> sent = new ArrayList<>();
    /** The virtual time each of {@link #sent} left at, and each of {@link #events} came at. */
    final List<Long> sentAt = new ArrayList<>();
    final List<Long> eventAt = new ArrayList<>();
    Consumer<IceCandidate> signal = c -> { };
    Runnable endOfCandidates = () -> { };
    long now;
    /** This peer's simulated port 5353, and where its mDNS messages go (the link's stand-in for the group). */
    InetSocketAddress mdnsAddress;
    InetSocketAddress mdnsGroup;
    private final java.util.ArrayDeque<Datagram> mdnsOut = new java.util.ArrayDeque<>();

    EnginePeer(String name, TransportEngine engine) {
        this.name = name;
        this.engine = engine;
    }

    @Override
    public void handleInput(long nowNanos, Datagram d) {
        now = nowNanos;
        if (d.destination().equals(mdnsAddress)) {
            engine.handleMdnsInput(nowNanos, d.source(), d.payload(), 0, d.payload().length);
        } else {
            engine.handleInput(nowNanos, IceDatagram.udp(d.destination(), d.source(), d.payload()));
        }
        drain();
    }

    @Override
    public void handleTimeout(long nowNanos) {
        now = nowNanos;
        engine.handleTimeout(nowNanos);
        drain();
    }

    @Override
    public Datagram pollTransmit() {
        IceDatagram d = engine.pollTransmit();
        for (SessionTransmit t = engine.pollStreamTransmit(); t != null; t = engine.pollStreamTransmit()) {
            if (t instanceof SessionTransmit.Mdns m && mdnsAddress != null) {
                boolean group = m.destination().equals(MdnsResolver.GROUP_V4);
                mdnsOut.add(new Datagram(mdnsAddress, group ? mdnsGroup : m.destination(), m.payload()));
            }
        }
        drain();
        if (d == null) {
            return mdnsOut.poll();
        }
        sent.add(d.payload().clone());
        sentAt.add(now);
        return new Datagram(d.local(), d.remote(), d.payload());
    }

    @Override
    public long pollTimeout() {
        return engine.pollTimeout();
    }

    void drain() {
        for (EngineEvent e = engine.pollEvent(); e != null; e = engine.pollEvent()) {
            events.add(e);
            eventAt.add(now);
            switch (e) {
                case EngineEvent.LocalCandidate c -> signal.accept(c.candidate());
                case EngineEvent.GatheringStateChanged g when g.state() == io.jrtc.ice.IceGatheringState.COMPLETE ->
                        endOfCandidates.run();
                case EngineEvent.RtpReceived r -> rtp.add(r);
                case EngineEvent.DataChannel dc -> onChannel(dc.event());
                default -> { }
            }
        }
    }

    private void onChannel(DataChannelEvent e) {
        switch (e) {
            case DataChannelEvent.ChannelCreated c -> remoteChannels.add(c.channel());
            case DataChannelEvent.Message m when m.text() != null -> texts.add(m.text());
            case DataChannelEvent.Message m -> binaries.add(m.binary());
            default -> { }
        }
    }

    boolean opened(DataChannel ch) {
        return events.stream().anyMatch(e -> e instanceof EngineEvent.DataChannel dc
                && dc.event() instanceof DataChannelEvent.Opened o && o.channel() == ch);
    }

    EngineEvent.Failed failure() {
        return events.stream().filter(EngineEvent.Failed.class::isInstance).map(EngineEvent.Failed.class::cast)
                .findFirst().orElse(null);
    }

    List<TransportState> states() {
        return events.stream().filter(EngineEvent.StateChanged.class::isInstance)
                .map(e -> ((EngineEvent.StateChanged) e).state()).toList();
    }

    @Override
    public String toString() {
        return name + " " + engine;
    }
}
