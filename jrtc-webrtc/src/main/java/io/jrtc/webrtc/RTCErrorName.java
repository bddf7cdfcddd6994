package io.jrtc.webrtc;

/**
 * The name of the W3C {@code DOMException} (or ECMAScript error) that the WebRTC 1.0 specification
 * prescribes for a failure; {@link #toString()} gives the name as JavaScript sees it, e.g.
 * {@code "InvalidStateError"}.
 */
public enum RTCErrorName {
    /** The object is in the wrong state for the call, e.g. an answer in {@code stable} or any call after close. */
    INVALID_STATE_ERROR("InvalidStateError"),
    /** A parameter or description cannot be used, e.g. a remote SDP without a fingerprint. */
    INVALID_ACCESS_ERROR("InvalidAccessError"),
    /** The operation failed for a reason particular to it; {@link RTCException#errorDetail()} may say which. */
    OPERATION_ERROR("OperationError"),
    /** A value the specification forbids changing was changed, e.g. an edited offer SDP. */
    INVALID_MODIFICATION_ERROR("InvalidModificationError"),
    /** An argument has the wrong type or an invalid combination of values, as WebIDL reports. */
    TYPE_ERROR("TypeError"),
    /** A string does not follow its syntax, e.g. a malformed ICE server URL or JSON text. */
    SYNTAX_ERROR("SyntaxError"),
    /** The request is valid but not supported here. */
    NOT_SUPPORTED_ERROR("NotSupportedError"),
    /** A number is outside its allowed range, as ECMAScript reports. */
    RANGE_ERROR("RangeError"),
    /** An argument does not identify an existing item. */
    NOT_FOUND_ERROR("NotFoundError"),
    /** A string holds a character it may not. */
    INVALID_CHARACTER_ERROR("InvalidCharacterError"),
    /** The operation was not allowed, e.g. a certificate that has expired. */
    NOT_ALLOWED_ERROR("NotAllowedError"),
    /** The operation was aborted. */
    ABORT_ERROR("AbortError");

    private final String jsName;

    RTCErrorName(String jsName) {
        this.jsName = jsName;
    }

    /** The name as JavaScript sees it, e.g. {@code "InvalidStateError"}. */
    @Override
    public String toString() {
        return jsName;
    }

    /** The constant with this JavaScript name, or null if there is none. */
    public static RTCErrorName fromString(String name) {
        for (RTCErrorName n : values()) {
            if (n.jsName.equals(name)) {
                return n;
            }
        }
        return null;
    }
}
