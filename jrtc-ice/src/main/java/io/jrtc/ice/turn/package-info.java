/**
 * A sans-IO TURN client (RFC 8656): {@link io.jrtc.ice.turn.TurnClient} allocates a relayed
 * address with long-term credentials (RFC 8489 §9.2, MD5 or SHA-256 keys), keeps the allocation,
 * permissions and channels refreshed, and relays datagrams to peers as Send/Data indications or
 * ChannelData, over UDP, TCP (RFC 6544 framing) or TLS ({@code turns:}, the JDK's SSLEngine).
 *
 * <p>The runtime owns the socket and the clock: it resolves a {@link io.jrtc.ice.turn.TurnServerUrl},
 * opens a UDP socket or TCP connection to it, and pumps the client.
 * {@link io.jrtc.ice.session.IceSession} does this wiring for ICE: the relayed address
 * from {@link io.jrtc.ice.turn.TurnEvent.Allocated} becomes a relay candidate
 * ({@code IceAgent.addRelayCandidate}); what the agent sends from it goes through
 * {@link io.jrtc.ice.turn.TurnClient#send}, and {@link io.jrtc.ice.turn.TurnEvent.PeerData} goes
 * back to the agent with the relayed address as the local side.
 */
package io.jrtc.ice.turn;
