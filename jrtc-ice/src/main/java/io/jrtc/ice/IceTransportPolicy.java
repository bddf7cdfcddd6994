package io.jrtc.ice;

/** The W3C {@code RTCIceTransportPolicy}: which local candidates the agent may use. */
public enum IceTransportPolicy {
    /** Every candidate. */
    ALL("all"),
    /**
     * Relayed candidates only: host and server-reflexive ones are neither signaled nor checked,
     * so the peer never learns our addresses (W3C, "relay").
     */
    RELAY("relay");

    private final String w3c;

    IceTransportPolicy(String w3c) {
        this.w3c = w3c;
    }

    /** The W3C string. */
    @Override
    public String toString() {
        return w3c;
    }

    /** The policy with this W3C string. @throws IllegalArgumentException if there is none */
    public static IceTransportPolicy fromString(String s) {
        for (IceTransportPolicy p : values()) {
            if (p.w3c.equals(s)) {
                return p;
            }
        }
        throw new IllegalArgumentException("not an RTCIceTransportPolicy: " + s);
    }
}
