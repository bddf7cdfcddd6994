package io.jrtc.sctp.datachannel;

import io.jrtc.sctp.SctpAssociation;
import io.jrtc.sctp.SctpEvent;
import io.jrtc.sctp.SctpParseException;
import io.jrtc.sctp.SendOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data channels of one SCTP association (RFC 8831, DCEP RFC 8832), sans-IO like the
 * association it wraps: feed packets and time in, poll packets and {@link DataChannelEvent}s out.
 * The DTLS client uses even stream ids and the server odd ones (RFC 8832 §6).
 */
public final class DataChannels {
    /** The default send buffer limit per channel, as browsers use. */
    public static final long DEFAULT_MAX_BUFFERED_AMOUNT = 16L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(DataChannels.class);

    private final SctpAssociation assoc;
    private final boolean dtlsClient;
    private final long maxBufferedAmount;
    private final int maxMessageSize;
    private final Map<Integer, DataChannel> channels = new HashMap<>();
    private final Set<DataChannel> sending = new LinkedHashSet<>();
    private final ArrayDeque<DataChannelEvent> events = new ArrayDeque<>();
    /** Channels whose stream id is beyond the peer's stream count, waiting for streams to be added. */
    private final List<DataChannel> awaitingStreams = new ArrayList<>();
    /** Peer-opened channels on streams we cannot send on yet: their DCEP ACK waits for streams. */
    private final List<DataChannel> awaitingAck = new ArrayList<>();
    /** The outgoing stream count asked for so far (RFC 6525 Add Outgoing Streams). */
    private int streamsAskedFor;
    private boolean connected;
    private boolean closed;
    private long now;
    private long droppedMessages;
    private long dcepErrors;

    /**
     * @param maxMessageSize the peer's max-message-size; larger sends fail with TypeError
     */
    public DataChannels(SctpAssociation assoc, boolean dtlsClient, long maxBufferedAmount, int maxMessageSize) {
        this.assoc = assoc;
        this.dtlsClient = dtlsClient;
        this.maxBufferedAmount = maxBufferedAmount;
        this.maxMessageSize = maxMessageSize;
    }

    public SctpAssociation association() {
        return assoc;
    }

    /** Messages dropped: unknown stream, closed channel, or unknown PPID. */
    public long droppedMessages() {
        return droppedMessages;
    }

    /** Malformed or unexpected DCEP messages dropped. */
    public long dcepErrors() {
        return dcepErrors;
    }

    /** The open or opening channel on a stream, or null. */
    public DataChannel channel(int id) {
        return channels.get(id);
    }

    public int channelCount() {
        return channels.size();
    }

    /** W3C createDataChannel: in-band (DCEP) unless {@code init.negotiated()}. */
    public DataChannel createDataChannel(long nowNanos, String label, DataChannelInit init) {
        now = Math.max(now, nowNanos);
        if (closed) {
            throw new DataChannelException("InvalidStateError", "the SCTP transport is closed");
        }
        if (label.getBytes(StandardCharsets.UTF_8).length > 65535) {
            throw new DataChannelException("TypeError", "label longer than 65535 bytes");
        }
        int id = init.id() != null ? init.id() : freeId();
        if (channels.containsKey(id)) {
            throw new DataChannelException("OperationError", "stream id " + id + " is in use");
        }
        DataChannel ch = new DataChannel(this, id, label, init);
        channels.put(id, ch);
        assoc.streamWeight(id, ch.priorityLevel().weight());
        if (connected) {
            open(ch);
        }
        return ch;
    }

    private int freeId() {
        for (int id = dtlsClient ? 0 : 1; id <= 65534; id += 2) {
            if (!channels.containsKey(id)) {
                return id;
            }
        }
        throw new DataChannelException("OperationError", "no free stream id");
    }

