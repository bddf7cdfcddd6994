package io.jrtc.signaling;

import java.io.Serial;

/** A signaling request the server refused, or a connection that could not be made. */
public final class SignalingException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The server's error code, or {@code null} when the failure was not a server reply. */
    private final transient ErrorCode code;

    /**
     * A failure with the server's code when there is one.
     *
     * @param code the server's error code, or {@code null} for a local or transport failure
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public SignalingException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The server's error code, or {@code null} when the failure was not a server reply. */
    public ErrorCode code() {
        return code;
    }
}
