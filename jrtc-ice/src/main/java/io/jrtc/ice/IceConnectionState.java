package io.jrtc.ice;

/** The W3C {@code RTCIceTransportState} values, written as the W3C strings. */
public enum IceConnectionState {
    /** No remote candidates yet, or nothing checked. */
    NEW("new"),
    /** Checks are under way and no pair works yet. */
    CHECKING("checking"),
    /** A pair works; checking or nomination may still go on. */
    CONNECTED("connected"),
    /** A pair is selected, gathering is complete, the peer sent end-of-candidates, no checks are left. */
    COMPLETED("completed"),
    /** Consent checks on the selected pair go unanswered; it may come back. */
    DISCONNECTED("disconnected"),
    /** Every pair failed after end-of-candidates, or consent was lost (RFC 7675). */
    FAILED("failed"),
    /** The agent was closed. */
    CLOSED("closed");

    private final String w3c;

    IceConnectionState(String w3c) {
        this.w3c = w3c;
    }

    /** The W3C string, e.g. {@code "checking"}. */
    @Override
    public String toString() {
        return w3c;
    }

    /** The state with this W3C string. @throws IllegalArgumentException if there is none */
    public static IceConnectionState fromString(String s) {
        for (IceConnectionState v : values()) {
            if (v.w3c.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not an RTCIceTransportState: " + s);
    }
}
