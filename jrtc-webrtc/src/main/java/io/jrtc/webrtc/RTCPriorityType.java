package io.jrtc.webrtc;

/**
 * W3C {@code RTCPriorityType}: the priority of a data channel or an RTP encoding (WebRTC Priority Control API). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "very-low"}.
 */
public enum RTCPriorityType {
    /** Very low priority. */
    VERY_LOW("very-low"),
    /** Low priority, the default. */
    LOW("low"),
    /** Medium priority. */
    MEDIUM("medium"),
    /** High priority. */
    HIGH("high");

    private final String w3cName;

    RTCPriorityType(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCPriorityType fromString(String value) {
        return W3cNames.parse("RTCPriorityType", values(), value);
    }

    /** The W3C string, e.g. {@code "very-low"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
