package io.jrtc.webrtc.internal.engine;

import io.jrtc.dtls.DtlsState;
import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceGatheringState;
import io.jrtc.sctp.datachannel.DataChannelEvent;

/** What a {@link TransportEngine} reports through {@link TransportEngine#pollEvent()}. */
public sealed interface EngineEvent {
    /** A local candidate to signal (trickle ICE, RFC 8838). */
    record LocalCandidate(IceCandidate candidate) implements EngineEvent {}

    /** The ICE gathering state changed; {@code COMPLETE} means end-of-candidates. */
    record GatheringStateChanged(IceGatheringState state) implements EngineEvent {}

    /** The ICE transport state changed (W3C {@code iceconnectionstatechange}). */
    record IceStateChanged(IceConnectionState state) implements EngineEvent {}

    /** The DTLS transport state changed. */
    record DtlsStateChanged(DtlsState state) implements EngineEvent {}

    /** The aggregate state changed (W3C {@code connectionstatechange}). */
    record StateChanged(TransportState state) implements EngineEvent {}

    /** The engine failed; reported once, before the {@link StateChanged} to {@code FAILED}. */
    record Failed(FailureCause cause, String detail) implements EngineEvent {}

    /** The peer closed DTLS with close_notify. */
    record PeerClosed() implements EngineEvent {}

    /** A data channel event (open, message, close, the peer's new channel, ...). */
    record DataChannel(DataChannelEvent event) implements EngineEvent {}

    /**
     * The ICE agent's role changed: the first description decided it for a candidate-pool agent,
     * or a role conflict was resolved (RFC 8445 §7.3.1.1). W3C {@code RTCIceTransport.role}.
     */
    record IceRoleChanged(io.jrtc.ice.IceRole role) implements EngineEvent {}

    /** ICE selected another candidate pair (W3C {@code selectedcandidatepairchange}). */
    record SelectedPairChanged(io.jrtc.ice.IceCandidatePair pair) implements EngineEvent {}

    /**
     * An SRTP packet arrived and was unprotected: the plain RTP packet and its SSRC, with the
     * engine time it arrived at (jitter and report timing are computed from it, not from a clock).
     */
    record RtpReceived(long ssrc, byte[] packet, long arrivalNanos) implements EngineEvent {}

    /** An SRTCP packet arrived and was unprotected: the plain RTCP compound packet and its arrival time. */
    record RtcpReceived(byte[] packet, long arrivalNanos) implements EngineEvent {}

    /**
     * A STUN or TURN server gave no candidate (W3C {@code icecandidateerror}): 401 for wrong TURN
     * credentials, 701 for a server that cannot be reached, or the server's own error code.
     *
     * @param address the local address the request went from, or null if hidden or none
     * @param port its port, or 0
     * @param url the server's URL as configured (a {@code stun:} URL for STUN servers without one)
     * @param errorCode the STUN error code, or 701
     * @param errorText the server's reason phrase, or what went wrong
     */
    record CandidateError(String address, int port, String url, int errorCode, String errorText) implements EngineEvent {}
}
