package io.jrtc.ice;

import java.net.InetSocketAddress;

/** A remote candidate with its resolved address. */
record RemoteCandidate(IceCandidate candidate, InetSocketAddress address) {
    long priority() {
        return candidate.priority();
    }
}