    private void open(DataChannel ch) {
        if (ch.id() >= assoc.outgoingStreams()) {
            awaitStreams(ch);
            return;
        }
        if (!ch.negotiated()) {
            ChannelType type = ChannelType.of(ch.ordered(), ch.maxRetransmits(), ch.maxPacketLifeTime());
            long param = ch.maxRetransmits() != null ? ch.maxRetransmits() : ch.maxPacketLifeTime() != null ? ch.maxPacketLifeTime() : 0;
            byte[] open = new DcepMessage.Open(type, ch.priority(), param, ch.label(), ch.protocol()).encode();
            assoc.sendControl(now, ch.id(), Ppid.DCEP, open);
        }
        ch.state = DataChannelState.OPEN; // RFC 8832 §6: data may follow the OPEN at once
        events.add(new DataChannelEvent.Opened(ch));
    }

    /**
     * A stream id at or above the peer's stream count: more streams are asked for with RFC 6525
     * Add Outgoing Streams (in steps of 16, so a run of new channels costs one request), and the
     * channel opens once they are added.
     */
    private void awaitStreams(DataChannel ch) {
        if (askForStreams(ch)) {
            awaitingStreams.add(ch);
        }
    }

    /** Asks for enough outgoing streams for the channel's id; fails and closes the channel if it cannot. */
    private boolean askForStreams(DataChannel ch) {
        int have = Math.max(assoc.outgoingStreams(), streamsAskedFor);
        int want = Math.min(65_535, (ch.id() + 16) & ~15);
        if (want > have) {
            try {
                assoc.addOutgoingStreams(want - have);
            } catch (IllegalStateException e) {
                events.add(new DataChannelEvent.Error(ch, "data-channel-failure: stream id " + ch.id()
                        + " is beyond the peer's " + assoc.outgoingStreams() + " streams and it cannot add streams"));
                finish(ch);
                return false;
            }
            streamsAskedFor = want;
        }
        return true;
    }

    private void onStreamCount() {
        List<DataChannel> acks = awaitingAck.stream().filter(ch -> ch.id() < assoc.outgoingStreams()).toList();
        awaitingAck.removeAll(acks);
        for (DataChannel ch : acks) {
            if (ch.state == DataChannelState.OPEN) {
                assoc.sendControl(now, ch.id(), Ppid.DCEP, new DcepMessage.Ack().encode());
            }
        }
        List<DataChannel> ready = awaitingStreams.stream().filter(ch -> ch.id() < assoc.outgoingStreams()).toList();
        awaitingStreams.removeAll(ready);
        for (DataChannel ch : ready) {
            if (ch.state == DataChannelState.CONNECTING) {
                open(ch);
            }
        }
    }

    private void onStreamsDenied() {
        streamsAskedFor = assoc.outgoingStreams();
        List<DataChannel> failed = new ArrayList<>(awaitingStreams);
        failed.addAll(awaitingAck);
        awaitingStreams.clear();
        awaitingAck.clear();
        for (DataChannel ch : failed) {
            if (ch.state != DataChannelState.CLOSED) {
                events.add(new DataChannelEvent.Error(ch, "data-channel-failure: the peer denied more streams"));
                finish(ch);
            }
        }
    }

    // ---- sans-IO

    public void handleInput(long nowNanos, byte[] packet) {
        now = Math.max(now, nowNanos);
        assoc.handleInput(nowNanos, packet);
        afterCore();
    }

    public void handleTimeout(long nowNanos) {
        now = Math.max(now, nowNanos);
        assoc.handleTimeout(nowNanos);
        afterCore();
    }

    public byte[] pollTransmit() {
        return pollTransmit(now);
    }

    /** Like {@link #pollTransmit()} with the current time, so data is stamped and timers armed precisely. */
    public byte[] pollTransmit(long nowNanos) {
        now = Math.max(now, nowNanos);
        byte[] p = assoc.pollTransmit(now);
        if (p != null) {
            checkBuffers(); // transmission is what drains bufferedAmount
        }
        return p;
    }

    public long pollTimeout() {
        return assoc.pollTimeout();
    }

