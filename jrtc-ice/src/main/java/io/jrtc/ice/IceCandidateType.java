package io.jrtc.ice;

/**
 * The candidate types of RFC 8445 §5.1.1, with the names SDP uses after {@code typ}
 * (RFC 8839 §5.1) and the recommended type preferences of RFC 8445 §5.1.2.2.
 */
public enum IceCandidateType {
    /** A host candidate: an address of a local interface. */
    HOST("host", 126),
    /** A peer-reflexive candidate, learned from a connectivity check. */
    PRFLX("prflx", 110),
    /** A server-reflexive candidate, learned from a STUN server. */
    SRFLX("srflx", 100),
    /** A relayed candidate, allocated on a TURN server. */
    RELAY("relay", 0);

    private final String sdpName;
    private final int typePreference;

    IceCandidateType(String sdpName, int typePreference) {
        this.sdpName = sdpName;
        this.typePreference = typePreference;
    }

    /** The recommended type preference, 0-126 (RFC 8445 §5.1.2.2). */
    public int typePreference() {
        return typePreference;
    }

    /** The SDP name, e.g. {@code "srflx"}. */
    @Override
    public String toString() {
        return sdpName;
    }

    /**
     * The type with this SDP name, or null if there is none. Case-sensitive: every stack writes
     * lower case, and a parsed line must print back exactly.
     */
    public static IceCandidateType fromString(String name) {
        for (IceCandidateType t : values()) {
            if (t.sdpName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
