package io.jrtc.webrtc;

import java.util.Objects;

/**
 * W3C {@code RTCIceCandidatePair}: the local and remote candidate ICE selected.
 *
 * @param local our candidate
 * @param remote the peer's candidate (peer-reflexive if it was learned from a check)
 */
public record RTCIceCandidatePair(RTCIceCandidate local, RTCIceCandidate remote) {
    /** Checks the values. */
    public RTCIceCandidatePair {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
    }
}
