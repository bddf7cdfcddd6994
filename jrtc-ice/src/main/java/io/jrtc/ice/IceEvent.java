package io.jrtc.ice;

/** What the agent tells its owner, polled with {@link IceAgent#pollEvent()}. */
public sealed interface IceEvent {
    /** A local candidate to signal to the peer (trickle ICE, RFC 8838). */
    record LocalCandidate(IceCandidate candidate) implements IceEvent {}

    /** The gathering state changed; {@code COMPLETE} means end-of-candidates. */
    record GatheringStateChanged(IceGatheringState state) implements IceEvent {}

    /** The connection state changed. */
    record ConnectionStateChanged(IceConnectionState state) implements IceEvent {}

    /** The pair that carries {@link IceAgent#send} traffic changed. */
    record SelectedPairChanged(IceCandidatePair pair) implements IceEvent {}

    /** A role conflict switched our role (RFC 8445 §7.3.1.1). */
    record RoleChanged(IceRole role) implements IceEvent {}

    /** A non-STUN datagram arrived from a peer address that passed a check. */
    record DataReceived(IceDatagram datagram) implements IceEvent {}

    /**
     * A STUN or TURN server gave no candidate, with the fields of the W3C
     * {@code RTCPeerConnectionIceErrorEvent}: code 701 when the server could not be reached or
     * never answered, else its STUN error code (401 for wrong TURN credentials, ...).
     *
     * @param address the local IP address the server was asked from, or null when it is not
     *     known (a TCP or TLS connection the runtime opened) or must not be exposed
     * @param port the local port, or 0 when {@code address} is null
     * @param url the server's URL as configured, e.g. {@code stun:192.0.2.1:3478} or
     *     {@code turn:turn.example.org?transport=tcp}
     * @param errorCode the STUN error code, or 701
     * @param errorText the server's reason phrase or what went wrong
     */
    record CandidateError(String address, int port, String url, int errorCode, String errorText)
            implements IceEvent {}
}
