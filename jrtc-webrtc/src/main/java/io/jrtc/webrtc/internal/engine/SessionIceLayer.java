package io.jrtc.webrtc.internal.engine;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceStats;
import io.jrtc.ice.IceTransport;
import io.jrtc.ice.session.IceSession;
import io.jrtc.ice.session.IceSessionConfig;
import io.jrtc.ice.session.IceSessionStats;
import io.jrtc.ice.session.SessionTransmit;
import io.jrtc.ice.session.TurnServer;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link IceLayer} of an {@link IceSession}: the agent with TURN clients (UDP, TCP, TLS), the
 * candidate pool and mDNS. UDP datagrams come out of {@link #pollTransmit()}; stream and mDNS
 * requests out of {@link #pollStreamTransmit()}.
 */
public final class SessionIceLayer implements IceLayer {
    /** W3C {@code icecandidateerror} code for a server that cannot be reached (here: not resolved). */
    static final int UNREACHABLE = 701;

    private final IceSession session;
    private final ArrayDeque<IceDatagram> udp = new ArrayDeque<>();
    private final ArrayDeque<SessionTransmit> streams = new ArrayDeque<>();
    /** Candidate errors found before the session existed (unresolvable TURN hosts), reported at gathering. */
    private final ArrayDeque<IceEvent> early = new ArrayDeque<>();
    private boolean gathering;
    private long now;

    /**
     * A session for this configuration whose TURN URLs name IP literals (simulations, tests).
     *
     * @throws IllegalArgumentException if a TURN URL names a host: resolve it and use
     *     {@link #SessionIceLayer(EngineConfig, Map)}
     */
    public SessionIceLayer(EngineConfig config) {
        this(config, literals(config));
    }

    /**
     * A session whose TURN servers the runtime resolved: {@code resolved} maps each configured URL
     * to its server, or to null if its host did not resolve (reported as a candidate error, 701).
     */
    public SessionIceLayer(EngineConfig config, Map<String, TurnServer> resolved) {
        List<TurnServer> servers = new ArrayList<>();
        for (TurnServerConfig t : config.turnServers()) {
            TurnServer s = resolved.get(t.url());
            if (s != null) {
                servers.add(s);
            } else {
                early.add(new IceEvent.CandidateError(null, 0, t.url(), UNREACHABLE, "the TURN server's host did not resolve"));
            }
        }
        this.session = new IceSession(config.session(servers));
    }

    /** A session over a configuration of its own (tests that set TURN timing, say). */
    public SessionIceLayer(IceSessionConfig config) {
        this.session = new IceSession(config);
    }

    private static Map<String, TurnServer> literals(EngineConfig config) {
        Map<String, TurnServer> out = new java.util.HashMap<>();
        for (TurnServerConfig t : config.turnServers()) {
            out.put(t.url(), TurnServer.of(t.url(), t.username(), t.credential()));
        }
        return out;
    }

    /** The session, for tests and statistics. */
    public IceSession session() {
        return session;
    }

    /** The session's counters (TURN and mDNS included). */
    public IceSessionStats sessionStats() {
        return session.stats();
    }

    @Override
    public IceCredentials localCredentials() {
        return session.localCredentials();
    }

    @Override
    public List<IceCandidate> localCandidates() {
        return session.localCandidates();
    }

    @Override
    public void addHostAddress(InetSocketAddress base) {
        session.addHostAddress(base);
    }

    @Override
    public void startCandidatePool(long nowNanos) {
        now = nowNanos;
        session.startCandidatePool(nowNanos);
    }

    @Override
    public void setRole(io.jrtc.ice.IceRole role) {
        session.setRole(role);
    }

    @Override
    public void reconfigure(List<TurnServer> turnServers, List<InetSocketAddress> stunServers,
            io.jrtc.ice.IceTransportPolicy policy) {
        session.reconfigure(turnServers, stunServers, policy);
    }

    @Override
    public void startGathering(long nowNanos) {
        now = nowNanos;
        gathering = true;
        session.startGathering(nowNanos);
    }

    @Override
    public void setRemote(IceCredentials remote, boolean remoteLite) {
        session.setRemoteLite(remoteLite);
        session.setRemoteCredentials(remote);
    }

    @Override
    public boolean addRemoteCandidate(IceCandidate candidate) {
        return session.addRemoteCandidate(now, candidate);
    }

    @Override
    public boolean addRemoteCandidate(long nowNanos, IceCandidate candidate) {
        now = nowNanos;
        return session.addRemoteCandidate(nowNanos, candidate);
    }

    @Override
    public void endOfRemoteCandidates() {
        session.endOfRemoteCandidates();
    }

    @Override
    public void restart(long nowNanos) {
        now = nowNanos;
        session.restart(nowNanos);
    }

    @Override
    public boolean send(long nowNanos, byte[] payload) {
        now = nowNanos;
        return session.send(nowNanos, payload);
    }

    @Override
    public void handleInput(long nowNanos, IceDatagram datagram) {
        now = nowNanos;
        if (datagram.transport() == IceTransport.UDP) {
            session.handleUdpInput(nowNanos, datagram.local(), datagram.remote(), datagram.payload());
        }
    }

    @Override
    public void handleTimeout(long nowNanos) {
        now = nowNanos;
        session.handleTimeout(nowNanos);
    }

    @Override
    public IceDatagram pollTransmit() {
        drain();
        return udp.poll();
    }

    @Override
    public SessionTransmit pollStreamTransmit() {
        drain();
        return streams.poll();
    }

    private void drain() {
        for (SessionTransmit t = session.pollTransmit(); t != null; t = session.pollTransmit()) {
            if (t instanceof SessionTransmit.Udp u) {
                udp.add(IceDatagram.udp(u.local(), u.remote(), u.payload()));
            } else {
                streams.add(t);
            }
        }
    }

    @Override
    public long pollTimeout() {
        return session.pollTimeout();
    }

    @Override
    public IceEvent pollEvent() {
        if (gathering && !early.isEmpty()) {
            return early.poll();
        }
        return session.pollEvent();
    }

    @Override
    public IceConnectionState state() {
        return session.connectionState();
    }

    @Override
    public IceStats stats() {
        return session.stats().agent();
    }

    @Override
    public List<io.jrtc.ice.IcePairStats> pairStats() {
        return session.pairStats();
    }

    @Override
    public void handleStreamConnected(long nowNanos, int stream) {
        now = nowNanos;
        session.handleStreamConnected(nowNanos, stream);
    }

    @Override
    public void handleStreamInput(long nowNanos, int stream, byte[] buf, int off, int len) {
        now = nowNanos;
        session.handleStreamInput(nowNanos, stream, buf, off, len);
    }

    @Override
    public void handleStreamClosed(long nowNanos, int stream, String reason) {
        now = nowNanos;
        session.handleStreamClosed(nowNanos, stream, reason);
    }

    @Override
    public void handleMdnsInput(long nowNanos, InetSocketAddress source, byte[] buf, int off, int len) {
        now = nowNanos;
        session.handleMdnsInput(nowNanos, source, buf, off, len);
    }

    @Override
    public void close(long nowNanos) {
        now = nowNanos;
        session.close(nowNanos);
    }
}
