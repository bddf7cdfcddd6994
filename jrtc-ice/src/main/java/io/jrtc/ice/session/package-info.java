/**
 * One ICE transport with everything around the agent, for the RTCPeerConnection engine:
 * {@link io.jrtc.ice.session.IceSession} owns an {@link io.jrtc.ice.IceAgent}, one
 * {@link io.jrtc.ice.turn.TurnClient} per configured {@link io.jrtc.ice.session.TurnServer}
 * ({@code turn:}/{@code turns:} over UDP, TCP or TLS) and the mDNS resolver and responder, and
 * routes between them under the sans-IO contract (DESIGN.md).
 *
 * <p>Output is a {@link io.jrtc.ice.session.SessionTransmit} that names its transport: a UDP
 * datagram from a bound socket, open/write/close of a TCP stream to a TURN server, or an mDNS
 * message. Input arrives through the matching {@code handle...} method. Events are
 * {@link io.jrtc.ice.IceEvent}s: local candidates as signaled, {@code CandidateError} with the W3C
 * fields for STUN and TURN servers that refuse or never answer, the gathering state (complete
 * once every STUN and TURN server has answered or failed), connection state, selected pair, data.
 *
 * <p>Also here: {@code iceTransportPolicy} relay (only relay candidates), the W3C candidate pool
 * ({@link io.jrtc.ice.session.IceSession#startCandidatePool}), resolution of remote {@code .local}
 * candidates and, optionally, our host candidates under UUID {@code .local} names. The session
 * never opens sockets: the runtime binds UDP sockets (see {@link io.jrtc.ice.HostInterfaces}),
 * resolves TURN host names, and opens the TCP connections the session asks for.
 *
 * <p>Not here: ICE-TCP candidates (RFC 6544) and mDNS probing (RFC 6762 §8; the names are random
 * UUIDs, so conflicts are not expected).
 */
package io.jrtc.ice.session;
