package io.jrtc.webrtc.internal.engine;

import io.jrtc.dtls.DtlsEvent;
import io.jrtc.dtls.DtlsFingerprint;
import io.jrtc.dtls.DtlsState;
import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.session.IceSessionStats;
import io.jrtc.ice.session.SessionTransmit;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.sctp.datachannel.DataChannelInit;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport stack of one peer connection behind the sans-IO contract of DESIGN.md: ICE, then
 * RFC 7983 demultiplexing by first byte, DTLS (RFC 8842), SCTP over DTLS (RFC 8261) with data
 * channels, and SRTP keyed from DTLS (RFC 5764). Time is always an argument.
 *
 * <pre>{@code
 * TransportEngine e = new TransportEngine(config);
 * e.addHostAddress(boundSocket); e.start(now);           // candidates come out as events
 * e.setRemote(now, remoteParameters);                    // from the remote description
 * e.addRemoteCandidate(candidate);                       // trickled
 * // loop: handleInput / handleTimeout; drain pollTransmit and pollEvent; wake at pollTimeout
 * }</pre>
 *
 * <p>Network input never throws: what is not STUN, DTLS or RTP/RTCP, what ICE did not validate,
 * and what DTLS or SRTP rejects is dropped and counted ({@link #stats()}). Not thread-safe: the
 * runtime drives one engine from one serial context.
 */
public final class TransportEngine {
    private static final Logger LOG = LoggerFactory.getLogger(TransportEngine.class);

    private final EngineConfig config;
    private final IceLayer ice;
    private final DtlsLayer dtls = new DtlsLayer();
    private final DataLayer data = new DataLayer();
    private final MediaLayer media = new MediaLayer();
    private final HeldDatagrams held = new HeldDatagrams();
    private final ArrayDeque<EngineEvent> events = new ArrayDeque<>();
    /** Datagrams taken out of ICE while closing (closing ICE discards its queue). */
    private final ArrayDeque<IceDatagram> out = new ArrayDeque<>();
    private TransportState state = TransportState.NEW;
    private boolean closing;
    private boolean closed;
    private boolean failed;
    private long now;
    private long droppedUnclassified;
    private long droppedUnsent;
    /**
     * The last {@link #pollTransmit()} pumped and found nothing to send: everything the layers had
     * is in ICE's queues, so a {@link #pollStreamTransmit()} right after need not pump again (the
     * runtime calls the two in turn after every datagram; each empty pump walks every layer).
     */
    private boolean pumpedIdle;

    /**
     * An engine over an ICE session ({@link SessionIceLayer}: TURN, candidate pool, mDNS) whose
     * TURN URLs, if any, name IP literals; the runtime resolves host names and passes its own layer.
     */
    public TransportEngine(EngineConfig config) {
        this(config, new SessionIceLayer(config));
    }

    /** An engine over this ICE layer (a composite with TURN and mDNS, for one). */
    public TransportEngine(EngineConfig config, IceLayer ice) {
        this.config = config;
        this.ice = ice;
    }

    // ---- local side

    /** Our ICE credentials, for the local description. */
    public IceCredentials localCredentials() {
        return ice.localCredentials();
    }

    /** Our certificate's SHA-256 fingerprint, for {@code a=fingerprint}. */
    public EngineConfig config() {
        return config;
    }

    public DtlsFingerprint localFingerprint() {
        return config.certificate().fingerprint();
    }

    /** The ICE layer (the runtime registers its ufrag for single-port routing). */
    public IceLayer ice() {
        return ice;
    }

    /** A socket the runtime bound: it becomes a host candidate. */
    public void addHostAddress(InetSocketAddress base) {
        ice.addHostAddress(base);
    }

    /**
     * Starts the W3C candidate pool when {@link EngineConfig#candidatePoolSize()} is above 0:
     * gathering and TURN allocations begin before any description; {@link #start} hands them out.
     */
    public void startCandidatePool(long nowNanos) {
        requireOpen();
        now = nowNanos;
        ice.startCandidatePool(nowNanos);
        pump(nowNanos);
    }

    /** Sets the ICE role the first description decided, for an engine made before it (the candidate pool). */
    public void setRole(long nowNanos, io.jrtc.ice.IceRole role) {
        now = nowNanos;
        ice.setRole(role);
        pump(nowNanos);
    }

    /** Starts gathering candidates. */
    public void start(long nowNanos) {
        now = nowNanos;
        ice.startGathering(nowNanos);
        pump(nowNanos);
    }

    // ---- remote side

    /**
     * The remote description's transport parameters: ICE credentials, fingerprints, our DTLS role,
     * SCTP port and size. A DTLS server starts listening now; a client starts when ICE works.
     * Again after renegotiation: new ICE credentials mean the peer restarted ICE; the DTLS and
     * SCTP parameters of the first call stay (RFC 8842 §5.5 keeps the association).
     */
    public void setRemote(long nowNanos, RemoteParameters remote) {
        requireOpen();
        now = nowNanos;
        ice.setRemote(remote.ice(), remote.iceLite());
        dtls.configure(nowNanos, config.dtls(remote));
        data.configure(config.sctp(remote), dtls.isClient(), config.maxBufferedAmount(), remote.maxMessageSize());
        iceMaybeUsable(nowNanos);
        pump(nowNanos);
    }

    /**
     * ICE restart (RFC 8445 §9): returns the new local credentials for the offer; new candidates
     * follow as events. DTLS, SCTP and SRTP carry on over the old pair until a new one is selected.
     * The peer's new credentials come with the next {@link #setRemote}; a restart forgets the
     * peer's old ones, so an answerer restarts first and then sets the offer's credentials.
     */
    public IceCredentials restartIce(long nowNanos) {
        requireOpen();
        now = nowNanos;
        ice.restart(nowNanos);
        pump(nowNanos);
        return ice.localCredentials();
    }

    /**
     * New ICE servers and candidate policy (W3C setConfiguration after the first description):
     * the next {@link #restartIce} gathers with these servers; the policy applies to candidates
     * signaled and paired from now on. TURN host names must be resolved already.
     */
    public void reconfigureIce(long nowNanos, List<io.jrtc.ice.session.TurnServer> turnServers,
            List<InetSocketAddress> stunServers, io.jrtc.ice.IceTransportPolicy policy) {
        requireOpen();
        now = nowNanos;
        ice.reconfigure(turnServers, stunServers, policy);
        pump(nowNanos);
    }

    /** A remote candidate (trickle ICE); false if ICE cannot use it. */
    public boolean addRemoteCandidate(IceCandidate candidate) {
        return !closed && ice.addRemoteCandidate(now, candidate);
    }

    /** The peer signaled end-of-candidates. */
    public void endOfRemoteCandidates() {
        if (!closed) {
            ice.endOfRemoteCandidates();
        }
    }

    // ---- data and media

    /**
     * A data channel (RFC 8832 DCEP unless negotiated): opens once SCTP is up, or at once if it
     * already is. Needs {@link #setRemote} first, since the DTLS role picks the stream ids.
     */
    public DataChannel createDataChannel(long nowNanos, String label, DataChannelInit init) {
        requireOpen();
        DataChannel ch = data.create(nowNanos, label, init);
        pump(nowNanos);
        return ch;
    }

    /**
     * Protects a raw RTP packet with SRTP and sends it on the selected pair. False if SRTP is not
     * keyed yet or ICE has no pair.
     *
     * @throws IllegalArgumentException if it is not an RTP packet or its index was already sent
     */
    public boolean sendRtp(long nowNanos, byte[] rtp) {
        return !closed && sendProtected(nowNanos, media.protectRtp(rtp));
    }

    /** Protects a raw RTCP compound packet with SRTCP and sends it; like {@link #sendRtp}. */
    public boolean sendRtcp(long nowNanos, byte[] rtcp) {
        return !closed && sendProtected(nowNanos, media.protectRtcp(rtcp));
    }

    private boolean sendProtected(long nowNanos, byte[] packet) {
        if (packet == null) {
            return false;
        }
        if (!ice.send(nowNanos, packet)) {
            droppedUnsent++;
            return false;
        }
        return true;
    }

    /**
     * The time is now: the runtime calls this around application work (a data-channel send, say)
     * so what that work queues is timed from now rather than from the last packet or timeout.
     */
    public void advance(long nowNanos) {
        if (closed || nowNanos < now) {
            return;
        }
        now = nowNanos;
        pump(nowNanos);
    }

    /** Whether SRTP is keyed (DTLS connected with use_srtp). */
    public boolean mediaReady() {
        return media.ready();
    }

    /**
     * Closes: SCTP ABORT and DTLS close_notify go out (still polled from {@link #pollTransmit}),
     * then ICE stops. The state becomes {@code closed}.
     */
    public void close(long nowNanos) {
        if (closed || closing) {
            return;
        }
        now = nowNanos;
        closing = true;
        data.abort("the peer connection was closed");
        pump(nowNanos);
        dtls.close();
        pump(nowNanos);
        for (IceDatagram d = ice.pollTransmit(); d != null; d = ice.pollTransmit()) {
            out.add(d);
        }
        closed = true;
        ice.close(nowNanos);
        for (IceDatagram d = ice.pollTransmit(); d != null; d = ice.pollTransmit()) {
            out.add(d); // TURN deallocations (RFC 8656 §7: Refresh with lifetime 0)
        }
        drainEvents(nowNanos);
        updateState();
    }

    // ---- the sans-IO contract

    /** A datagram arrived on one of our bases. Never throws for bad content. */
    public void handleInput(long nowNanos, IceDatagram datagram) {
        now = nowNanos;
        if (closed) {
            return;
        }
        if (PacketClass.of(datagram.payload()) == PacketClass.OTHER) {
            droppedUnclassified++;
            LOG.trace("dropped a datagram that is none of STUN, DTLS, RTP/RTCP (RFC 7983)");
            return;
        }
        ice.handleInput(nowNanos, datagram); // STUN (and TURN) stays in ICE; data of validated pairs returns as DataReceived
        pump(nowNanos);
    }

    /** A TCP stream to a TURN server that {@link #pollStreamTransmit()} asked for is connected. */
    public void handleStreamConnected(long nowNanos, int stream) {
        now = nowNanos;
        if (!closed) {
            ice.handleStreamConnected(nowNanos, stream);
            pump(nowNanos);
        }
    }

    /** Bytes read from a TURN stream (TLS records for {@code turns:}), any chunking. Never throws for bad content. */
    public void handleStreamInput(long nowNanos, int stream, byte[] buf, int off, int len) {
        now = nowNanos;
        ice.handleStreamInput(nowNanos, stream, buf, off, len); // after close too: deallocation answers
        if (!closed) {
            pump(nowNanos);
        }
    }

    /** A TURN stream could not be opened, or was closed or reset. */
    public void handleStreamClosed(long nowNanos, int stream, String reason) {
        now = nowNanos;
        ice.handleStreamClosed(nowNanos, stream, reason);
        if (!closed) {
            pump(nowNanos);
        }
    }

    /** An mDNS message received on port 5353 (answers to our {@code .local} queries). Never throws for bad content. */
    public void handleMdnsInput(long nowNanos, InetSocketAddress source, byte[] buf, int off, int len) {
        now = nowNanos;
        if (!closed) {
            ice.handleMdnsInput(nowNanos, source, buf, off, len);
            pump(nowNanos);
        }
    }

    /**
     * The next request that is not a UDP datagram: open, write or close a TCP stream to a TURN
     * server, or send an mDNS message; null if none. Drain it after {@link #pollTransmit()}.
     */
    public SessionTransmit pollStreamTransmit() {
        SessionTransmit queued = ice.pollStreamTransmit();
        if (queued != null || closed || pumpedIdle) {
            return queued;
        }
        pump(now);
        return ice.pollStreamTransmit();
    }

    /** The time from {@link #pollTimeout()} has come. */
    public void handleTimeout(long nowNanos) {
        now = nowNanos;
        if (closed) {
            return;
        }
        if (nowNanos >= ice.pollTimeout()) {
            ice.handleTimeout(nowNanos);
        }
        if (nowNanos >= dtls.pollTimeout()) {
            dtls.handleTimeout(nowNanos);
        }
        if (nowNanos >= data.pollTimeout()) {
            data.handleTimeout(nowNanos);
        }
        pump(nowNanos);
    }

    /** The next datagram to send, or null. Data-channel sends made since the last call go out here. */
    public IceDatagram pollTransmit() {
        pumpedIdle = false;
        if (!out.isEmpty()) {
            return out.poll();
        }
        if (closed) {
            return null;
        }
        // What an earlier pump queued goes first, without pumping again: the runtime drains this
        // after every input, and a pump per datagram sent walks every layer for nothing.
        IceDatagram queued = ice.pollTransmit();
        if (queued != null) {
            return queued;
        }
        pump(now);
        IceDatagram d = ice.pollTransmit();
        pumpedIdle = d == null;
        return d;
    }

    /** When {@link #handleTimeout} is next wanted, or {@link Long#MAX_VALUE}. */
    public long pollTimeout() {
        if (closed) {
            return Long.MAX_VALUE;
        }
        return Math.min(ice.pollTimeout(), Math.min(dtls.pollTimeout(), data.pollTimeout()));
    }

    /** The next event, or null. */
    public EngineEvent pollEvent() {
        return events.poll();
    }

    // ---- state

    /** The aggregate state (W3C {@code connectionState}). */
    public TransportState state() {
        return state;
    }

    /** The ICE transport state. */
    public IceConnectionState iceState() {
        return ice.state();
    }

    /** The ICE session's TURN and mDNS counters, or null over a plain agent ({@link AgentIceLayer}). */
    public IceSessionStats iceSessionStats() {
        return ice instanceof SessionIceLayer s ? s.sessionStats() : null;
    }

    /** The DTLS transport state. */
    public DtlsState dtlsState() {
        return dtls.state();
    }

    /** The ICE candidate pairs' counters and round-trip times, in the engine's nanoseconds. */
    public java.util.List<io.jrtc.ice.IcePairStats> icePairStats() {
        return ice.pairStats();
    }

    /** Counters of every layer. */
    public EngineStats stats() {
        return new EngineStats(droppedUnclassified, media.dropped(), droppedUnsent + dtls.dropped() + held.dropped(), ice.stats(),
                dtls.transport() == null ? null : dtls.transport().stats(),
                data.channels() == null ? null : data.channels().association().stats(),
                media.rtpSent(), media.rtpReceived());
    }

    @Override
    public String toString() {
        return "TransportEngine[" + state + ", ice=" + ice.state() + ", dtls=" + dtls.state() + ", sctp=" + data.state() + "]";
    }

    // ---- composition

    /** Moves everything between the layers until nothing moves. */
    private void pump(long nowNanos) {
        data.advance(nowNanos);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (IceEvent e = ice.pollEvent(); e != null; e = ice.pollEvent()) {
                moved = true;
                onIce(nowNanos, e);
            }
            for (DtlsEvent e = dtls.pollEvent(); e != null; e = dtls.pollEvent()) {
                moved = true;
                onDtls(nowNanos, e);
            }
            for (byte[] p = data.pollTransmit(); p != null; p = data.pollTransmit()) {
                moved = true;
                if (!dtls.send(p)) {
                    droppedUnsent++;
                }
            }
            for (DataChannelEvent e = data.pollEvent(); e != null; e = data.pollEvent()) {
                moved = true;
                events.add(new EngineEvent.DataChannel(e));
            }
            held.retry(nowNanos, ice);
            for (byte[] d = dtls.pollTransmit(); d != null; d = dtls.pollTransmit()) {
                moved = true;
                held.send(nowNanos, ice, d);
            }
        }
        updateState();
    }

    private void drainEvents(long nowNanos) {
        for (IceEvent e = ice.pollEvent(); e != null; e = ice.pollEvent()) {
            onIce(nowNanos, e);
        }
        for (DtlsEvent e = dtls.pollEvent(); e != null; e = dtls.pollEvent()) {
            onDtls(nowNanos, e);
        }
        for (DataChannelEvent e = data.pollEvent(); e != null; e = data.pollEvent()) {
            events.add(new EngineEvent.DataChannel(e));
        }
    }

    private void onIce(long nowNanos, IceEvent e) {
        if (e instanceof IceEvent.CandidateError err) { // W3C icecandidateerror
            events.add(new EngineEvent.CandidateError(err.address(), err.port(), err.url(), err.errorCode(),
                    err.errorText()));
        }
        switch (e) {
            case IceEvent.LocalCandidate c -> events.add(new EngineEvent.LocalCandidate(c.candidate()));
            case IceEvent.GatheringStateChanged g -> events.add(new EngineEvent.GatheringStateChanged(g.state()));
            case IceEvent.ConnectionStateChanged s -> {
                events.add(new EngineEvent.IceStateChanged(s.state()));
                if (s.state() == IceConnectionState.FAILED) {
                    fail(FailureCause.ICE_FAILED, "ICE failed: no candidate pair works, or consent expired (RFC 7675)");
                }
                iceMaybeUsable(nowNanos);
            }
            case IceEvent.SelectedPairChanged p -> {
                events.add(new EngineEvent.SelectedPairChanged(p.pair()));
                data.pathChanged(nowNanos); // RFC 8899 §4.3: a new path may carry less; search again from the base
                iceMaybeUsable(nowNanos);
            }
            case IceEvent.DataReceived r -> demultiplex(nowNanos, r.datagram().payload());
            case IceEvent.CandidateError err -> LOG.debug("STUN server gave no candidate: {} {}", err.errorCode(), err.errorText());
            case IceEvent.RoleChanged r -> events.add(new EngineEvent.IceRoleChanged(r.role()));
        }
    }

    private void iceMaybeUsable(long nowNanos) {
        IceConnectionState s = ice.state();
        if (s == IceConnectionState.CONNECTED || s == IceConnectionState.COMPLETED) {
            dtls.iceUsable(nowNanos);
        }
    }

    /** RFC 7983 §7: DTLS to DTLS, RTP/RTCP to SRTP; ICE already consumed STUN. */
    private void demultiplex(long nowNanos, byte[] payload) {
        switch (PacketClass.of(payload)) {
            case DTLS -> dtls.handleInput(nowNanos, payload);
            case RTP -> media.onSrtp(nowNanos, payload, events::add);
            case RTCP -> media.onSrtcp(nowNanos, payload, events::add);
            case STUN, TURN_CHANNEL, OTHER -> droppedUnclassified++; // the ICE layer's own, never data
        }
    }

    private void onDtls(long nowNanos, DtlsEvent e) {
        switch (e) {
            case DtlsEvent.StateChanged s -> {
                events.add(new EngineEvent.DtlsStateChanged(s.state()));
                if (s.state() == DtlsState.CLOSED && !closing) {
                    events.add(new EngineEvent.PeerClosed());
                }
            }
            case DtlsEvent.Connected c -> {
                if (c.keys() != null) {
                    media.keyed(c.keys(), dtls.isClient());
                }
                data.dtlsConnected(nowNanos);
            }
            case DtlsEvent.ApplicationData a -> data.handleInput(nowNanos, a.data());
            case DtlsEvent.Failed f -> fail(DtlsLayer.causeOf(f), "DTLS failed: " + f.reason());
        }
    }

    private void fail(FailureCause cause, String detail) {
        if (!failed && !closing) {
            failed = true;
            LOG.debug("transport failed ({}): {}", cause, detail);
            events.add(new EngineEvent.Failed(cause, detail));
        }
    }

    private void updateState() {
        TransportState s = TransportState.of(closed, ice.state(), dtls.state());
        if (s != state) {
            state = s;
            events.add(new EngineEvent.StateChanged(s));
        }
    }

    private void requireOpen() {
        if (closed || closing) {
            throw new IllegalStateException("the transport engine is closed");
        }
    }
}
