package io.jrtc.webrtc;

import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelException;
import io.jrtc.sctp.datachannel.DataChannelState;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * W3C {@code RTCDataChannel} (WebRTC 1.0 section 6.2) over jrtc-sctp's channel logic (RFC 8831,
 * 8832). Thread-safe: sends are handed to the connection's serial context, where every event
 * handler runs. Created by {@link RTCPeerConnection#createDataChannel} or delivered by the
 * {@code datachannel} event.
 *
 * <pre>{@code
 * RTCDataChannel ch = pc.createDataChannel("chat", RTCDataChannelInit.defaults());
 * ch.onOpen(() -> ch.send("hello"));
 * ch.onMessage(m -> System.out.println(m.text()));
 * }</pre>
 */
public final class RTCDataChannel {
    private static final Logger LOG = LoggerFactory.getLogger(RTCDataChannel.class);

    private final String label;
    private final RTCDataChannelInit init;
    private final PeerContext context;
    /** The SCTP channel; null until the DTLS role is known (the first negotiation). */
    private volatile DataChannel channel;
    private volatile RTCDataChannelState readyState = RTCDataChannelState.CONNECTING;
    private volatile long bufferedAmountLowThreshold;
    /** Bytes accepted by send and not yet handed to SCTP (the serial context has not run yet). */
    private final AtomicLong inFlight = new AtomicLong();
    private volatile long sctpBuffered;
    final AtomicLong messagesSent = new AtomicLong();
    final AtomicLong bytesSent = new AtomicLong();
    final AtomicLong messagesReceived = new AtomicLong();
    final AtomicLong bytesReceived = new AtomicLong();

    private final Handlers<Void> open = new Handlers<>("open");
    private final Handlers<MessageEvent> message = new Handlers<>("message");
    private final Handlers<Void> bufferedAmountLow = new Handlers<>("bufferedamountlow");
    private final Handlers<RTCException> error = new Handlers<>("error");
    private final Handlers<Void> closing = new Handlers<>("closing");
    private final Handlers<Void> close = new Handlers<>("close");

    /** A message: exactly one of {@link #text()} and {@link #binary()} is non-null. */
    public record MessageEvent(String text, byte[] binary) {
        /** Whether the message is a string. */
        public boolean isText() {
            return text != null;
        }

        /** The message as a buffer (read-only view of the bytes; UTF-8 for a string). */
        public ByteBuffer data() {
            return ByteBuffer.wrap(isText() ? text.getBytes(StandardCharsets.UTF_8) : binary).asReadOnlyBuffer();
        }
    }

    RTCDataChannel(String label, RTCDataChannelInit init, PeerContext context) {
        this.label = label;
        this.init = init;
        this.context = context;
    }

    /** A channel the peer opened in-band: already bound to its SCTP stream. */
    RTCDataChannel(DataChannel remote, PeerContext context) {
        this(remote.label(), initOf(remote), context);
        this.channel = remote;
        this.readyState = RTCDataChannelState.fromString(remote.readyState().toString());
    }

    private static RTCDataChannelInit initOf(DataChannel c) {
        return RTCDataChannelInit.builder().ordered(c.ordered()).maxPacketLifeTime(c.maxPacketLifeTime())
                .maxRetransmits(c.maxRetransmits()).protocol(c.protocol()).negotiated(c.negotiated()).id(c.id())
                .priority(DataChannelPriority.fromDcep(c.priority())).build();
    }

    // ---- attributes

    public String label() {
        return label;
    }

    public boolean ordered() {
        return init.ordered();
    }

    /** Milliseconds a message may be retransmitted for, if limited. */
    public OptionalInt maxPacketLifeTime() {
        return init.maxPacketLifeTime();
    }

    /** How often a message may be retransmitted, if limited. */
    public OptionalInt maxRetransmits() {
        return init.maxRetransmits();
    }

    public String protocol() {
        return init.protocol();
    }

    public boolean negotiated() {
        return init.negotiated();
    }

    /** The SCTP stream id; empty until the DTLS role is known (W3C: null). */
    public OptionalInt id() {
        DataChannel c = channel;
        return c != null ? OptionalInt.of(c.id()) : init.id();
    }

    public RTCPriorityType priority() {
        return init.priority();
    }

    public RTCDataChannelState readyState() {
        return readyState;
    }

    /** Bytes queued by {@code send} and not yet transmitted. */
    public long bufferedAmount() {
        return inFlight.get() + sctpBuffered;
    }

    public long bufferedAmountLowThreshold() {
        return bufferedAmountLowThreshold;
    }

    /** When {@link #bufferedAmount()} falls to this value or below, {@code bufferedamountlow} fires. */
    public void bufferedAmountLowThreshold(long bytes) {
        if (bytes < 0) {
            throw new RTCException(RTCErrorName.RANGE_ERROR, "bufferedAmountLowThreshold must not be negative");
        }
        bufferedAmountLowThreshold = bytes;
        context.execute(() -> {
            DataChannel c = channel;
            if (c != null) {
                c.bufferedAmountLowThreshold(bytes);
            }
        });
    }

    // ---- sending

    /**
     * Sends a string (W3C {@code send(USVString)}).
     *
     * @throws RTCException InvalidStateError unless the channel is open; TypeError if larger than
     *     {@link RTCSctpTransport#maxMessageSize()}
     */
    public void send(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        enqueue(bytes.length, c -> c.send(text));
    }

    /** Sends binary data (W3C {@code send(ArrayBuffer)}); the array is copied. */
    public void send(byte[] data) {
        byte[] copy = data.clone();
        enqueue(copy.length, c -> c.send(copy));
    }

    /** Sends the remaining bytes of a buffer (its position is not changed). */
    public void send(ByteBuffer data) {
        ByteBuffer d = data.duplicate();
        byte[] copy = new byte[d.remaining()];
        d.get(copy);
        enqueue(copy.length, c -> c.send(copy));
    }

    /**
     * Sends once the send buffer has room: the future completes when SCTP accepted the message,
     * so a producer that waits for it never buffers without bound. Not W3C.
     */
    public CompletableFuture<Void> sendAsync(String text) {
        return sendAsync(text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Binary variant of {@link #sendAsync(String)}. */
    public CompletableFuture<Void> sendAsync(byte[] data) {
        return sendAsync(data.clone(), false);
    }

    private CompletableFuture<Void> sendAsync(byte[] bytes, boolean text) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (readyState != RTCDataChannelState.OPEN) {
            done.completeExceptionally(notOpen());
            return done;
        }
        context.execute(() -> {
            DataChannel c = channel;
            if (c == null || c.readyState() != DataChannelState.OPEN) {
                done.completeExceptionally(notOpen());
                return;
            }
            context.engineWork(() -> {
                CompletableFuture<Void> accepted = text ? c.sendAsync(new String(bytes, StandardCharsets.UTF_8))
                        : c.sendAsync(bytes);
                accepted.whenComplete((v, e) -> {
                    sctpBuffered = c.bufferedAmount();
                    if (e != null) {
                        done.completeExceptionally(translate(e));
                    } else {
                        messagesSent.incrementAndGet();
                        bytesSent.addAndGet(bytes.length);
                        done.complete(null);
                    }
                });
            });
        });
        return done;
    }

    private void enqueue(int size, Consumer<DataChannel> send) {
        if (readyState != RTCDataChannelState.OPEN) {
            throw notOpen();
        }
        if (size > context.maxMessageSize()) {
            throw new RTCException(RTCErrorName.TYPE_ERROR, "The message is " + size + " bytes, more than the "
                    + (long) context.maxMessageSize() + " bytes both sides accept (sctp.maxMessageSize); split it");
        }
        inFlight.addAndGet(size);
        context.execute(() -> {
            inFlight.addAndGet(-size);
            DataChannel c = channel;
            if (c == null) {
                return;
            }
            context.engineWork(() -> {
                try {
                    send.accept(c);
                    messagesSent.incrementAndGet();
                    bytesSent.addAndGet(size);
                } catch (DataChannelException e) {
                    LOG.debug("send on channel {} failed: {}", label, e.getMessage());
                    error.fire(translate(e));
                }
                sctpBuffered = c.bufferedAmount();
            });
        });
    }

    private RTCException notOpen() {
        return new RTCException(RTCErrorName.INVALID_STATE_ERROR, "The data channel '" + label + "' is " + readyState
                + ", not open; send after the open event");
    }

    private static RTCException translate(Throwable e) {
        if (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof RTCException r) {
            return r;
        }
        if (e instanceof DataChannelException d) {
            RTCErrorName name;
            try {
                name = RTCErrorName.fromString(d.name());
            } catch (IllegalArgumentException unknown) {
                name = RTCErrorName.OPERATION_ERROR;
            }
            return new RTCException(name, d.getMessage(), d);
        }
        return new RTCException(RTCErrorName.OPERATION_ERROR, String.valueOf(e.getMessage()), e);
    }

    /** W3C {@code close()}: buffered data is still sent, then the stream is reset (RFC 8831 section 6.7). */
    public void close() {
        RTCDataChannelState s = readyState;
        if (s == RTCDataChannelState.CLOSING || s == RTCDataChannelState.CLOSED) {
            return;
        }
        readyState = RTCDataChannelState.CLOSING;
        context.execute(() -> {
            DataChannel c = channel;
            if (c == null) {
                closed();
                return;
            }
            context.engineWork(c::close);
        });
    }

    // ---- event handlers

    public void onOpen(Runnable handler) {
        open.set(handler == null ? null : v -> handler.run());
    }

    public void onMessage(Consumer<MessageEvent> handler) {
        message.set(handler);
    }

    public void onBufferedAmountLow(Runnable handler) {
        bufferedAmountLow.set(handler == null ? null : v -> handler.run());
    }

    /** W3C {@code error}: an RTCException naming what failed. */
    public void onError(Consumer<RTCException> handler) {
        error.set(handler);
    }

    public void onClosing(Runnable handler) {
        closing.set(handler == null ? null : v -> handler.run());
    }

    public void onClose(Runnable handler) {
        close.set(handler == null ? null : v -> handler.run());
    }

    /** Adds a message listener beside the {@link #onMessage} handler. */
    public void addMessageListener(Consumer<MessageEvent> listener) {
        message.add(listener);
    }

    @Override
    public String toString() {
        return "RTCDataChannel[" + label + ", " + readyState + ", id=" + id() + "]";
    }

    // ---- from the connection, on its serial context

    DataChannel sctpChannel() {
        return channel;
    }

    RTCDataChannelInit init() {
        return init;
    }

    void bind(DataChannel c) {
        channel = c;
        if (bufferedAmountLowThreshold > 0) {
            c.bufferedAmountLowThreshold(bufferedAmountLowThreshold);
        }
        if (readyState == RTCDataChannelState.CLOSING) {
            c.close();
        }
    }

    void opened() {
        if (readyState == RTCDataChannelState.CONNECTING) {
            readyState = RTCDataChannelState.OPEN;
            open.fire(null);
        }
    }

    void message(String text, byte[] binary) {
        messagesReceived.incrementAndGet();
        bytesReceived.addAndGet(text != null ? text.getBytes(StandardCharsets.UTF_8).length : binary.length);
        message.fire(new MessageEvent(text, binary));
    }

    void bufferedAmountLow() {
        sctpBuffered = channel == null ? 0 : channel.bufferedAmount();
        bufferedAmountLow.fire(null);
    }

    void closing() {
        if (readyState != RTCDataChannelState.CLOSED) {
            readyState = RTCDataChannelState.CLOSING;
            closing.fire(null);
        }
    }

    void error(String detail) {
        error.fire(new RTCException(RTCErrorName.OPERATION_ERROR, "data channel '" + label + "' failed: " + detail));
    }

    void closed() {
        if (readyState != RTCDataChannelState.CLOSED) {
            readyState = RTCDataChannelState.CLOSED;
            sctpBuffered = 0;
            close.fire(null);
        }
    }

    /** The connection closed: closed without an event (W3C close() steps). */
    void closedSilently() {
        readyState = RTCDataChannelState.CLOSED;
    }
}
