package io.jrtc.ice.session;

import io.jrtc.ice.IceAgent;
import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidatePair;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceGatheringState;
import io.jrtc.ice.IceRole;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ICE transport with everything around the agent: an {@link IceAgent}, a TURN client per
 * configured {@link TurnServer} (over UDP, TCP or TLS), and mDNS resolution of remote
 * {@code .local} candidates (and, optionally, mDNS names for our own host candidates). It is what
 * an RTCPeerConnection engine drives, under the same sans-IO contract as the agent: no threads,
 * sockets or clocks; time is an argument.
 *
 * <pre>{@code
 * IceSession s = new IceSession(IceSessionConfig.builder(iceConfig)
 *         .turnServer(TurnServer.of("turn:192.0.2.1?transport=tcp", "user", "pass")).build());
 * s.addHostAddress(boundUdpSocket);            // every UDP socket the runtime bound
 * s.startGathering(now);                       // or startCandidatePool(now) before any description
 * s.setRemoteCredentials(remote);              // from the remote description
 * s.addRemoteCandidate(now, candidate);        // trickled; .local names are resolved here
 * // loop: handleUdpInput / handleStreamInput / handleMdnsInput / handleTimeout, then drain
 * // pollTransmit (a SessionTransmit says which transport carries it) and pollEvent;
 * // sleep until pollTimeout
 * }</pre>
 *
 * <p><b>Transports.</b> {@link #pollTransmit()} returns a {@link SessionTransmit}: a UDP datagram
 * from one of the bound sockets, a request to open, write or close a TCP connection to a TURN
 * server (TLS runs inside the session), or an mDNS message. Input comes back through the
 * matching {@code handle...} method.
 *
 * <p><b>Relay.</b> Each TURN server is asked for one allocation when gathering starts (UDP from the
 * first bound socket of the server's address family). The relayed address becomes a relay
 * candidate; what the agent sends from it is relayed by that server's client, with a permission
 * for every remote candidate and a channel for the selected pair (RFC 8656 §9, §12). A server
 * that refuses (401 for wrong credentials, ...) or never answers produces an
 * {@link IceEvent.CandidateError}; gathering completes once every STUN and TURN server has
 * answered or failed. With {@code iceTransportPolicy} relay, only relay candidates are gathered.
 *
 * <p><b>mDNS.</b> Remote {@code .local} candidates are resolved with queries to 224.0.0.251:5353
 * (IPv4 only); end-of-candidates reaches the agent once they are resolved or dropped. The
 * runtime sends {@link SessionTransmit.Mdns} from, and feeds {@link #handleMdnsInput} with, a
 * socket on port 5353 that joined the group.
 *
 * <p><b>Events.</b> Everything the agent reports passes through {@link #pollEvent()}, with local
 * candidates as they are signaled (mDNS names in place of host addresses when obfuscation is on)
 * and the gathering state held at {@code gathering} until the TURN servers are done too.
 *
 * <p>Bad input never throws: it is dropped and counted in {@link #stats()}. Not thread-safe: drive
 * one session from one thread (or serial context) at a time.
 */
public final class IceSession {
    private final IceSessionConfig config;
    private final IceAgent agent;
    private final MdnsCandidates mdns;
    private final List<InetSocketAddress> hostBases = new ArrayList<>();
    private final Relays relays;
    private final ArrayDeque<SessionTransmit> out = new ArrayDeque<>();
    private final ArrayDeque<IceEvent> events = new ArrayDeque<>();
    private final ArrayDeque<IceEvent> held = new ArrayDeque<>();
    private IceGatheringState gatheringState = IceGatheringState.NEW;
    private boolean started;
    private boolean surfaced;
    private boolean agentGatheringComplete;
    /** End-of-candidates that waits for remote {@code .local} names still resolving. */
    private boolean remoteEndDeferred;
    private String remoteUfrag;
    /** TURN servers for the next restart (W3C setConfiguration), or null for no change. */
    private List<TurnServer> nextTurnServers;
    /** The latest time given, for calls that carry none (remote credentials, end of candidates). */
    private long now;

    /** A session with this configuration; nothing happens before gathering starts. */
    public IceSession(IceSessionConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.agent = new IceAgent(config.agent);
        this.mdns = new MdnsCandidates(config);
        this.relays = new Relays(config, agent, out, this::deliver);
    }

    // ---- local side

    /** Our current ufrag and password, for the local description. */
    public IceCredentials localCredentials() {
        return agent.localCredentials();
    }

    /** Our current role. */
    public IceRole role() {
        return agent.role();
    }

    /** Sets the role the first description decided (see {@link IceAgent#setRole}). */
    public void setRole(IceRole role) {
        agent.setRole(role);
    }

    /**
     * A UDP socket the runtime bound (see {@link io.jrtc.ice.HostInterfaces} and
     * {@link io.jrtc.ice.HostCandidatePolicy}): a host candidate, the source of STUN requests, and
     * the socket that reaches TURN servers over UDP. Add them before gathering starts.
     */
    public void addHostAddress(InetSocketAddress base) {
        if (!hostBases.contains(base)) {
            agent.addHostAddress(base);
            hostBases.add(base);
            pump(now);
        }
    }

    /**
     * Starts the W3C candidate pool: gathering and TURN allocations begin now, before any
     * description exists, but candidates are kept until {@link #startGathering}. Does nothing if
     * the configured pool size is 0 or gathering already started.
     */
    public void startCandidatePool(long nowNanos) {
        if (config.candidatePoolSize > 0 && !started) {
            begin(nowNanos);
        }
    }

    /**
     * Starts gathering (host, server-reflexive and relay candidates as events), or hands out the
     * candidates the pool gathered so far and continues from there. Later calls do nothing.
     */
    public void startGathering(long nowNanos) {
        if (!started) {
            surfaced = true;
            begin(nowNanos);
        } else if (!surfaced) {
            surfaced = true;
            events.addAll(held);
            held.clear();
        }
    }

    /** The gathering state: {@code complete} once the agent and every TURN server are done. */
    public IceGatheringState gatheringState() {
        return surfaced ? gatheringState : IceGatheringState.NEW;
    }

    private void begin(long now) {
        started = true;
        agent.startGathering(now);
        if (nextTurnServers != null) {
            relays.replace(now, nextTurnServers, hostBases); // reconfigured before gathering began
            nextTurnServers = null;
        } else {
            relays.start(now, hostBases);
        }
        pump(now);
    }

    // ---- remote side

    /** The peer's ufrag and password (new values mean the peer restarted ICE). */
    public void setRemoteCredentials(IceCredentials remote) {
        if (remoteUfrag != null && !remoteUfrag.equals(remote.ufrag())) {
            remoteEndDeferred = false; // a restarted peer signals its own end-of-candidates
        }
        remoteUfrag = remote.ufrag();
        agent.setRemoteCredentials(remote);
        pump(now);
    }

    /** Whether the peer is ICE-lite ({@code a=ice-lite}). */
    public void setRemoteLite(boolean lite) {
        agent.setRemoteLite(lite);
        pump(now);
    }

    /**
     * A remote candidate, at any time (trickle ICE). A {@code .local} name is resolved by mDNS
     * first and added when it answers (dropped and counted if it does not). Returns false for
     * candidates this session cannot use (TCP, other components, another generation's ufrag,
     * {@code .local} names with resolution off).
     */
    public boolean addRemoteCandidate(long nowNanos, IceCandidate candidate) {
        boolean ok;
        if (candidate.isMdns()) {
            ok = candidate.isUdp() && candidate.component() == 1 && mdns.resolve(nowNanos, candidate);
        } else {
            ok = addResolved(nowNanos, candidate);
        }
        pump(nowNanos);
        return ok;
    }

    private boolean addResolved(long now, IceCandidate c) {
        boolean ok = agent.addRemoteCandidate(c);
        if (ok) {
            relays.permit(now, c.socketAddress().orElseThrow());
        }
        return ok;
    }

    /**
     * The peer signaled end-of-candidates (RFC 8838 §4.4). While some of its {@code .local}
     * candidates are still resolving, the agent is told only once they are resolved or dropped,
     * so that it does not give up before checking them.
     */
    public void endOfRemoteCandidates() {
        if (mdns.waiting()) {
            remoteEndDeferred = true;
        } else {
            agent.endOfRemoteCandidates();
        }
        pump(now);
    }

    // ---- reconfiguration, restart, data, close

    /**
     * New ICE servers and candidate policy (W3C {@code setConfiguration}): the servers are used
     * from the next {@link #restart} on (the next gathering); the policy at once for what is
     * signaled and paired from now on (see {@link IceAgent#reconfigure}). At that restart, TURN
     * servers still listed keep their allocation, new ones are asked for one, and the others are
     * released once they carry no selected pair.
     *
     * @param turnServers the complete new TURN server list
     * @param stunServers the complete new STUN server list
     */
    public void reconfigure(List<TurnServer> turnServers, List<InetSocketAddress> stunServers,
            io.jrtc.ice.IceTransportPolicy policy) {
        agent.reconfigure(stunServers, policy);
        nextTurnServers = List.copyOf(turnServers);
    }

    /**
     * ICE restart (RFC 8445 §9) with fresh random credentials: candidates, relay ones included
     * (the allocations stay), are signaled again with the new ufrag.
     */
    public void restart(long nowNanos) {
        agentGatheringComplete = false;
        applyServers(nowNanos);
        agent.restart(nowNanos);
        pump(nowNanos);
    }

    /** ICE restart with these new local credentials. */
    public void restart(long nowNanos, IceCredentials fresh) {
        agentGatheringComplete = false;
        applyServers(nowNanos);
        agent.restart(nowNanos, fresh);
        pump(nowNanos);
    }

    private void applyServers(long nowNanos) {
        if (nextTurnServers != null && started) {
            for (InetSocketAddress relayed : relays.replace(nowNanos, nextTurnServers, hostBases)) {
                agent.forgetRelayCandidate(relayed);
            }
            nextTurnServers = null;
        }
    }

    /**
     * Sends application data on the selected pair, through its TURN server if the pair is relayed.
     * Returns false if there is no pair or consent was lost.
     */
    public boolean send(long nowNanos, byte[] payload) {
        boolean sent = agent.send(nowNanos, payload);
        pump(nowNanos);
        return sent;
    }

    /** Closes the agent and releases every allocation (streams close once the server confirms). */
    public void close(long nowNanos) {
        agent.close(nowNanos);
        relays.close(nowNanos);
        pump(nowNanos);
    }

    /** The connection state. */
    public IceConnectionState connectionState() {
        return agent.connectionState();
    }

    /** The selected pair, if any. */
    public Optional<IceCandidatePair> selectedPair() {
        return agent.selectedPair();
    }

    /**
     * The agent's per-pair counters and round-trip times ({@link IceAgent#pairStats()}); relayed
     * pairs show the relayed address as their local candidate.
     */
    public List<io.jrtc.ice.IcePairStats> pairStats() {
        return agent.pairStats();
    }

    /** The local candidates gathered so far, with their real addresses. */
    public List<IceCandidate> localCandidates() {
        return agent.localCandidates();
    }

    /** Counters. */
    public IceSessionStats stats() {
        return new IceSessionStats(agent.stats(), relays.droppedUnroutable, relays.sendFailures, relays.turnDropped(),
                mdns.resolved, mdns.unresolved, mdns.malformed());
    }

    // ---- the sans-IO contract: input

    /**
     * A UDP datagram arrived on the bound socket {@code local} from {@code remote}. From a UDP TURN
     * server it goes to that server's client (Binding messages excepted: the server may also be
     * a STUN server), everything else to the agent. Never throws for bad content.
     */
    public void handleUdpInput(long nowNanos, InetSocketAddress local, InetSocketAddress remote, byte[] payload) {
        if (!relays.handleUdp(nowNanos, local, remote, payload)) {
            agent.handleInput(nowNanos, IceDatagram.udp(local, remote, payload));
        }
        pump(nowNanos);
    }

    /** The stream the session asked for with {@link SessionTransmit.OpenStream} is connected. */
    public void handleStreamConnected(long nowNanos, int stream) {
        relays.streamConnected(nowNanos, stream);
        pump(nowNanos);
    }

    /** Bytes read from a stream, any chunking. Never throws for bad content. */
    public void handleStreamInput(long nowNanos, int stream, byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        relays.streamInput(nowNanos, stream, buf, off, len);
        pump(nowNanos);
    }

    /**
     * A stream could not be opened, or was closed or reset: its allocation is gone (before it
     * existed: a {@link IceEvent.CandidateError} with code 701).
     */
    public void handleStreamClosed(long nowNanos, int stream, String reason) {
        relays.streamClosed(nowNanos, stream, reason);
        pump(nowNanos);
    }

    /** An mDNS message received on port 5353 from {@code source}. Never throws for bad content. */
    public void handleMdnsInput(long nowNanos, InetSocketAddress source, byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        mdns.handleInput(nowNanos, source, buf, off, len);
        pump(nowNanos);
    }

    /** The time asked for has come: agent, TURN clients, connect timeouts, mDNS retries. */
    public void handleTimeout(long nowNanos) {
        if (agent.pollTimeout() <= nowNanos) {
            agent.handleTimeout(nowNanos);
        }
        relays.handleTimeout(nowNanos);
        mdns.handleTimeout(nowNanos);
        pump(nowNanos);
    }

    // ---- the sans-IO contract: output

    /** The next thing to send, or null. */
    public SessionTransmit pollTransmit() {
        return out.poll();
    }

    /** When to call {@link #handleTimeout} next, in the caller's nanoseconds; {@code Long.MAX_VALUE} for never. */
    public long pollTimeout() {
        return Math.min(agent.pollTimeout(), Math.min(mdns.pollTimeout(), relays.pollTimeout()));
    }

    /** The next event, or null. */
    public IceEvent pollEvent() {
        return events.poll();
    }

    // ---- routing between the parts

    // Moves events and datagrams between agent, TURN clients and mDNS until all are quiet: relayed
    // data fed to the agent can make it answer, which goes out through a TURN client, and so on.
    private void pump(long nowNanos) {
        now = Math.max(now, nowNanos);
        boolean busy = true;
        while (busy) {
            busy = false;
            for (IceCandidate c : mdns.takeResolved()) {
                busy = true;
                addResolved(now, c);
            }
            if (remoteEndDeferred && !mdns.waiting()) {
                remoteEndDeferred = false;
                agent.endOfRemoteCandidates();
            }
            for (IceEvent e = agent.pollEvent(); e != null; e = agent.pollEvent()) {
                busy = true;
                onAgentEvent(now, e);
            }
            for (IceDatagram d = agent.pollTransmit(); d != null; d = agent.pollTransmit()) {
                busy = true;
                route(now, d);
            }
            busy |= relays.pump(now);
            busy |= mdns.drainTransmits(out::add);
        }
        // Only when everything is quiet, so that the last candidates come before "complete".
        completeIfDone();
    }

    private void route(long now, IceDatagram d) {
        if (!relays.send(now, d)) {
            out.add(new SessionTransmit.Udp(d.local(), d.remote(), d.payload()));
        }
    }

    private void onAgentEvent(long now, IceEvent e) {
        switch (e) {
            case IceEvent.LocalCandidate c -> deliver(new IceEvent.LocalCandidate(mdns.mask(c.candidate())));
            case IceEvent.GatheringStateChanged g -> {
                if (g.state() == IceGatheringState.COMPLETE) {
                    agentGatheringComplete = true;
                } else if (g.state() != gatheringState) {
                    gatheringState = g.state();
                    deliver(g);
                }
            }
            case IceEvent.SelectedPairChanged p -> {
                relays.selected(now, p.pair());
                events.add(p);
            }
            case IceEvent.CandidateError err -> deliver(err);
            default -> events.add(e);
        }
    }

    private void completeIfDone() {
        if (!agentGatheringComplete || gatheringState == IceGatheringState.COMPLETE) {
            return;
        }
        if (!relays.gatheringDone()) {
            return;
        }
        gatheringState = IceGatheringState.COMPLETE;
        deliver(new IceEvent.GatheringStateChanged(IceGatheringState.COMPLETE));
    }

    // Candidate-pool events wait until startGathering hands them out.
    private void deliver(IceEvent e) {
        (surfaced ? events : held).add(e);
    }

    /** State and parts, for debugging (addresses included: log it at debug only). */
    @Override
    public String toString() {
        return "IceSession[" + agent + ", gathering=" + gatheringState + ", relays=" + relays.size() + "]";
    }
}
