package io.jrtc.rtp;

/**
 * The one exception the RTP header parser throws: the bytes were not a well-formed RTP packet
 * (RFC 3550 §5.1). The message says what was wrong; {@link #offset()} says where, counted from
 * the first byte of the packet. Parsing never throws anything else on any byte sequence.
 */
public final class RtpParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    /**
     * @param offset byte offset of the problem, from the first byte of the packet
     * @param message what was wrong, in words
     */
    public RtpParseException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** Byte offset of the problem, counted from the first byte of the packet. */
    public int offset() {
        return offset;
    }
}
