/**
 * A sans-IO ICE agent: RFC 8445 (full and lite, both roles, role conflicts, regular nomination,
 * acceptance of aggressive nomination), RFC 8838 trickle ICE, RFC 7675 consent freshness, ICE
 * restart, and the candidate-line grammar of RFC 8839 §5.1.
 *
 * <p>{@link io.jrtc.ice.IceAgent} is the state machine; {@link io.jrtc.ice.IceCandidate} parses
 * and prints {@code candidate:} lines; {@link io.jrtc.ice.IceConfig} holds the settings;
 * {@link io.jrtc.ice.IceEvent} is what the agent reports; {@link io.jrtc.ice.HostCandidatePolicy}
 * decides which interface addresses become host candidates; {@link io.jrtc.ice.SinglePortDemux}
 * routes a shared socket's datagrams to their agents.
 *
 * <p>Limits of this version: one component (rtcp-mux), UDP candidates only for checks (TCP
 * candidates parse and print but are not paired), and mDNS names must be resolved before they
 * are added (see {@code io.jrtc.ice.mdns}).
 */
package io.jrtc.ice;
