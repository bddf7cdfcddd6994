package io.jrtc.signaling.internal;

import io.jrtc.signaling.ErrorCode;
import java.io.Serial;

/** A message that breaks the signaling protocol: the server answers it with an error reply. */
public final class ProtocolException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;
    private final String request;

    /**
     * @param code what kind of problem
     * @param message a sentence naming the problem
     * @param request the offending message's {@code type}, or {@code null} when unknown
     */
    public ProtocolException(ErrorCode code, String message, String request) {
        super(message, null, false, false);
        this.code = code;
        this.request = request;
    }

    public ErrorCode code() {
        return code;
    }

    /** The {@code type} of the message that was refused, or {@code null}. */
    public String request() {
        return request;
    }
}
