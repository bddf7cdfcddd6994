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
     * A STUN server did not give a server-reflexive candidate, like the W3C
     * {@code icecandidateerror}: code 701 when it never answered, else its STUN error code.
     */
    record CandidateError(String server, int errorCode, String errorText) implements IceEvent {}
}
