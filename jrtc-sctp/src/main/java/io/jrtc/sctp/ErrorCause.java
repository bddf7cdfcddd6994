package io.jrtc.sctp;

/** An error cause of an ERROR or ABORT chunk (RFC 9260 §3.3.10): code and raw cause information. */
public record ErrorCause(int code, byte[] info) {
    public static final int INVALID_STREAM_IDENTIFIER = 1;
    public static final int MISSING_MANDATORY_PARAMETER = 2;
    public static final int STALE_COOKIE = 3;
    public static final int OUT_OF_RESOURCE = 4;
    public static final int UNRECOGNIZED_CHUNK_TYPE = 6;
    public static final int INVALID_MANDATORY_PARAMETER = 7;
    public static final int UNRECOGNIZED_PARAMETERS = 8;
    public static final int NO_USER_DATA = 9;
    public static final int COOKIE_RECEIVED_WHILE_SHUTTING_DOWN = 10;
    public static final int USER_INITIATED_ABORT = 12;
    public static final int PROTOCOL_VIOLATION = 13;

    /** A cause with a UTF-8 text as its information (user-initiated abort, protocol violation). */
    public static ErrorCause text(int code, String text) {
        return new ErrorCause(code, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