    public DataChannelEvent pollEvent() {
        return events.poll();
    }

    private void afterCore() {
        SctpEvent e;
        while ((e = assoc.pollEvent()) != null) {
            switch (e) {
                case SctpEvent.Connected c -> onConnected();
                case SctpEvent.MessageReceived m -> onMessage(m);
                case SctpEvent.IncomingStreamsReset r -> r.streams().forEach(this::onIncomingReset);
                case SctpEvent.OutgoingStreamsReset r -> r.streams().forEach(this::onOutgoingReset);
                case SctpEvent.Closed c -> onTransportClosed(c);
                case SctpEvent.Restarted r -> onPeerRestart();
                case SctpEvent.StreamCountChanged c -> onStreamCount();
                case SctpEvent.AddStreamsDenied d -> onStreamsDenied();
            }
        }
        checkBuffers();
    }

    private void onConnected() {
        connected = true;
        for (DataChannel ch : new ArrayList<>(channels.values())) {
            if (ch.state == DataChannelState.CONNECTING) {
                open(ch);
            }
        }
    }

    private void onMessage(SctpEvent.MessageReceived m) {
        if (m.ppid() == Ppid.DCEP) {
            onDcep(m.streamId(), m.data());
            return;
        }
        DataChannel ch = channels.get(m.streamId());
        if (ch == null || ch.state == DataChannelState.CLOSED || ch.state == DataChannelState.CONNECTING) {
            droppedMessages++;
            return;
        }
        ch.acked = true; // RFC 8832 §6: user data from the peer implies it has the OPEN
        DataChannelEvent ev;
        if (m.ppid() == Ppid.STRING || m.ppid() == Ppid.STRING_PARTIAL) {
            ev = new DataChannelEvent.Message(ch, new String(m.data(), StandardCharsets.UTF_8), null);
        } else if (m.ppid() == Ppid.BINARY || m.ppid() == Ppid.BINARY_PARTIAL) {
            ev = new DataChannelEvent.Message(ch, null, m.data());
        } else if (m.ppid() == Ppid.STRING_EMPTY) {
            ev = new DataChannelEvent.Message(ch, "", null);
        } else if (m.ppid() == Ppid.BINARY_EMPTY) {
            ev = new DataChannelEvent.Message(ch, null, new byte[0]);
        } else {
            droppedMessages++;
            return;
        }
        events.add(ev);
    }

    private void onDcep(int stream, byte[] data) {
        DcepMessage msg;
        try {
            msg = DcepMessage.parse(data);
        } catch (SctpParseException e) {
            dcepErrors++;
            LOG.debug("dropped malformed DCEP message on stream {}: {}", stream, e.getMessage());
            return;
        }
        switch (msg) {
            case DcepMessage.Ack a -> {
                DataChannel ch = channels.get(stream);
                if (ch == null) {
                    dcepErrors++;
                } else {
                    ch.acked = true;
                }
            }
            case DcepMessage.Open o -> onOpen(stream, o);
        }
    }

    private void onOpen(int stream, DcepMessage.Open o) {
        if (channels.containsKey(stream) || closed) {
            dcepErrors++; // RFC 8832 §6: an OPEN for a stream in use is an error
            return;
        }
        ChannelType t = o.channelType();
        boolean rexmit = t == ChannelType.PARTIAL_RELIABLE_REXMIT || t == ChannelType.PARTIAL_RELIABLE_REXMIT_UNORDERED;
        boolean timed = t == ChannelType.PARTIAL_RELIABLE_TIMED || t == ChannelType.PARTIAL_RELIABLE_TIMED_UNORDERED;
        int param = (int) Math.min(o.reliabilityParameter(), 65535);
        DataChannelInit init = DataChannelInit.builder().ordered(!t.unordered()).protocol(o.protocol())
                .maxRetransmits(rexmit ? param : null).maxPacketLifeTime(timed ? param : null)
                .priority(o.priority()).build();
        DataChannel ch = new DataChannel(this, stream, o.label(), init);
        ch.acked = true;
        channels.put(stream, ch);
        assoc.streamWeight(stream, ch.priorityLevel().weight()); // RFC 8831 §6.4: the opener's priority holds both ways
        if (stream < assoc.outgoingStreams()) {
            assoc.sendControl(now, stream, Ppid.DCEP, new DcepMessage.Ack().encode());
        } else if (askForStreams(ch)) {
            awaitingAck.add(ch); // the peer has more streams toward us than we toward it (RFC 6525 adds them)
        } else {
            return;
        }
        ch.state = DataChannelState.OPEN;
        events.add(new DataChannelEvent.ChannelCreated(ch));
        events.add(new DataChannelEvent.Opened(ch));
    }

