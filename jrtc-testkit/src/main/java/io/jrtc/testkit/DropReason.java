package io.jrtc.testkit;

/** Why the simulated network dropped a datagram; see {@link Simulation#dropCount(DropReason)}. */
public enum DropReason {
    /** Random loss on a link, independent or burst ({@link LinkConditions#loss()}). */
    LOSS,
    /** The link's drop-tail queue was full ({@link LinkConditions#rateBitsPerSecond()}). */
    QUEUE_FULL,
    /** The IP packet was larger than the link's MTU. */
    MTU_EXCEEDED,
    /** No host or NAT has the destination address in any network reachable from the sender. */
    NO_ROUTE,
    /** The destination host exists but nothing is bound to the destination port. */
    NO_ENDPOINT,
    /** Arrived at a NAT's public address on a port with no live mapping. */
    NAT_NO_MAPPING,
    /** A mapping exists but the NAT's filtering refuses this remote address (RFC 4787 section 5). */
    NAT_FILTERED,
    /** Sent from inside a NAT to its own public address, and the NAT does not hairpin. */
    NAT_HAIRPIN_DISABLED,
    /** The NAT has no free external port left. */
    NAT_PORTS_EXHAUSTED
}
