package io.jrtc.rtcp;

/**
 * The one exception the RTCP parsers throws: the bytes were not a well-formed RTCP packet or compound packet
 * (RFC 3550 §6.4). The message says what was wrong; {@link #offset()} says where, counted from
 * the first byte of the packet. Parsing never throws anything else on any byte sequence.
 */
public final class RtcpParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    /**
     * @param offset byte offset of the problem, from the first byte of the packet
     * @param message what was wrong, in words
     */
    public RtcpParseException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** Byte offset of the problem, counted from the first byte of the packet. */
    public int offset() {
        return offset;
    }
}