    private void onIncomingReset(int stream) {
        DataChannel ch = channels.get(stream);
        if (ch == null) {
            return;
        }
        ch.incomingReset = true;
        if (ch.state == DataChannelState.OPEN || ch.state == DataChannelState.CONNECTING) {
            ch.state = DataChannelState.CLOSING;
            events.add(new DataChannelEvent.Closing(ch));
        }
        requestReset(ch); // RFC 8831 §6.7: answer a reset with a reset of our own outgoing stream
        maybeClosed(ch);
    }

    private void onOutgoingReset(int stream) {
        DataChannel ch = channels.get(stream);
        if (ch != null) {
            ch.outgoingReset = true;
            maybeClosed(ch);
        }
    }

    private void requestReset(DataChannel ch) {
        if (!ch.resetRequested) {
            ch.resetRequested = true;
            failWaiting(ch, "the channel is closing");
            assoc.resetStream(ch.id());
        }
    }

    private void maybeClosed(DataChannel ch) {
        if (ch.outgoingReset && ch.incomingReset && ch.state != DataChannelState.CLOSED) {
            finish(ch);
        }
    }

    private void finish(DataChannel ch) {
        ch.state = DataChannelState.CLOSED;
        channels.remove(ch.id());
        sending.remove(ch);
        failWaiting(ch, "the channel closed");
        events.add(new DataChannelEvent.Closed(ch));
    }

    /**
     * The peer restarted its association (RFC 9260 §5.2.4 A): it has forgotten every channel, so
     * each one fails and closes here; the transport stays up and new channels can be opened.
     */
    private void onPeerRestart() {
        for (DataChannel ch : new ArrayList<>(channels.values())) {
            events.add(new DataChannelEvent.Error(ch, "sctp-failure: the peer restarted the association"));
            finish(ch);
        }
    }

    private void onTransportClosed(SctpEvent.Closed c) {
        closed = true;
        for (DataChannel ch : new ArrayList<>(channels.values())) {
            if (c.aborted()) {
                events.add(new DataChannelEvent.Error(ch, "sctp-failure: " + c.reason()));
            }
            finish(ch);
        }
        events.add(new DataChannelEvent.TransportClosed(c.reason(), c.aborted()));
    }

    private static void failWaiting(DataChannel ch, String why) {
        DataChannel.Waiting w;
        while ((w = ch.waiting.poll()) != null) {
            w.accepted().completeExceptionally(new DataChannelException("InvalidStateError", why));
        }
    }

    // ---- sending, called by DataChannel

    long bufferedAmount(DataChannel ch) {
        return ch.state == DataChannelState.CLOSED ? ch.lastBuffered : assoc.bufferedAmount(ch.id());
    }

    void send(DataChannel ch, long ppid, byte[] payload) {
        int size = checkSendable(ch, payload);
        if (ch.id() >= assoc.outgoingStreams()) {
            submit(ch, ppid, payload); // held until RFC 6525 adds the stream
            return;
        }
        if (!ch.waiting.isEmpty() || bufferedAmount(ch) + size > maxBufferedAmount) {
            throw new DataChannelException("OperationError", "the send buffer of " + maxBufferedAmount
                    + " bytes is full; wait for bufferedamountlow or use sendAsync");
        }
        submit(ch, ppid, payload);
    }

