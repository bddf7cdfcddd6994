package io.jrtc.ice;

import io.jrtc.stun.TransactionId;
import java.net.InetSocketAddress;

/** An outstanding STUN request of ours: a check, a consent check, or a gathering request. */
final class Transaction {
    enum Kind { CHECK, CONSENT, GATHER }

    final TransactionId id;
    final Kind kind;
    final byte[] payload;
    final InetSocketAddress local;
    final InetSocketAddress remote;
    final CandidatePair pair;
    final LocalCandidate gatherBase;
    final boolean nominate;
    /** The key the response's MESSAGE-INTEGRITY must verify with; null for a STUN server. */
    final byte[] responseKey;
    final int maxTransmits;
    /** Our role when the request was sent: a 487 only switches it if it is still that (RFC 8445 §7.2.5.1). */
    IceRole role;
    int transmits;
    long rto;
    long nextAt;
    /** When the latest transmission went out: a response to a single one times the round trip. */
    long lastSentAt;

    Transaction(TransactionId id, Kind kind, byte[] payload, InetSocketAddress local, InetSocketAddress remote,
            CandidatePair pair, LocalCandidate gatherBase, boolean nominate, byte[] responseKey, int maxTransmits) {
        this.id = id;
        this.kind = kind;
        this.payload = payload;
        this.local = local;
        this.remote = remote;
        this.pair = pair;
        this.gatherBase = gatherBase;
        this.nominate = nominate;
        this.responseKey = responseKey;
        this.maxTransmits = maxTransmits;
    }
}
