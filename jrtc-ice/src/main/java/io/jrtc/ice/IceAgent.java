package io.jrtc.ice;

import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.Username;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sans-IO ICE agent (RFC 8445) for one data stream with one component (rtcp-mux): full or lite,
 * controlling or controlled, with trickle ICE (RFC 8838), consent freshness (RFC 7675) and ICE
 * restart. No threads, sockets or clocks: the caller feeds datagrams and time and polls out
 * datagrams, wake-up times and events (see DESIGN.md, "The sans-IO contract").
 *
 * <pre>{@code
 * IceAgent agent = new IceAgent(IceConfig.builder().role(IceRole.CONTROLLING)
 *         .stunServer(stunAddress).build());
 * agent.addHostAddress(boundSocketAddress);          // every socket the runtime opened
 * agent.startGathering(now);                         // host + srflx candidates as events
 * agent.setRemoteCredentials(remoteUfragAndPwd);     // from the remote description
 * agent.addRemoteCandidate(IceCandidate.parse(line)); // trickled, any time
 * // loop: handleInput / handleTimeout, then drain pollTransmit, pollEvent; sleep until pollTimeout
 * }</pre>
 *
 * <p><b>Relayed candidates.</b> The agent knows nothing of TURN (nor of mDNS):
 * {@link io.jrtc.ice.session.IceSession} does the following for it, and is what a runtime should
 * drive. A TURN client allocates, then
 * calls {@link #addRelayCandidate}: the relayed address becomes a local candidate whose base is
 * itself. Datagrams the agent emits with that relayed address as {@link IceDatagram#local()} must
 * be sent by the TURN client (Send indication or ChannelData), and what the TURN client receives
 * for it is fed back with the relayed address as local and the peer as remote.
 *
 * <p><b>Single-port mode.</b> {@link #localUfrag(byte[])} reads the ufrag a check is addressed to,
 * so a demultiplexer can find the agent by {@link #localCredentials()}; later datagrams are
 * routed by remote address.
 *
 * <p>Bad input never throws: malformed STUN is dropped and counted in {@link #stats()}. Not
 * thread-safe: drive one agent from one thread at a time.
 */
public final class IceAgent {
    private static final Logger LOG = LoggerFactory.getLogger(IceAgent.class);

    private final AgentContext ctx;
    private final Transactions transactions;
    private final Selection selection;
    private final Checks checks;
    private final Requests requests;
    private final Gatherer gatherer;
    private final AgentState state;

    /** An agent with this configuration. */
    public IceAgent(IceConfig config) {
        this.ctx = new AgentContext(config);
        this.transactions = new Transactions(ctx);
        this.selection = new Selection(ctx);
        this.checks = new Checks(ctx, transactions, selection);
        this.selection.wire(transactions, checks::resortAfterRoleChange);
        this.requests = new Requests(ctx, checks, selection);
        this.gatherer = new Gatherer(ctx, transactions, checks);
        this.state = new AgentState(ctx, selection, gatherer);
    }

    // ---- local side

    /** Our current ufrag and password, for the local description. */
    public IceCredentials localCredentials() {
        return ctx.local.ice;
    }

    /** Our current role. */
    public IceRole role() {
        return ctx.role;
    }

    /**
     * Sets the role once the first description decides it (RFC 8445 section 6.1.1: the offerer
     * controls), for an agent made before that (the W3C candidate pool gathers before any offer).
     * Does nothing if the role is already this one.
     */
    public void setRole(IceRole role) {
        if (ctx.role != java.util.Objects.requireNonNull(role, "role")) {
            selection.switchRole(role);
        }
    }

    /**
     * A socket the runtime bound (see {@link HostCandidatePolicy} for which): it becomes a host
     * candidate, and its server-reflexive address is asked of each STUN server.
     */
    public void addHostAddress(InetSocketAddress base) {
        requireIp(base);
        gatherer.addHost(ctx.now, base);
        state.update(ctx.now);
    }

    /**
     * A relayed candidate allocated by a TURN client (see the class comment).
     *
     * @param relayed the XOR-RELAYED-ADDRESS
     * @param mapped the XOR-MAPPED-ADDRESS from the Allocate response, signaled as raddr/rport
     * @param server the TURN server, which determines the foundation
     */
    public void addRelayCandidate(InetSocketAddress relayed, InetSocketAddress mapped, InetSocketAddress server) {
        addRelay(relayed, mapped, server, -1);
    }

    /**
     * A relayed candidate with its local preference (RFC 8445 §5.1.2.1), e.g. lower for relays
     * reached over TCP or TLS than over UDP, so that a UDP relay wins when both work.
     *
     * @param localPreference 0-65535
     */
    public void addRelayCandidate(InetSocketAddress relayed, InetSocketAddress mapped, InetSocketAddress server,
            int localPreference) {
        if (localPreference < 0 || localPreference > 65535) {
            throw new IllegalArgumentException("local preference must be 0-65535: " + localPreference);
        }
        addRelay(relayed, mapped, server, localPreference);
    }

    private void addRelay(InetSocketAddress relayed, InetSocketAddress mapped, InetSocketAddress server, int preference) {
        requireIp(relayed);
        requireIp(mapped);
        gatherer.addRelay(ctx.now, relayed, mapped, server, preference);
        state.update(ctx.now);
    }

    /** Starts gathering: host candidates at once, server-reflexive ones as STUN servers answer. */
    public void startGathering(long nowNanos) {
        ctx.now = nowNanos;
        gatherer.start(nowNanos);
        state.update(nowNanos);
    }

    /** The gathering state. */
    public IceGatheringState gatheringState() {
        return gatherer.state;
    }

    // ---- remote side

    /**
     * The peer's ufrag and password from its description. New values after earlier ones mean
     * the peer restarted ICE: its old candidates are forgotten (the selected pair stays in use
     * until a new one is selected).
     */
    public void setRemoteCredentials(IceCredentials remote) {
        if (ctx.remote != null && !ctx.remote.ufrag().equals(remote.ufrag())) {
            ctx.remotes.clear();
            checks.reset();
            ctx.remoteEndOfCandidates = false;
        }
        ctx.remote = new Credentials(remote);
        checks.remoteCredentialsKnown(ctx.remote);
        state.update(ctx.now);
    }

    /** Whether the peer is ICE-lite ({@code a=ice-lite}); a full agent facing one controls (RFC 8445 §6.1.1). */
    public void setRemoteLite(boolean lite) {
        ctx.remoteLite = lite;
        if (lite && !ctx.config.lite && ctx.role != IceRole.CONTROLLING) {
            selection.switchRole(IceRole.CONTROLLING);
        }
    }

    /**
     * A remote candidate, at any time (trickle ICE, RFC 8838), also before the credentials.
     * Returns false for candidates this agent cannot use: TCP, components other than 1, mDNS
     * names (resolve them first and pass the resolved candidate), or another generation's ufrag.
     */
    public boolean addRemoteCandidate(IceCandidate candidate) {
        Optional<InetSocketAddress> address = candidate.socketAddress();
        if (ctx.closed || !candidate.isUdp() || candidate.component() != 1 || address.isEmpty()
                || address.get().getPort() == 0) {
            return false;
        }
        if (candidate.ufrag().isPresent() && ctx.remote != null && !candidate.ufrag().get().equals(ctx.remote.ufrag())) {
            return false;
        }
        if (ctx.remoteByAddress(address.get()) != null) {
            return true;
        }
        RemoteCandidate r = new RemoteCandidate(candidate, address.get());
        ctx.remotes.add(r);
        checks.pairRemote(r);
        state.update(ctx.now);
        return true;
    }

    /** The peer signaled end-of-candidates (RFC 8838 §4.4). */
    public void endOfRemoteCandidates() {
        ctx.remoteEndOfCandidates = true;
        state.update(ctx.now);
    }

    /**
     * New STUN servers and candidate policy (W3C "set a configuration"; the policy is RFC 9429
     * §3.5.3's). The servers are asked at the next gathering, that is the next {@link #restart}.
     * The policy applies to what is gathered, signaled and paired from now on: under "relay" no
     * host or server-reflexive candidate is signaled or paired with a remote candidate any more
     * (pairs made before stay until the restart); host candidates come back at the restart after
     * a change to "all".
     */
    public void reconfigure(List<InetSocketAddress> stunServers, IceTransportPolicy policy) {
        ctx.stunServers = List.copyOf(stunServers);
        ctx.transportPolicy = java.util.Objects.requireNonNull(policy, "policy");
    }

    /**
     * Forgets a relayed candidate whose TURN server was removed from the configuration: the next
     * {@link #restart} does not signal it again. Until then its pairs keep working.
     */
    public void forgetRelayCandidate(InetSocketAddress relayed) {
        gatherer.forgetRelay(relayed);
    }

    // ---- restart, data, close

    /** ICE restart (RFC 8445 §9) with fresh random credentials. */
    public void restart(long nowNanos) {
        restart(nowNanos, IceCredentials.random(ctx.config.random));
    }

    /**
     * ICE restart with these new local credentials: a new check list and new candidates (as
     * events); the selected pair keeps carrying traffic until a new pair is selected.
     */
    public void restart(long nowNanos, IceCredentials fresh) {
        ctx.now = nowNanos;
        ctx.previousLocal = ctx.local;
        ctx.local = new Credentials(fresh);
        ctx.generation++;
        ctx.remote = null;
        ctx.remotes.clear();
        ctx.remoteEndOfCandidates = false;
        checks.reset();
        gatherer.restart(nowNanos);
        state.update(nowNanos);
    }

    /**
     * Sends application data on the selected pair (before nomination: on the best valid pair).
     * Returns false if there is none or consent was lost (RFC 7675 §5.1: then only checks go out).
     */
    public boolean send(long nowNanos, byte[] payload) {
        ctx.now = Math.max(ctx.now, nowNanos);
        CandidatePair p = ctx.selected != null ? ctx.selected : ctx.bestValid();
        if (p == null || ctx.closed || (p == ctx.selected && selection.consentLost)) {
            return false;
        }
        ctx.send(p.local.base(), p.remote.address(), payload);
        ctx.dataSent++;
        p.counters.dataSent(nowNanos, payload.length);
        if (p == ctx.selected) {
            selection.lastSentAt = nowNanos;
        }
        return true;
    }

    /** Closes the agent: state {@code closed}, nothing more is sent. */
    public void close(long nowNanos) {
        ctx.now = nowNanos;
        ctx.closed = true;
        ctx.transactions.clear();
        ctx.out.clear();
        state.update(nowNanos);
    }

    /** The connection state. */
    public IceConnectionState connectionState() {
        return state.current;
    }

    /** The selected pair, if any. */
    public Optional<IceCandidatePair> selectedPair() {
        CandidatePair p = ctx.selected;
        return p == null ? Optional.empty() : Optional.of(new IceCandidatePair(p.local.candidate(), p.remote.candidate()));
    }

    /** The local candidates gathered so far (peer-reflexive ones included). */
    public List<IceCandidate> localCandidates() {
        return ctx.locals.stream().map(LocalCandidate::candidate).toList();
    }

    /** Counters. */
    public IceStats stats() {
        return ctx.stats();
    }

    /**
     * A snapshot of every pair's counters and round-trip times, for {@code getStats()}: the check
     * list in priority order, then the selected pair if an ICE restart took it out of the list.
     * Allocates only here; the agent counts in place.
     */
    public List<IcePairStats> pairStats() {
        List<IcePairStats> out = new java.util.ArrayList<>(ctx.pairs.size() + 1);
        for (CandidatePair p : ctx.pairs) {
            out.add(IcePairStats.of(p, p == ctx.selected));
        }
        if (ctx.selected != null && !ctx.pairs.contains(ctx.selected)) {
            out.add(IcePairStats.of(ctx.selected, true));
        }
        return out;
    }

    // ---- the sans-IO contract

    /** A datagram arrived on one of our candidates' bases. Never throws for bad content. */
    public void handleInput(long nowNanos, IceDatagram d) {
        ctx.now = nowNanos;
        if (ctx.closed) {
            return;
        }
        byte[] b = d.payload();
        if (b.length > 0 && (b[0] & 0xFF) <= 3) { // RFC 7983 §7: only 0-3 is STUN; 20-63 is DTLS
            onStun(nowNanos, d, b);
        } else {
            onData(d);
        }
        state.update(nowNanos);
    }

    private void onStun(long now, IceDatagram d, byte[] b) {
        StunMessage m;
        if (!StunMessage.isStun(b, 0, b.length)) {
            LOG.debug("dropping a non-STUN datagram with a STUN first byte from {}", d.remote());
            ctx.droppedMalformed++;
            return;
        }
        try {
            m = StunMessage.decode(b, 0, b.length);
        } catch (RuntimeException e) {
            LOG.debug("dropping malformed STUN from {}: {}", d.remote(), e.getMessage());
            ctx.droppedMalformed++;
            return;
        }
        if (!m.method().equals(StunMethod.BINDING)) {
            ctx.droppedUnknown++;
            return;
        }
        switch (m.messageClass()) {
            case REQUEST -> requests.onRequest(now, d, m);
            case INDICATION -> { } // a keepalive (RFC 8445 §11): nothing to do
            case SUCCESS_RESPONSE, ERROR_RESPONSE -> onResponse(now, d, m);
        }
    }

    private void onResponse(long now, IceDatagram d, StunMessage m) {
        Transaction tx = ctx.transactions.get(m.transactionId());
        if (tx == null) {
            ctx.droppedUnknown++;
            return;
        }
        if (tx.responseKey != null && (!m.checkIntegrity(tx.responseKey) || (m.hasFingerprint() && !m.checkFingerprint()))) {
            ctx.droppedBadIntegrity++; // a forgery must not end the transaction
            return;
        }
        ctx.transactions.remove(tx.id);
        if (tx.pair != null) {
            countResponse(now, d, m, tx);
        }
        switch (tx.kind) {
            case GATHER -> gatherer.onResponse(d, m, tx);
            case CONSENT -> {
                ctx.responsesReceived++;
                if (m.messageClass() == StunClass.SUCCESS_RESPONSE && tx.pair == ctx.selected) {
                    selection.consentRefreshed(now);
                }
            }
            case CHECK -> {
                ctx.responsesReceived++;
                checks.onResponse(now, d, m, tx);
            }
        }
    }

    /**
     * An authenticated response to a check or consent check: counted on its pair, and timed if
     * it is a success that came back on the pair to a request sent only once (see
     * {@link PairCounters} for why retransmitted ones are not timed).
     */
    private static void countResponse(long now, IceDatagram d, StunMessage m, Transaction tx) {
        PairCounters c = tx.pair.counters;
        c.responsesReceived++;
        if (m.messageClass() == StunClass.SUCCESS_RESPONSE && tx.transmits == 1 && d.remote().equals(tx.remote)
                && d.local().equals(tx.local)) {
            c.roundTrip(now - tx.lastSentAt);
        }
    }

    private void onData(IceDatagram d) {
        CandidatePair p = ctx.pairOrSelected(d.local(), d.remote());
        if (p == null || !(p.checkReceived || p.state == CandidatePair.State.SUCCEEDED || p == ctx.selected)) {
            ctx.droppedUnknown++;
            return;
        }
        ctx.dataReceived++;
        p.counters.dataReceived(ctx.now, d.payload().length);
        ctx.emit(new IceEvent.DataReceived(d));
    }

    /** The time asked for has come: retransmissions, paced checks, consent, keepalives. */
    public void handleTimeout(long nowNanos) {
        ctx.now = nowNanos;
        if (ctx.closed) {
            return;
        }
        for (Transaction tx : transactions.onTimeout(nowNanos)) {
            switch (tx.kind) {
                case GATHER -> gatherer.onFailure(tx);
                case CHECK -> checks.onFailure(tx);
                case CONSENT -> { } // RFC 7675: only the 30 s without any response counts
            }
        }
        checks.onTimeout(nowNanos);
        selection.onTimeout(nowNanos);
        state.update(nowNanos);
    }

    /** The next datagram to send, or null. */
    public IceDatagram pollTransmit() {
        return ctx.out.poll();
    }

    /** When to call {@link #handleTimeout} next, in the caller's nanoseconds; {@code Long.MAX_VALUE} for never. */
    public long pollTimeout() {
        if (ctx.closed) {
            return Long.MAX_VALUE;
        }
        return Math.min(transactions.nextTimeout(), Math.min(checks.nextTimeout(), selection.nextTimeout()));
    }

    /** The next event, or null. */
    public IceEvent pollEvent() {
        return ctx.events.poll();
    }

    // ---- single-port demultiplexing

    /**
     * The local ufrag a Binding request is addressed to (the part of USERNAME before the colon,
     * RFC 8445 §7.2.2), or null if the bytes are not such a request. Never throws.
     */
    public static String localUfrag(byte[] datagram) {
        if (datagram.length == 0 || !StunMessage.isStun(datagram, 0, datagram.length)) {
            return null;
        }
        try {
            StunMessage m = StunMessage.decode(datagram);
            if (!m.method().equals(StunMethod.BINDING) || m.messageClass() != StunClass.REQUEST) {
                return null;
            }
            String u = m.get(Username.class).map(Username::value).orElse(null);
            int colon = u == null ? -1 : u.indexOf(':');
            return colon < 0 ? null : u.substring(0, colon);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** State, role and the check list, for debugging (addresses included: log it at debug only). */
    @Override
    public String toString() {
        return "IceAgent[" + ctx.local.ufrag() + " " + state.current + " " + ctx.role + ", pairs=" + ctx.pairs
                + ", selected=" + ctx.selected + ", triggered=" + ctx.triggered.size() + ", transactions="
                + ctx.transactions.size() + "]";
    }

    private static void requireIp(InetSocketAddress a) {
        if (a.isUnresolved()) {
            throw new IllegalArgumentException("an IP address is required, not " + a);
        }
    }
}