    CompletableFuture<Void> sendAsync(DataChannel ch, long ppid, byte[] payload) {
        int size;
        try {
            size = checkSendable(ch, payload);
        } catch (DataChannelException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (ch.waiting.isEmpty() && bufferedAmount(ch) + size <= maxBufferedAmount) {
            submit(ch, ppid, payload);
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        ch.waiting.add(new DataChannel.Waiting(ppid, payload, size, f));
        sending.add(ch);
        return f;
    }

    private int checkSendable(DataChannel ch, byte[] payload) {
        if (ch.state != DataChannelState.OPEN) {
            throw new DataChannelException("InvalidStateError", "the channel is " + ch.state);
        }
        if (payload.length > maxMessageSize) {
            throw new DataChannelException("TypeError", "message of " + payload.length
                    + " bytes exceeds the peer's max-message-size " + maxMessageSize);
        }
        return Math.max(payload.length, 1);
    }

    private void submit(DataChannel ch, long ppid, byte[] payload) {
        if (ch.id() >= assoc.outgoingStreams()) {
            // a peer-opened channel whose stream we cannot send on until streams are added
            ch.waiting.add(new DataChannel.Waiting(ppid, payload, Math.max(payload.length, 1), new CompletableFuture<>()));
            sending.add(ch);
            return;
        }
        byte[] wire = payload.length == 0 ? new byte[1] : payload; // RFC 8831 §6.6: empty as one byte
        assoc.send(now, ch.id(), ppid, wire, options(ch));
        sending.add(ch);
        ch.lastBuffered = Math.max(ch.lastBuffered, assoc.bufferedAmount(ch.id()));
    }

    private static SendOptions options(DataChannel ch) {
        // RFC 8832 §6: until the ACK arrives, messages go ordered so that they follow the OPEN
        boolean ordered = ch.ordered() || !ch.acked;
        if (ch.maxRetransmits() != null) {
            return new SendOptions(ordered, ch.maxRetransmits(), null);
        }
        if (ch.maxPacketLifeTime() != null) {
            return new SendOptions(ordered, -1, Duration.ofMillis(ch.maxPacketLifeTime()));
        }
        return new SendOptions(ordered, -1, null);
    }

    void close(DataChannel ch) {
        if (ch.state == DataChannelState.CLOSING || ch.state == DataChannelState.CLOSED) {
            return;
        }
        if (!connected || closed) {
            finish(ch);
            return;
        }
        ch.state = DataChannelState.CLOSING;
        requestReset(ch);
    }

    /** Moves waiting sends into the buffer and reports channels whose buffer fell to the threshold. */
    private void checkBuffers() {
        if (sending.isEmpty()) {
            return;
        }
        List<DataChannel> idle = null; // called per packet sent: no allocation unless a channel went idle
        for (DataChannel ch : sending) {
            if (!ch.waiting.isEmpty()) {
                pump(ch);
            }
            long b = assoc.bufferedAmount(ch.id());
            if (ch.lastBuffered > ch.bufferedAmountLowThreshold() && b <= ch.bufferedAmountLowThreshold()) {
                events.add(new DataChannelEvent.BufferedAmountLow(ch));
            }
            ch.lastBuffered = b;
            if (b == 0 && ch.waiting.isEmpty()) {
                if (idle == null) {
                    idle = new ArrayList<>();
                }
                idle.add(ch);
            }
        }
        if (idle != null) {
            idle.forEach(sending::remove);
        }
    }

    private void pump(DataChannel ch) {
        DataChannel.Waiting w;
        while ((w = ch.waiting.peek()) != null && ch.state == DataChannelState.OPEN && ch.id() < assoc.outgoingStreams()
                && assoc.bufferedAmount(ch.id()) + w.size() <= maxBufferedAmount) {
            ch.waiting.poll();
            submit(ch, w.ppid(), w.payload());
            w.accepted().complete(null);
        }
    }
}
