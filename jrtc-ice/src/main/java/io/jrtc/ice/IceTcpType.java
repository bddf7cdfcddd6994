package io.jrtc.ice;

/** The {@code tcptype} of a TCP candidate (RFC 6544 §4.5). */
public enum IceTcpType {
    /** Opens outgoing connections only. */
    ACTIVE("active"),
    /** Accepts incoming connections only. */
    PASSIVE("passive"),
    /** Simultaneous open. */
    SO("so");

    private final String sdpName;

    IceTcpType(String sdpName) {
        this.sdpName = sdpName;
    }

    /** The SDP name, e.g. {@code "passive"}. */
    @Override
    public String toString() {
        return sdpName;
    }

    /** The type with this SDP name (case-insensitive), or null if there is none. */
    public static IceTcpType fromString(String name) {
        for (IceTcpType t : values()) {
            if (t.sdpName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }
}
