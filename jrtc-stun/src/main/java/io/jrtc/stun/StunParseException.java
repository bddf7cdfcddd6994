package io.jrtc.stun;

/**
 * The one exception the STUN and ChannelData decoders throw: the bytes were not a well-formed
 * message. The message says what was wrong and where, for example
 * {@code "attribute XOR-MAPPED-ADDRESS at offset 20: length 6, expected 8 (IPv4) or 20 (IPv6)"};
 * {@link #offset()} gives the byte offset, counted from the first byte of the message.
 *
 * <p>Decoding never throws anything else on any byte sequence (DESIGN.md, "Bad input and
 * errors"): an engine catches this type, drops the datagram and counts it.
 */
public final class StunParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    /**
     * @param offset byte offset of the problem, from the first byte of the message
     * @param message what was wrong and where, in words
     */
    public StunParseException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** Byte offset of the problem, counted from the first byte of the message. */
    public int offset() {
        return offset;
    }
}
