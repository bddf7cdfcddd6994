package io.jrtc.ice;

/**
 * A local and a remote candidate that traffic flows between.
 *
 * @param local our candidate
 * @param remote the peer's candidate
 */
public record IceCandidatePair(IceCandidate local, IceCandidate remote) {}
