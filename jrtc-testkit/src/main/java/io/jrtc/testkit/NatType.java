package io.jrtc.testkit;

/**
 * The classic NAT types (RFC 3489 names) as RFC 4787 mapping and filtering behaviours.
 */
public enum NatType {
    /** Endpoint-independent mapping and filtering: once mapped, anyone can send in. */
    FULL_CONE(NatBehavior.ENDPOINT_INDEPENDENT, NatBehavior.ENDPOINT_INDEPENDENT),
    /** Endpoint-independent mapping, address-dependent filtering. */
    ADDRESS_RESTRICTED(NatBehavior.ENDPOINT_INDEPENDENT, NatBehavior.ADDRESS_DEPENDENT),
    /** Endpoint-independent mapping, address-and-port-dependent filtering (the RFC 4787 recommendation for filtering is looser, but this is common). */
    PORT_RESTRICTED(NatBehavior.ENDPOINT_INDEPENDENT, NatBehavior.ADDRESS_AND_PORT_DEPENDENT),
    /** Address-and-port-dependent mapping and filtering: a new external port per destination. */
    SYMMETRIC(NatBehavior.ADDRESS_AND_PORT_DEPENDENT, NatBehavior.ADDRESS_AND_PORT_DEPENDENT);

    private final NatBehavior mapping;
    private final NatBehavior filtering;

    NatType(NatBehavior mapping, NatBehavior filtering) {
        this.mapping = mapping;
        this.filtering = filtering;
    }

    /** Mapping behaviour (RFC 4787 section 4.1). */
    public NatBehavior mapping() {
        return mapping;
    }

    /** Filtering behaviour (RFC 4787 section 5). */
    public NatBehavior filtering() {
        return filtering;
    }
}
