package io.jrtc.ice.turn;

import io.jrtc.ice.turn.Transaction.Request;
import io.jrtc.stun.ChannelData;
import io.jrtc.stun.Data;
import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.XorPeerAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sans-IO TURN client (RFC 8656): one allocation on one server, over UDP, TCP or TLS.
 *
 * <p>Drive it like every jrtc core: feed what the server sent with {@link #handleInput}, call
 * {@link #handleTimeout} at {@link #pollTimeout()}, send what {@link #pollTransmit()} returns to
 * the server (a datagram over UDP, a chunk of the stream over TCP and TLS), and read
 * {@link #pollEvent()}. Time is always an argument; the client never reads a clock or a socket.
 *
 * <pre>{@code
 * TurnClient c = new TurnClient(TurnClientConfig.builder(server, "user", "pass").build());
 * c.allocate(now);                      // Allocate, answering the 401 challenge
 * c.createPermission(now, peer);        // then c.send(now, peer, bytes)
 * c.bindChannel(now, peer);             // data to peer now goes as ChannelData
 * c.release(now);                       // Refresh with LIFETIME 0
 * }</pre>
 *
 * <p>Refreshes of the allocation, permissions (every 4 minutes) and channels (every 9 minutes)
 * happen by themselves. Every request ends in an event: success, or {@link TurnEvent.Failed}
 * with the server's error code or {@link TurnEvent.Failed#NO_RESPONSE}; nothing hangs.
 * Malformed or unexpected input is dropped and counted in {@link #stats()}. Not thread-safe.
 */
public final class TurnClient {
    /** Where the allocation stands. */
    public enum State { NEW, ALLOCATING, ALLOCATED, RELEASING, RELEASED, FAILED }

    private static final int MAX_STALE_NONCE_RETRIES = 3;

    private final TurnClientConfig config;
    private final ServerLink link;
    private final LongTermAuth auth;
    private final Map<io.jrtc.stun.TransactionId, Transaction> transactions = new HashMap<>();
    private final PeerBindings peers = new PeerBindings();
    private final ArrayDeque<TurnEvent> events = new ArrayDeque<>();
    private final List<byte[]> inbox = new ArrayList<>();
    private final Allocation allocation = new Allocation();
    private State state = State.NEW;
    private long malformed;
    private long unexpected;
    private long unauthentic;

    /** A client for this server and credentials; nothing is sent before {@link #allocate}. */
    public TurnClient(TurnClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.link = ServerLink.of(config);
        this.auth = new LongTermAuth(config.username(), config.password());
    }

    // ---- commands

    /**
     * Sends the Allocate request (RFC 8656 §7.1); the 401 challenge is answered by itself.
     *
     * @throws IllegalStateException if called twice
     */
    public void allocate(long now) {
        if (state != State.NEW) {
            throw new IllegalStateException("allocate() was already called; the client is " + state);
        }
        state = State.ALLOCATING;
        link.start();
        start(now, Request.of(StunMethod.ALLOCATE, null, 0, config.lifetime().toSeconds()));
    }

    /**
     * Asks for a permission for the peer's IP (RFC 8656 §9), kept fresh until {@link #release}.
     * Before the allocation exists the request waits for it. Does nothing if already requested.
     */
    public void createPermission(long now, InetSocketAddress peer) {
        requireUsable();
        requireIp(peer);
        peers.permission(peer.getAddress(), now);
        if (state == State.ALLOCATED) {
            drivePeers(now);
        }
    }

    /**
     * Binds a channel to the peer (RFC 8656 §12), which also installs a permission for its IP.
     *
     * @return the channel number, or -1 if all 4096 channels are in use
     */
    public int bindChannel(long now, InetSocketAddress peer) {
        requireUsable();
        requireIp(peer);
        PeerBindings.Channel c = peers.channel(peer, now);
        if (c == null) {
            return -1;
        }
        peers.permission(peer.getAddress(), now);
        if (state == State.ALLOCATED) {
            drivePeers(now);
        }
        return c.number;
    }

    /**
     * Relays a datagram to the peer: as ChannelData on a bound channel, else in a Send indication
     * (RFC 8656 §11). A permission is requested if there is none; until the server installs it,
     * it drops the data, as UDP may.
     *
     * @return false (and nothing is sent) unless the allocation exists
     */
    public boolean send(long now, InetSocketAddress peer, byte[] data) {
        requireIp(peer);
        if (state != State.ALLOCATED) {
            return false;
        }
        if (peers.findPermission(peer.getAddress()) == null) {
            createPermission(now, peer);
        }
        PeerBindings.Channel c = peers.channelOf(peer);
        if (c != null && c.bound) {
            link.send(ChannelData.of(c.number, data).encode(link.reliable()));
        } else {
            // §11.1: Send indications carry no integrity; the server authorises them by permission.
            link.send(StunMessage.builder(StunMethod.SEND, StunClass.INDICATION)
                    .add(new XorPeerAddress(peer)).add(Data.of(data)).build().encode());
        }
        return true;
    }

    /**
     * Refreshes the allocation now rather than when it is due (RFC 8656 §8), e.g. after a network
     * change; does nothing unless allocated or while a Refresh is in flight.
     */
    public void refresh(long now) {
        if (state == State.ALLOCATED && !allocation.refreshing) {
            allocation.refreshing = true;
            start(now, Request.of(StunMethod.REFRESH, null, 0, config.lifetime().toSeconds()));
        }
    }

    /** Deletes the allocation with a Refresh of LIFETIME 0 (RFC 8656 §8); ends in {@link TurnEvent.Released}. */
    public void release(long now) {
        if (state == State.ALLOCATED) {
            state = State.RELEASING;
            transactions.clear();
            peers.clear();
            start(now, Request.of(StunMethod.REFRESH, null, 0, 0));
        } else if (state == State.NEW || state == State.ALLOCATING) {
            transactions.clear();
            state = State.RELEASED;
            events.add(new TurnEvent.Released(false));
        }
    }

    // ---- sans-IO driving

    /** Bytes from the server: one datagram over UDP, any chunk of the stream over TCP and TLS. */
    public void handleInput(long now, byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (isDone()) {
            return;
        }
        inbox.clear();
        link.receive(buf, off, len, inbox);
        for (byte[] message : inbox) {
            if (!isDone()) {
                Inbound.handle(this, now, message);
            }
        }
        checkLink();
    }

    /**
     * The runtime lost the connection to the server (TCP or TLS closed or reset, or a socket
     * error): the allocation is unusable, which ends in a {@link TurnEvent.Failed} with
     * {@link TurnEvent.Failed#TRANSPORT_ERROR}. Nothing happens if the client is already done.
     */
    public void connectionLost(long now, String why) {
        transportFailed("the connection to the TURN server was lost: " + why);
    }

    /** Retransmits, times out and refreshes whatever is due at {@code now}. */
    public void handleTimeout(long now) {
        for (Transaction t : new ArrayList<>(transactions.values())) {
            if (t.nextAt() <= now && transactions.containsKey(t.id)) {
                if (t.canRetransmit()) {
                    transmit(now, t);
                } else {
                    transactions.remove(t.id);
                    fail(now, t, TurnEvent.Failed.NO_RESPONSE, "no response from the TURN server");
                }
            }
        }
        if (state == State.ALLOCATED && allocation.expired(now)) {
            // RFC 8656 §8: the server deletes an allocation whose lifetime ran out.
            setState(State.FAILED);
            events.add(new TurnEvent.Failed(StunMethod.REFRESH, null, TurnEvent.Failed.NO_RESPONSE,
                    "the allocation expired before a Refresh succeeded", true));
        }
        if (state == State.ALLOCATED) {
            if (allocation.refreshDue(now)) {
                refresh(now);
            }
            drivePeers(now);
        }
    }

    /** The next datagram or stream chunk to send to the server, or null. */
    public byte[] pollTransmit() {
        return link.poll();
    }

    /** When {@link #handleTimeout} is next wanted, or {@link Long#MAX_VALUE}. */
    public long pollTimeout() {
        long t = Long.MAX_VALUE;
        for (Transaction tx : transactions.values()) {
            t = Math.min(t, tx.nextAt());
        }
        if (state == State.ALLOCATED) {
            t = Math.min(t, Math.min(allocation.nextRefresh(), peers.nextDue()));
        }
        return t;
    }

    /** The next event, or null. */
    public TurnEvent pollEvent() {
        return events.poll();
    }

    // ---- queries

    /** Where the allocation stands. */
    public State state() {
        return state;
    }

    /** The relayed address, once allocated. */
    public InetSocketAddress relayedAddress() {
        return allocation.relayed;
    }

    /** The server-reflexive address the server reported, once allocated (may be null). */
    public InetSocketAddress mappedAddress() {
        return allocation.mapped;
    }

    /** The server this client talks to. */
    public TurnClientConfig config() {
        return config;
    }

    /** What was dropped so far. */
    public TurnStats stats() {
        return new TurnStats(malformed, unexpected, unauthentic);
    }

    // ---- internals

    private boolean isDone() {
        return state == State.RELEASED || state == State.FAILED || state == State.NEW;
    }

    private static void requireIp(InetSocketAddress peer) {
        if (peer.isUnresolved()) {
            throw new IllegalArgumentException("peer addresses must be IP addresses, not names: " + peer);
        }
    }

    private void requireUsable() {
        if (state != State.ALLOCATING && state != State.ALLOCATED) {
            throw new IllegalStateException("no allocation to use: the client is " + state);
        }
    }

    private void start(long now, Request request) {
        StunMessage m = RequestFactory.build(request, auth, config.ipv6Relay());
        Transaction t = new Transaction(request, m.encode(), m.transactionId(), auth.ready(), link.reliable(),
                config.initialRto().toNanos(), config.maxTransmissions());
        transactions.put(t.id, t);
        transmit(now, t);
    }

    private void transmit(long now, Transaction t) {
        link.send(t.wire);
        t.sent(now);
    }

    private void checkLink() {
        transportFailed(link.failure());
    }

    private void transportFailed(String failure) {
        if (failure != null && !isDone()) {
            transactions.clear();
            peers.clear();
            state = State.FAILED;
            events.add(new TurnEvent.Failed(null, null, TurnEvent.Failed.TRANSPORT_ERROR, failure, true));
        }
    }

    // Sends every CreatePermission and ChannelBind that is due (new ones are due at once).
    private void drivePeers(long now) {
        for (PeerBindings.Permission p : peers.permissions()) {
            if (!p.inFlight && p.dueAt <= now) {
                p.inFlight = true;
                start(now, Request.of(StunMethod.CREATE_PERMISSION, new InetSocketAddress(p.ip, 0), 0, 0));
            }
        }
        for (PeerBindings.Channel c : peers.channels()) {
            if (!c.inFlight && c.dueAt <= now) {
                c.inFlight = true;
                start(now, Request.of(StunMethod.CHANNEL_BIND, c.peer, c.number, 0));
            }
        }
    }

    private void fail(long now, Transaction t, int code, String reason) {
        ResponseHandler.failed(this, now, t, code, reason);
    }

    // ---- for ResponseHandler and Inbound (same package)

    Transaction transaction(io.jrtc.stun.TransactionId id) {
        return transactions.get(id);
    }

    void completed(Transaction t) {
        transactions.remove(t.id);
    }

    void countDropped(boolean isMalformed, boolean isUnauthentic) {
        if (isUnauthentic) {
            unauthentic++;
        } else if (isMalformed) {
            malformed++;
        } else {
            unexpected++;
        }
    }

    PeerBindings peers() {
        return peers;
    }

    Allocation allocation() {
        return allocation;
    }

    LongTermAuth auth() {
        return auth;
    }

    void setState(State newState) {
        state = newState;
        if (newState == State.FAILED || newState == State.RELEASED) {
            transactions.clear();
            peers.clear();
        }
    }

    void emit(TurnEvent e) {
        events.add(e);
    }

    void restart(long now, Request r) {
        start(now, r);
    }

    void afterAllocated(long now) {
        drivePeers(now);
    }

    static int maxStaleNonceRetries() {
        return MAX_STALE_NONCE_RETRIES;
    }
}
