package io.jrtc.testkit;

/**
 * What a NAT's mapping or filtering depends on, in RFC 4787 terms (sections 4.1 and 5).
 */
public enum NatBehavior {
    /** Depends only on the internal endpoint: any remote is treated alike. */
    ENDPOINT_INDEPENDENT,
    /** Depends on the remote IP address. */
    ADDRESS_DEPENDENT,
    /** Depends on the remote IP address and port. */
    ADDRESS_AND_PORT_DEPENDENT
}
