package io.jrtc.testkit;

/**
 * Something on the simulated network that links connect: a {@link Host} or a {@link Nat}.
 */
public sealed interface Node permits Host, Nat {
    /**
     * The node's access link for what it sends: every datagram leaving it passes here before the
     * path link (for a NAT: what it sends on its public side). Perfect by default; give it a rate
     * to model a bottleneck shared by all destinations.
     */
    Link uplink();

    /** The node's access link for what it receives (for a NAT: on its public side). */
    Link downlink();
}
