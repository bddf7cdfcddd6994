package io.jrtc.ice.mdns;

/**
 * A DNS/mDNS message could not be parsed: says what was wrong and at which byte offset. The
 * parser throws nothing else on any input.
 */
public final class MdnsParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    /** At {@code offset}, {@code message} went wrong. */
    public MdnsParseException(int offset, String message) {
        super("mDNS at offset " + offset + ": " + message);
        this.offset = offset;
    }

    /** The byte offset where parsing failed. */
    public int offset() {
        return offset;
    }
}
