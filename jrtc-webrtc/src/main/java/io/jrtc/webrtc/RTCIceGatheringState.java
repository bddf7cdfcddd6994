package io.jrtc.webrtc;

/**
 * W3C {@code RTCIceGatheringState}: the ICE gathering state (WebRTC 1.0 section 4.3.2). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "new"}.
 */
public enum RTCIceGatheringState {
    /** No transport is gathering yet. */
    NEW("new"),
    /** A transport is gathering candidates. */
    GATHERING("gathering"),
    /** Every transport has finished gathering. */
    COMPLETE("complete");

    private final String w3cName;

    RTCIceGatheringState(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCIceGatheringState fromString(String value) {
        return W3cNames.parse("RTCIceGatheringState", values(), value);
    }

    /** The W3C string, e.g. {@code "new"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
