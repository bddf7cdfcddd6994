package io.jrtc.webrtc;

import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.webrtc.internal.engine.TransportEngine;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data channels of one connection, on its serial context: those created before the DTLS role
 * was known wait here and get their SCTP streams once it is (RFC 8832 section 6: the client takes
 * even ids); the engine's channel events are routed to their {@link RTCDataChannel}.
 */
final class DataChannelSet {
    private static final Logger LOG = LoggerFactory.getLogger(DataChannelSet.class);

    private final List<RTCDataChannel> pending = new ArrayList<>();
    private final Map<DataChannel, RTCDataChannel> bound = new IdentityHashMap<>();
    private final Consumer<RTCDataChannel> announce;
    private final java.util.function.Function<DataChannel, RTCDataChannel> factory;
    private boolean ready;
    /** W3C peer-connection stats: channels that reached open, and that closed. */
    volatile long opened;
    volatile long closed;

    /**
     * @param factory wraps a channel the peer opened
     * @param announce fires the {@code datachannel} event for it
     */
    DataChannelSet(java.util.function.Function<DataChannel, RTCDataChannel> factory, Consumer<RTCDataChannel> announce) {
        this.factory = factory;
        this.announce = announce;
    }

    /** A new local channel: bound now if SCTP is configured, else when it is. */
    void add(RTCDataChannel channel, TransportEngine engine, long now) {
        if (ready && engine != null) {
            bind(channel, engine, now);
        } else {
            pending.add(channel);
        }
    }

    /** The engine knows the DTLS role and SCTP parameters: the waiting channels get streams. */
    void transportReady(TransportEngine engine, long now) {
        ready = true;
        // Channels with an id of their own (negotiated) take their streams first: an automatic id
        // is picked among the free ones only (W3C createDataChannel, [[DataChannelId]]), so a
        // channel created earlier cannot take the id a negotiated one reserved.
        List<RTCDataChannel> waiting = new java.util.ArrayList<>(pending);
        waiting.sort(java.util.Comparator.comparing(c -> c.init().id().isEmpty()));
        pending.clear();
        for (RTCDataChannel c : waiting) {
            bind(c, engine, now);
        }
    }

    private void bind(RTCDataChannel channel, TransportEngine engine, long now) {
        if (channel.readyState() == RTCDataChannelState.CLOSED) {
            return;
        }
        RTCDataChannelInit i = channel.init();
        DataChannelInit init = DataChannelInit.builder().ordered(i.ordered())
                .maxPacketLifeTime(i.maxPacketLifeTime().isPresent() ? i.maxPacketLifeTime().getAsInt() : null)
                .maxRetransmits(i.maxRetransmits().isPresent() ? i.maxRetransmits().getAsInt() : null)
                .protocol(i.protocol()).negotiated(i.negotiated())
                .id(i.id().isPresent() ? i.id().getAsInt() : null)
                .priority(DataChannelPriority.toDcep(i.priority())).build();
        try {
            DataChannel sctp = engine.createDataChannel(now, channel.label(), init);
            bound.put(sctp, channel);
            channel.bind(sctp);
            if (sctp.readyState() == io.jrtc.sctp.datachannel.DataChannelState.OPEN) {
                channel.opened();
            }
        } catch (RuntimeException e) {
            LOG.debug("data channel '{}' could not get a stream: {}", channel.label(), e.getMessage());
            channel.error(e.getMessage());
            channel.closed();
        }
    }

    /** A data-channel event from the engine. */
    void onEvent(DataChannelEvent e) {
        switch (e) {
            case DataChannelEvent.ChannelCreated cc -> {
                remoteCreated(cc.channel());
            }
            case DataChannelEvent.Opened o -> with(o.channel(), c -> {
                if (c.readyState() == RTCDataChannelState.CONNECTING) {
                    opened++;
                }
                c.opened();
            });
            case DataChannelEvent.Message m -> with(m.channel(), c -> c.message(m.text(), m.binary()));
            case DataChannelEvent.BufferedAmountLow b -> with(b.channel(), RTCDataChannel::bufferedAmountLow);
            case DataChannelEvent.Closing c -> with(c.channel(), RTCDataChannel::closing);
            case DataChannelEvent.Closed c -> {
                RTCDataChannel ch = bound.remove(c.channel());
                if (ch != null) {
                    closed++;
                    ch.closed();
                }
            }
            case DataChannelEvent.Error err -> with(err.channel(), c -> c.error(err.detail()));
            case DataChannelEvent.TransportClosed t -> closeAll();
        }
    }

    private void remoteCreated(DataChannel sctp) {
        RTCDataChannel c = factory.apply(sctp);
        if (c.readyState() == RTCDataChannelState.OPEN) {
            opened++;
        }
        bound.put(sctp, c);
        announce.accept(c);
    }

    private void with(DataChannel sctp, Consumer<RTCDataChannel> action) {
        RTCDataChannel c = bound.get(sctp);
        if (c != null) {
            action.accept(c);
        }
    }

    /** SCTP ended: every channel is closed, with its close event. */
    void closeAll() {
        List<RTCDataChannel> all = new ArrayList<>(bound.values());
        all.addAll(pending);
        bound.clear();
        pending.clear();
        all.forEach(RTCDataChannel::closed);
    }

    /** The connection closed: every channel is closed, without events (W3C close() steps). */
    void closeSilently() {
        bound.values().forEach(RTCDataChannel::closedSilently);
        pending.forEach(RTCDataChannel::closedSilently);
        bound.clear();
        pending.clear();
    }

    /** Channels that are not closed, for stats. */
    List<RTCDataChannel> all() {
        List<RTCDataChannel> out = new ArrayList<>(bound.values());
        out.addAll(pending);
        return out;
    }
}
