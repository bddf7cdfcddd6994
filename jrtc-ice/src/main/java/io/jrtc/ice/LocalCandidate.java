package io.jrtc.ice;

import java.net.InetSocketAddress;

/**
 * A local candidate with its base (RFC 8445 §5.1.1): host candidates are their own base, a
 * server-reflexive one's base is the host socket, a relayed one is its own base.
 */
record LocalCandidate(IceCandidate candidate, InetSocketAddress address, InetSocketAddress base) {
    IceCandidateType type() {
        return candidate.type();
    }

    /** Whether checks are sent from this candidate; srflx ones are replaced by their base (§6.1.2.4). */
    boolean pairable() {
        return candidate.type() != IceCandidateType.SRFLX && candidate.type() != IceCandidateType.PRFLX;
    }
}
