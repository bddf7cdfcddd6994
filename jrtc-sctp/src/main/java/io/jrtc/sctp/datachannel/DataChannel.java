package io.jrtc.sctp.datachannel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * The logic of one W3C RTCDataChannel on an SCTP stream (RFC 8831). Created by
 * {@link DataChannels#createDataChannel} or announced by {@link DataChannelEvent.ChannelCreated};
 * its events come out of {@link DataChannels#pollEvent()}. Not thread-safe, like its owner.
 */
public final class DataChannel {
    /** A message waiting for room in the send buffer, from {@link #sendAsync}. */
    record Waiting(long ppid, byte[] payload, int size, CompletableFuture<Void> accepted) {}

    private final DataChannels owner;
    private final String label;
    private final String protocol;
    private final int id;
    private final boolean ordered;
    private final Integer maxPacketLifeTime;
    private final Integer maxRetransmits;
    private final boolean negotiated;
    private final int priority;
    DataChannelState state = DataChannelState.CONNECTING;
    boolean acked;
    boolean outgoingReset;
    boolean incomingReset;
    boolean resetRequested;
    long lastBuffered;
    private long bufferedAmountLowThreshold;
    final ArrayDeque<Waiting> waiting = new ArrayDeque<>();

    DataChannel(DataChannels owner, int id, String label, DataChannelInit init) {
        this.owner = owner;
        this.id = id;
        this.label = label;
        this.protocol = init.protocol();
        this.ordered = init.ordered();
        this.maxPacketLifeTime = init.maxPacketLifeTime();
        this.maxRetransmits = init.maxRetransmits();
        this.negotiated = init.negotiated();
        this.priority = init.priority();
        this.acked = init.negotiated();
    }

    public String label() {
        return label;
    }

    public String protocol() {
        return protocol;
    }

    /** The SCTP stream id. */
    public int id() {
        return id;
    }

    public boolean ordered() {
        return ordered;
    }

    /** Milliseconds, or null. */
    public Integer maxPacketLifeTime() {
        return maxPacketLifeTime;
    }

    /** Retransmissions, or null. */
    public Integer maxRetransmits() {
        return maxRetransmits;
    }

    public boolean negotiated() {
        return negotiated;
    }

    /** The DCEP priority (RFC 8832 §5.1). */
    public int priority() {
        return priority;
    }

    /** The W3C priority this channel is scheduled with (from {@link #priority()}). */
    public DataChannelPriority priorityLevel() {
        return DataChannelPriority.fromDcep(priority);
    }

    public DataChannelState readyState() {
        return state;
    }

    /** Bytes accepted by {@code send} that have not been transmitted yet (W3C bufferedAmount). */
    public long bufferedAmount() {
        return owner.bufferedAmount(this);
    }

    public long bufferedAmountLowThreshold() {
        return bufferedAmountLowThreshold;
    }

    public void bufferedAmountLowThreshold(long bytes) {
        if (bytes < 0) {
            throw new DataChannelException("TypeError", "threshold must not be negative");
        }
        bufferedAmountLowThreshold = bytes;
    }

    /**
     * Sends a string (PPID 51, or 56 when empty).
     *
     * @throws DataChannelException InvalidStateError if not open, TypeError past max-message-size,
     *     OperationError when the send buffer would exceed its limit (see {@link #sendAsync})
     */
    public void send(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        owner.send(this, b.length == 0 ? Ppid.STRING_EMPTY : Ppid.STRING, b);
    }

    /** Sends binary data (PPID 53, or 57 when empty); throws like {@link #send(String)}. */
    public void send(byte[] data) {
        owner.send(this, data.length == 0 ? Ppid.BINARY_EMPTY : Ppid.BINARY, data.clone());
    }

    /**
     * Sends a string once the send buffer has room: the future completes when the message has
     * been accepted (counted in {@link #bufferedAmount()}), so a producer that waits for it never
     * buffers without bound. Fails with InvalidStateError if the channel closes first.
     */
    public CompletableFuture<Void> sendAsync(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return owner.sendAsync(this, b.length == 0 ? Ppid.STRING_EMPTY : Ppid.STRING, b);
    }

    /** Binary variant of {@link #sendAsync(String)}. */
    public CompletableFuture<Void> sendAsync(byte[] data) {
        return owner.sendAsync(this, data.length == 0 ? Ppid.BINARY_EMPTY : Ppid.BINARY, data.clone());
    }

    /** Starts the closing procedure: buffered data is sent, then the stream is reset (RFC 8831 §6.7). */
    public void close() {
        owner.close(this);
    }

    @Override
    public String toString() {
        return "DataChannel[" + id + " '" + label + "' " + state + "]";
    }
}
