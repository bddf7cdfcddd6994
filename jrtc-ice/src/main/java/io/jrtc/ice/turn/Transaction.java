package io.jrtc.ice.turn;

import io.jrtc.stun.StunMethod;
import io.jrtc.stun.TransactionId;
import java.net.InetSocketAddress;

/**
 * One outstanding request and its retransmission schedule (RFC 8489 §6.2.1): over UDP sent at
 * 0, RTO, 3 RTO, 7 RTO, ... (the interval doubling) Rc times, then failed Rm * RTO after the last
 * send (Rm = 16); over a stream sent once and failed after Ti = 39.5 s (§6.2.2).
 */
final class Transaction {
    /** Rm: how many RTOs to wait after the last transmission (RFC 8489 §6.2.1). */
    static final int RM = 16;
    /** Ti: the timeout over reliable transports (RFC 8489 §6.2.2). */
    static final long TI_NANOS = 39_500_000_000L;

    final TransactionId id;
    final StunMethod method;
    final InetSocketAddress peer;
    final int channel;
    final long lifetimeSeconds;
    final byte[] wire;
    final int staleNonceRetries;
    final boolean signed;
    private final boolean reliable;
    private final int maxTransmissions;
    private long interval;
    private int sent;
    private long nextAt;

    Transaction(Request request, byte[] wire, TransactionId id, boolean signed, boolean reliable, long rtoNanos,
            int maxTransmissions) {
        this.signed = signed;
        this.id = id;
        this.method = request.method();
        this.peer = request.peer();
        this.channel = request.channel();
        this.lifetimeSeconds = request.lifetimeSeconds();
        this.staleNonceRetries = request.staleNonceRetries();
        this.wire = wire;
        this.reliable = reliable;
        this.interval = rtoNanos;
        this.maxTransmissions = reliable ? 1 : maxTransmissions;
    }

    /** The request this transaction carries, to rebuild it after 438 with one more retry counted. */
    Request retry() {
        return new Request(method, peer, channel, lifetimeSeconds, staleNonceRetries + 1);
    }

    /** Records a transmission at {@code now}. */
    void sent(long now) {
        sent++;
        if (reliable) {
            nextAt = now + TI_NANOS;
        } else if (sent < maxTransmissions) {
            nextAt = now + interval;
            interval *= 2;
        } else {
            // After the last transmission wait Rm times the initial RTO: for the defaults 39.5 s in all.
            nextAt = now + interval / (1L << (sent - 1)) * RM;
        }
    }

    /** When the next retransmission or the timeout is due. */
    long nextAt() {
        return nextAt;
    }

    /** True if the request must be sent again at {@link #nextAt()}, false if it then times out. */
    boolean canRetransmit() {
        return sent < maxTransmissions;
    }

    /**
     * What to (re)send: the kind, peer and channel are enough to rebuild a request with fresh
     * nonce; {@code staleNonceRetries} bounds the 438 loop.
     */
    record Request(StunMethod method, InetSocketAddress peer, int channel, long lifetimeSeconds, int staleNonceRetries) {
        static Request of(StunMethod method, InetSocketAddress peer, int channel, long lifetimeSeconds) {
            return new Request(method, peer, channel, lifetimeSeconds, 0);
        }
    }
}
