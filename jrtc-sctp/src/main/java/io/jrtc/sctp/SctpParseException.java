package io.jrtc.sctp;

/** Thrown when bytes are not a well-formed SCTP packet, chunk, parameter or DCEP message. */
public final class SctpParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    /** @param offset byte offset of the problem in the input being parsed, or -1 */
    public SctpParseException(String message, int offset) {
        super(offset >= 0 ? message + " (at offset " + offset + ")" : message);
        this.offset = offset;
    }

    /** Byte offset of the problem, or -1 when not known. */
    public int offset() {
        return offset;
    }
}
