package io.jrtc.webrtc;

/**
 * W3C {@code RTCBundlePolicy}: how media is bundled onto transports (WebRTC 1.0 section 4.2.6, RFC 9429 section 4.1.1). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "balanced"}.
 */
public enum RTCBundlePolicy {
    /** One transport per media type in use; further m= sections of a type are offered bundle-only. */
    BALANCED("balanced"),
    /** One transport per m= section: no m= section is offered bundle-only. */
    MAX_COMPAT("max-compat"),
    /** One transport for everything: all m= sections in one BUNDLE group. */
    MAX_BUNDLE("max-bundle");

    private final String w3cName;

    RTCBundlePolicy(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCBundlePolicy fromString(String value) {
        return W3cNames.parse("RTCBundlePolicy", values(), value);
    }

    /** The W3C string, e.g. {@code "balanced"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
