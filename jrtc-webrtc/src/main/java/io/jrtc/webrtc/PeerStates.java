package io.jrtc.webrtc;

import java.util.Optional;

/**
 * What the application reads from any thread: snapshots of the connection's states and
 * descriptions, written on the serial context after every change. A change of a state fires its
 * event unless the connection is closed (W3C: close() fires none).
 */
final class PeerStates {
    volatile boolean closed;
    volatile RTCSignalingState signaling = RTCSignalingState.STABLE;
    volatile RTCIceConnectionState ice = RTCIceConnectionState.NEW;
    volatile RTCIceGatheringState gathering = RTCIceGatheringState.NEW;
    volatile RTCPeerConnectionState connection = RTCPeerConnectionState.NEW;
    volatile RTCDtlsTransportState dtls = RTCDtlsTransportState.NEW;
    volatile RTCSctpTransportState sctp = RTCSctpTransportState.CONNECTING;
    volatile Optional<RTCSessionDescription> currentLocal = Optional.empty();
    volatile Optional<RTCSessionDescription> pendingLocal = Optional.empty();
    volatile Optional<RTCSessionDescription> currentRemote = Optional.empty();
    volatile Optional<RTCSessionDescription> pendingRemote = Optional.empty();
    /** Whether the remote side trickles (W3C canTrickleIceCandidates); empty before a remote description. */
    volatile Optional<Boolean> canTrickle = Optional.empty();
    /** Whether a data section was negotiated (W3C: the sctp attribute is set). */
    volatile boolean sctpNegotiated;
    /** Why the transport failed, if it did. */
    volatile String failure;
}
