package io.jrtc.ice;

/** The W3C {@code RTCIceGathererState} values, written as the W3C strings. */
public enum IceGatheringState {
    /** Gathering has not started. */
    NEW("new"),
    /** Candidates are being gathered. */
    GATHERING("gathering"),
    /** Every candidate has been gathered (end-of-candidates). */
    COMPLETE("complete");

    private final String w3c;

    IceGatheringState(String w3c) {
        this.w3c = w3c;
    }

    /** The W3C string, e.g. {@code "gathering"}. */
    @Override
    public String toString() {
        return w3c;
    }

    /** The state with this W3C string. @throws IllegalArgumentException if there is none */
    public static IceGatheringState fromString(String s) {
        for (IceGatheringState v : values()) {
            if (v.w3c.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not an RTCIceGathererState: " + s);
    }
}
