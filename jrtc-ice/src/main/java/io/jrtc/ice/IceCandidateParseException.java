package io.jrtc.ice;

/**
 * A candidate line that does not follow RFC 8839 §5.1. The message names the field and the
 * character offset in the line where parsing stopped.
 */
public final class IceCandidateParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;

    /** A parse error at {@code offset} (a character index into the line). */
    public IceCandidateParseException(String message, int offset) {
        super(message + " (at offset " + offset + ")");
        this.offset = offset;
    }

    /** The character offset in the line where the problem was found. */
    public int offset() {
        return offset;
    }
}
