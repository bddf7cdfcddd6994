package io.jrtc.sctp;

import io.jrtc.sctp.internal.Delivered;
import io.jrtc.sctp.internal.Expiries;
import io.jrtc.sctp.internal.OutChunk;
import io.jrtc.sctp.internal.OutMessage;
import io.jrtc.sctp.internal.PacketBuilder;
import io.jrtc.sctp.internal.Receiver;
import io.jrtc.sctp.internal.RtoEstimator;
import io.jrtc.sctp.internal.SendQueue;
import io.jrtc.sctp.internal.Sender;
import io.jrtc.sctp.internal.StateCookie;
import io.jrtc.sctp.internal.StreamResetter;
import io.jrtc.sctp.internal.Writer;
import java.util.ArrayDeque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sans-IO SCTP association (RFC 9260) as WebRTC uses it over DTLS (RFC 8261): one path, whole
 * packets in and out as byte arrays, time always an argument. Drive it with
 * {@link #handleInput}, {@link #handleTimeout}, {@link #pollTransmit}, {@link #pollTimeout} and
 * {@link #pollEvent}. Not thread-safe: use it from one thread or serial context.
 *
 * <p>Both peers may call {@link #connect} (WebRTC's simultaneous open, RFC 9260 §5.2.1); an
 * association that never connects answers an INIT (passive open). Malformed or unexpected input
 * is dropped and counted in {@link #stats()}, never thrown.
 */
public final class SctpAssociation {
    private static final Logger LOG = LoggerFactory.getLogger(SctpAssociation.class);
    private static final long COOKIE_LIFETIME = 60_000_000_000L;
    private static final int MAX_INIT_RETRANSMITS = 8;
    private static final int MAX_STREAMS = 65_535;

    final SctpConfig config;
    /** Our Verification Tag; a peer restart (RFC 9260 §5.2.4 A) replaces it. */
    long localTag;
    long localInitialTsn;
    final byte[] cookieKey = new byte[32];
    final SendQueue queue = new SendQueue();
    private final Expiries expiries = new Expiries();
    final ArrayDeque<Chunk> control = new ArrayDeque<>();
    private final ArrayDeque<SctpEvent> events = new ArrayDeque<>();
    final RtoEstimator rto;
    final Counters counters = new Counters();
    private SctpState state = SctpState.CLOSED;
    private boolean terminated;
    private long peerTag;
    private int features;
    Sender sender;
    Receiver receiver;
    StreamResetter resetter;
    private final ChunkTimer t1 = new ChunkTimer();
    private final ChunkTimer t2 = new ChunkTimer();
    private long clock;
    private final Heartbeats heartbeats;
    /** Path MTU discovery (RFC 8899); its PLPMTU is the packet size, the configured MTU when off. */
    final PathMtuDiscovery pmtu;
    /** The largest packet size used so far: chunks sent at it may be retransmitted at it. */
    int largestMtu;
    /** Where every outgoing packet is assembled before it is copied out. */
    final Writer scratch;

    /** What the peer's INIT ACK said, kept until its COOKIE ACK establishes the association. */
    record PeerInit(long tag, long initialTsn, long rwnd, int features, int inboundStreams, int outboundStreams) {}

    /** Set by {@link InputHandler} from an INIT ACK; used when the COOKIE ACK arrives. */
    PeerInit peerInit;
    /** The Initiate Tag of the last INIT, which our INIT ACK must carry. */
    long initAckTag;
    private int outboundStreams = MAX_STREAMS;
    /** The peer's outgoing stream count (its OS in INIT, plus streams it added, RFC 6525 §5.2.5). */
    private int inboundStreams = MAX_STREAMS;

    static final class Counters {
        long packetsReceived, packetsSent, malformed, badChecksums, badTags, unknownChunks, unexpected, messages, restarts;
    }

    /** A new association in state CLOSED. */
    public SctpAssociation(SctpConfig config) {
        this.config = config;
        this.localTag = newTag(0);
        this.localInitialTsn = newInitialTsn();
        config.random().nextBytes(cookieKey);
        this.heartbeats = new Heartbeats(config.heartbeatInterval().toNanos(), config.random());
        this.rto = new RtoEstimator(config.initialRto().toNanos(), config.minRto().toNanos(), config.maxRto().toNanos());
        this.pmtu = new PathMtuDiscovery(config.mtu(), config.maxMtu(), config.pmtuProbeTimeout().toNanos(),
                config.pmtuConfirmInterval().toNanos(), config.random());
        this.largestMtu = config.mtu();
        this.scratch = new Writer(Math.min(config.mtu(), 2048));
    }

    // ---- public API

    /** Starts the handshake by sending INIT (RFC 9260 §5.1 A). */
    public void connect(long now) {
        if (state != SctpState.CLOSED || terminated) {
            throw new IllegalStateException("connect() only once, on a new association; state is " + state);
        }
        clock = Math.max(clock, now);
        state = SctpState.COOKIE_WAIT;
        Chunk init = new InitChunk(localTag, config.receiveWindow(), MAX_STREAMS, config.inboundStreams(), localInitialTsn, localParameters());
        control.add(init);
        t1.start(init, now, rto.rto());
    }

    /**
     * Queues a message. Allowed from creation until shutdown; data waits for the handshake.
     *
     * @throws IllegalArgumentException if the message is larger than {@code maxMessageSize}
     * @throws IllegalStateException if the association is closed or shutting down
     */
    public void send(long now, int streamId, long ppid, byte[] data, SendOptions options) {
        send(now, streamId, ppid, data, options, true);
    }

    /**
     * Queues a reliable, ordered control message (such as DCEP) that is not counted in
     * {@link #bufferedAmount(int)}; otherwise like {@link #send(long, int, long, byte[], SendOptions)}.
     */
    public void sendControl(long now, int streamId, long ppid, byte[] data) {
        send(now, streamId, ppid, data, SendOptions.RELIABLE, false);
    }

    private void send(long now, int streamId, long ppid, byte[] data, SendOptions options, boolean counted) {
        if (data.length > config.maxMessageSize()) {
            throw new IllegalArgumentException("message of " + data.length + " bytes exceeds max-message-size "
                    + config.maxMessageSize() + "; raise SctpConfig.maxMessageSize if the peer allows it");
        }
        if (data.length == 0) {
            throw new IllegalArgumentException("SCTP cannot carry empty messages; send one byte with the *_EMPTY PPID (RFC 8831 §6.6)");
        }
        if (terminated || state.compareTo(SctpState.ESTABLISHED) > 0) {
            throw new IllegalStateException("association is " + (terminated ? "closed" : state));
        }
        if (streamId < 0 || streamId >= outboundStreams) {
            throw new IllegalArgumentException("stream id " + streamId + " is not below the " + outboundStreams
                    + " streams the peer accepts");
        }
        clock = Math.max(clock, now);
        long expires = options.maxLifetime() == null ? Long.MAX_VALUE : now + options.maxLifetime().toNanos();
        OutMessage m = new OutMessage(streamId, ppid, data, options.ordered(), options.maxRetransmits(), expires);
        m.counted = counted;
        queue.add(m);
        expiries.add(m);
    }

    /**
     * Sets the scheduling weight of an outgoing stream (default 1): streams with queued data share
     * the congestion window in proportion to their weights, and streams of equal weight take turns.
     * Data channels set it from their priority (RFC 8831 §6.4).
     *
     * @throws IllegalArgumentException if {@code weight} is below 1
     */
    public void streamWeight(int streamId, int weight) {
        queue.weight(streamId, weight);
    }

    /** How many outgoing streams the peer accepts: ids below this can be sent on. */
    public int outgoingStreams() {
        return outboundStreams;
    }

    /** How many streams the peer may send on. */
    public int incomingStreams() {
        return inboundStreams;
    }

    /**
     * Asks the peer for {@code n} more outgoing streams (RFC 6525 §5.1.5 Add Outgoing Streams
     * Request); {@link SctpEvent.StreamCountChanged} or {@link SctpEvent.AddStreamsDenied} follows.
     *
     * @throws IllegalStateException unless established with stream re-configuration negotiated
     * @throws IllegalArgumentException unless {@code n} is in 1..65535
     */
    public void addOutgoingStreams(int n) {
        if (n < 1 || n > MAX_STREAMS) {
            throw new IllegalArgumentException("number of streams to add must be in 1..65535: " + n);
        }
        if (resetter == null || terminated || (features & StateCookie.FEATURE_RECONFIG) == 0) {
            throw new IllegalStateException("streams can be added once established with RE-CONFIG (RFC 6525) negotiated");
        }
        resetter.requestStreams(n);
    }

    void onOutgoingStreamsAnswered(int requested, boolean performed) {
        if (performed) {
            outboundStreams = (int) Math.min(MAX_STREAMS, (long) outboundStreams + requested);
            events.add(new SctpEvent.StreamCountChanged(outboundStreams, inboundStreams));
        } else {
            events.add(new SctpEvent.AddStreamsDenied(requested));
        }
    }

    void onIncomingStreamsAdded(int added) {
        inboundStreams = (int) Math.min(MAX_STREAMS, (long) inboundStreams + added);
        events.add(new SctpEvent.StreamCountChanged(outboundStreams, inboundStreams));
    }

    /**
     * The path under the association changed (such as a new ICE candidate pair): with Path MTU
     * discovery on, the packet size goes back to the base and the search starts again (RFC 8899
     * §4.3); otherwise nothing happens.
     */
    public void pathChanged(long now) {
        clock = Math.max(clock, now);
        if (config.pathMtuDiscovery() && sender != null && state == SctpState.ESTABLISHED && !terminated) {
            pmtu.start(now);
            syncMtu();
        }
    }

    /** Bytes queued on a stream that have not been sent once (the W3C bufferedAmount). */
    public long bufferedAmount(int streamId) {
        return queue.buffered(streamId);
    }

    /** Bytes queued on all streams that have not been sent once. */
    public long bufferedAmount() {
        return queue.totalBuffered();
    }

    /** Resets an outgoing stream (RFC 6525) once its queued data has been sent; see {@link SctpEvent.OutgoingStreamsReset}. */
    public void resetStream(int streamId) {
        if (resetter != null) {
            resetter.request(streamId);
        } else if (!terminated) {
            throw new IllegalStateException("streams can be reset once the association is established");
        }
    }

    /** Graceful close (RFC 9260 §9.2): queued data is delivered first. */
    public void shutdown(long now) {
        if (state == SctpState.ESTABLISHED) {
            state = SctpState.SHUTDOWN_PENDING;
            maybeProgressShutdown(now);
        } else if (state == SctpState.COOKIE_WAIT || state == SctpState.COOKIE_ECHOED) {
            terminate("shut down before established", false);
        }
    }

    /** Ungraceful close: sends ABORT with a User-Initiated Abort cause (RFC 9260 §9.1). */
    public void abort(String reason) {
        if (terminated) {
            return;
        }
        if (state != SctpState.CLOSED && state != SctpState.COOKIE_WAIT) {
            control.clear();
            control.add(new AbortChunk(false, List.of(ErrorCause.text(ErrorCause.USER_INITIATED_ABORT, reason))));
        }
        terminate(reason, true);
    }

    public SctpState state() {
        return state;
    }

    /** Whether both sides announced I-DATA (RFC 8260) and it is in use. */
    public boolean interleaving() {
        return (features & StateCookie.FEATURE_IDATA) != 0;
    }

    /** Whether both sides support partial reliability (RFC 3758). */
    public boolean partialReliability() {
        return (features & StateCookie.FEATURE_FORWARD_TSN) != 0;
    }

    /** Counters and congestion state, a snapshot. */
    public SctpStats stats() {
        return SctpStats.of(counters, sender, receiver, rto, pmtu);
    }

    /** The next event, or null. */
    public SctpEvent pollEvent() {
        return events.poll();
    }

    // ---- sans-IO input

    /** A packet arrived (the payload of one DTLS record). Never throws on bad input. */
    public void handleInput(long now, byte[] packet) {
        counters.packetsReceived++;
        clock = Math.max(clock, now);
        if (terminated) {
            return;
        }
        SctpPacket p;
        try {
            p = SctpPacket.parse(packet, zeroChecksumAccepted());
        } catch (SctpParseException e) {
            if (e.offset() == 8) {
                counters.badChecksums++;
            } else {
                counters.malformed++;
            }
            LOG.debug("dropped malformed SCTP packet: {}", e.getMessage());
            return;
        }
        if (!InputHandler.tagOk(p, localTag, peerTag)) {
            counters.badTags++;
            LOG.debug("dropped SCTP packet with wrong verification tag");
            return;
        }
        clock = now;
        new InputHandler(this, now).handle(p);
        afterInput(now);
    }

    private boolean zeroChecksumAccepted() {
        return config.zeroChecksum();
    }

    /** The time asked for by {@link #pollTimeout()} has come. */
    public void handleTimeout(long now) {
        clock = Math.max(clock, now);
        if (terminated) {
            return;
        }
        if (now >= t1.deadline()) {
            onT1(now);
        }
        if (now >= t2.deadline()) {
            onT2(now);
        }
        if (sender != null) {
            // RFC 3758 §3.5 A1-A3 when the lifetime ends, so FORWARD TSN goes out now (§3.5 C4,
            // bundled with what is sent next, F2) rather than when the chunk would be retransmitted
            OutMessage expired;
            while ((expired = expiries.pollExpired(now, sender)) != null) {
                sender.abandon(expired, queue);
            }
        }
        if (sender != null && now >= sender.t3Deadline()) {
            sender.onT3(now, queue);
            if (sender.consecutiveTimeouts() > config.maxRetransmissions()) {
                failWithAbort("peer unreachable: " + sender.consecutiveTimeouts() + " consecutive retransmission timeouts");
                return;
            }
            pmtu.suspectBlackHole(now);
        }
        if (sender != null && now >= pmtu.deadline()) {
            pmtu.onTimeout(now);
            syncMtu();
        }
        if (now >= heartbeats.deadline() && state == SctpState.ESTABLISHED) {
            if (heartbeats.unanswered() >= config.maxRetransmissions()) {
                failWithAbort("peer unreachable: " + config.maxRetransmissions() + " heartbeats unanswered");
            } else {
                control.add(heartbeats.next(now, rto.rto()));
            }
        }
    }

    /** When {@link #handleTimeout} should next be called, or {@code Long.MAX_VALUE}. */
    public long pollTimeout() {
        if (terminated) {
            return Long.MAX_VALUE;
        }
        long t = Math.min(t1.deadline(), t2.deadline());
        if (sender != null) {
            t = Math.min(t, sender.t3Deadline());
            t = Math.min(t, expiries.deadline(sender));
            t = Math.min(t, heartbeats.deadline());
            t = Math.min(t, pmtu.deadline());
        }
        if (receiver != null) {
            t = Math.min(t, receiver.sackDeadline());
        }
        if (resetter != null) {
            t = Math.min(t, resetter.deadline());
        }
        return t;
    }

    /** The next packet to send, or null. */
    public byte[] pollTransmit() {
        byte[] out = new OutputBuilder(this, clock).next();
        if (out != null) {
            counters.packetsSent++;
        }
        return out;
    }

    /** Like {@link #pollTransmit()} but with the current time, so data may be stamped and timers armed precisely. */
    public byte[] pollTransmit(long now) {
        clock = Math.max(clock, now);
        return pollTransmit();
    }

    // ---- internals shared with InputHandler and OutputBuilder (same package)

    List<Parameter> localParameters() {
        return Negotiation.localParameters(config);
    }

    int negotiate(List<Parameter> peerParams) {
        return Negotiation.negotiate(config, peerParams);
    }




    long peerTag() {
        return peerTag;
    }

    void peerTag(long tag) {
        peerTag = tag;
    }

    boolean terminated() {
        return terminated;
    }







    int features() {
        return features;
    }

    void state(SctpState s) {
        state = s;
    }

    void event(SctpEvent e) {
        events.add(e);
    }

    void startT1(Chunk c, long now) {
        t1.start(c, now, rto.rto());
    }

    void stopT1() {
        t1.stop();
    }

    void startT2(Chunk c, long now) {
        control.add(c);
        t2.start(c, now, rto.rto());
    }

    /** A random non-zero Verification Tag other than {@code avoid} (RFC 9260 §5.3.1). */
    long newTag(long avoid) {
        long t;
        do {
            t = 1 + (config.random().nextLong() & 0xfffffffeL) % 0xfffffffeL;
        } while (t == avoid);
        return t;
    }

    long newInitialTsn() {
        return config.random().nextLong() & 0xffffffffL;
    }

    /**
     * RFC 9260 §5.2.4 action A: the peer restarted. The old association is dropped as if ABORTed
     * (its queued and in-flight messages are discarded, as the restarted peer has forgotten the
     * streams they belong to), a new one is built from the cookie with fresh congestion state,
     * and {@link SctpEvent.Restarted} is reported instead of a loss of communication.
     */
    void restart(long now, StateCookie c) {
        long dropped = queue.clear();
        expiries.clear();
        control.clear();
        t1.stop();
        t2.stop();
        localTag = c.localTag();
        localInitialTsn = c.localInitialTsn();
        counters.restarts++;
        build(now, c.peerTag(), c.peerInitialTsn(), c.peerRwnd(), c.features(), c.peerInbound(), c.peerOutbound());
        events.add(new SctpEvent.Restarted(dropped));
        LOG.debug("SCTP peer restarted; {} queued messages dropped", dropped);
    }

    /** Builds the data path from the negotiated parameters and reports the connection. */
    void establish(long now, long peerTagValue, long peerInitialTsn, long peerRwnd, int negotiated, int peerInbound,
            int peerOutbound) {
        build(now, peerTagValue, peerInitialTsn, peerRwnd, negotiated, peerInbound, peerOutbound);
        stopT1();
        events.add(new SctpEvent.Connected());
        LOG.debug("SCTP association established (I-DATA {}, FORWARD TSN {})", interleaving(), partialReliability());
    }

    private void build(long now, long peerTagValue, long peerInitialTsn, long peerRwnd, int negotiated, int peerInbound,
            int peerOutbound) {
        peerTag = peerTagValue;
        outboundStreams = Math.min(MAX_STREAMS, peerInbound); // RFC 9260 §5.1.1: never above the peer's MIS
        inboundStreams = Math.min(config.inboundStreams(), peerOutbound); // both sides use the smaller count
        features = negotiated;
        sender = new Sender(localInitialTsn, peerRwnd, config.mtu(), config.initialCwndPackets(), rto);
        receiver = new Receiver(peerInitialTsn, config.receiveWindow(), interleaving());
        resetter = new StreamResetter(localInitialTsn, peerInitialTsn);
        state = SctpState.ESTABLISHED;
        heartbeats.onActivity(now);
        if (config.pathMtuDiscovery()) {
            pmtu.start(now);
        }
        syncMtu();
    }

    boolean sendsZeroChecksum() {
        return (features & StateCookie.FEATURE_ZERO_CHECKSUM) != 0;
    }

    private void onT1(long now) {
        rto.backOff();
        Chunk c = t1.fire(now, rto.rto(), MAX_INIT_RETRANSMITS);
        if (c == null) {
            terminate("handshake timed out after " + MAX_INIT_RETRANSMITS + " retransmissions", false);
        } else {
            control.add(c);
        }
    }

    private void onT2(long now) {
        rto.backOff();
        Chunk c = t2.fire(now, rto.rto(), config.maxRetransmissions());
        if (c == null) {
            failWithAbort("shutdown timed out");
        } else {
            control.add(c);
        }
    }

    void stopT2() {
        t2.stop();
    }

    void onHeartbeatAck(long now, byte[] info) {
        if (PathMtuDiscovery.isProbeInfo(info)) {
            pmtu.onProbeAck(now, info);
            syncMtu();
        } else {
            heartbeats.onAck(now, info, rto);
        }
    }

    /** The packet size the association uses now (the PLPMTU, RFC 8899). */
    int mtu() {
        return pmtu.plpmtu();
    }

    /** Hands a new PLPMTU to congestion control, which counts in packets of that size. */
    private void syncMtu() {
        int m = pmtu.plpmtu();
        if (sender != null && m != sender.mtu()) {
            LOG.debug("SCTP packet size now {} bytes (PLPMTUD {}, {} black holes)", m, pmtu.phase(), pmtu.blackHoles());
        }
        largestMtu = Math.max(largestMtu, m);
        if (sender != null) {
            sender.mtu(m);
        }
    }

    void failWithAbort(String reason) {
        control.clear();
        control.add(new AbortChunk(false, List.of(ErrorCause.text(ErrorCause.PROTOCOL_VIOLATION, reason))));
        terminate(reason, true);
    }

    void terminate(String reason, boolean aborted) {
        if (!terminated) {
            terminated = true;
            state = SctpState.CLOSED;
            t1.stop();
            t2.stop();
            pmtu.stop();
            events.add(new SctpEvent.Closed(reason, aborted));
            LOG.debug("SCTP association closed: {}", reason);
        }
    }

    long cookieLifetime() {
        return COOKIE_LIFETIME;
    }

    /** Moves messages to events, and the shutdown sequence along, after input was processed. */
    private void afterInput(long now) {
        if (receiver != null) {
            Delivered d;
            while ((d = receiver.poll()) != null) {
                counters.messages++;
                events.add(new SctpEvent.MessageReceived(d.streamId(), d.ppid(), d.data(), d.unordered()));
            }
        }
        if (sender != null) {
            heartbeats.onActivity(now); // any authenticated packet shows the peer is alive
        }
        maybeProgressShutdown(now);
    }

    void maybeProgressShutdown(long now) {
        if (terminated || sender == null || sender.hasOutstanding() || !queue.isEmpty()) {
            return;
        }
        if (state == SctpState.SHUTDOWN_PENDING) {
            state = SctpState.SHUTDOWN_SENT;
            startT2(new ShutdownChunk(receiver.cumTsn() & 0xffffffffL), now);
        } else if (state == SctpState.SHUTDOWN_RECEIVED) {
            state = SctpState.SHUTDOWN_ACK_SENT;
            startT2(new ShutdownAckChunk(), now);
        }
    }
}
