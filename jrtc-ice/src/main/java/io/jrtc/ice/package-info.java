/**
 * A sans-IO ICE agent: RFC 8445 (full and lite, both roles, role conflicts, regular nomination,
 * acceptance of aggressive nomination), RFC 8838 trickle ICE, RFC 7675 consent freshness, ICE
 * restart, and the candidate-line grammar of RFC 8839 §5.1.
 *
 * <p>{@link io.jrtc.ice.IceAgent} is the state machine; {@link io.jrtc.ice.IceCandidate} parses
 * and prints {@code candidate:} lines; {@link io.jrtc.ice.IceConfig} holds the settings;
 * {@link io.jrtc.ice.IceEvent} is what the agent reports; {@link io.jrtc.ice.HostCandidatePolicy}
 * decides which interface addresses become host candidates; {@link io.jrtc.ice.SinglePortDemux}
 * routes a shared socket's datagrams to their agents;
 * {@link io.jrtc.ice.HostInterfaces} lists the machine's interface addresses for that policy.
 *
 * <p>The agent itself knows nothing of TURN or mDNS: {@code io.jrtc.ice.session.IceSession}
 * composes it with TURN clients ({@code io.jrtc.ice.turn}) and mDNS ({@code io.jrtc.ice.mdns}),
 * and is what a runtime drives.
 *
 * <p>Limits of this version: one component (rtcp-mux), and UDP candidates only for checks (TCP
 * candidates, RFC 6544, parse and print but are not paired).
 */
package io.jrtc.ice;
