package io.jrtc.webrtc;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A failure the WebRTC 1.0 specification describes, carrying the name of the W3C
 * {@code DOMException} it prescribes ({@link #name()}), and for an {@code RTCError} its
 * {@code errorDetail} and {@code sdpLineNumber} (WebRTC 1.0 section 11.1). Thrown by synchronous
 * methods, and the cause with which asynchronous ones complete exceptionally.
 *
 * <p>The message says what was wrong and what to do about it.
 */
public final class RTCException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final RTCErrorName name;
    private final RTCErrorDetailType errorDetail;
    private final int sdpLineNumber;

    /** A failure with this DOMException name and message. */
    public RTCException(RTCErrorName name, String message) {
        this(name, message, null, -1, null);
    }

    /** A failure with this DOMException name and message, caused by {@code cause}. */
    public RTCException(RTCErrorName name, String message, Throwable cause) {
        this(name, message, null, -1, cause);
    }

    /**
     * An {@code RTCError} (an {@link RTCErrorName#OPERATION_ERROR}) with this detail.
     *
     * @param sdpLineNumber the 1-based SDP line for {@code sdp-syntax-error}, or -1
     */
    public RTCException(String message, RTCErrorDetailType errorDetail, int sdpLineNumber, Throwable cause) {
        this(RTCErrorName.OPERATION_ERROR, message, Objects.requireNonNull(errorDetail, "errorDetail"),
                sdpLineNumber, cause);
    }

    private RTCException(RTCErrorName name, String message, RTCErrorDetailType detail, int line, Throwable cause) {
        super(message, cause);
        this.name = Objects.requireNonNull(name, "name");
        this.errorDetail = detail;
        this.sdpLineNumber = line;
    }

    /** The DOMException name, e.g. {@link RTCErrorName#INVALID_STATE_ERROR}. */
    public RTCErrorName name() {
        return name;
    }

    /** The RTCError's {@code errorDetail}, if this is an RTCError. */
    public Optional<RTCErrorDetailType> errorDetail() {
        return Optional.ofNullable(errorDetail);
    }

    /** The RTCError's {@code sdpLineNumber} (1-based), for an {@code sdp-syntax-error}. */
    public OptionalInt sdpLineNumber() {
        return sdpLineNumber > 0 ? OptionalInt.of(sdpLineNumber) : OptionalInt.empty();
    }

    /** {@code "InvalidStateError: message"}, as a browser console shows it. */
    @Override
    public String toString() {
        return name + ": " + getMessage();
    }
}
