package io.jrtc.rtp;

/**
 * A view of an RTP packet's fixed header, CSRC list and header extension (RFC 3550 §5.1, §5.3.1)
 * over {@code byte[] + offset + length}, without copying. Field getters read the bytes on demand,
 * so a view reflects later writes to the array (for example after in-place decryption).
 *
 * <p>{@link #parse} makes a new view; {@link #reset} re-points an existing one so a receive loop
 * allocates nothing. Both validate the header and throw {@link RtpParseException}, never anything
 * else. {@link #headerLength(byte[], int, int)} is the allocation-free check SRTP uses on
 * ciphertext, where the padding (encrypted) cannot be checked yet.
 *
 * <p>Header extensions: the RFC 8285 one-byte ({@code 0xBEDE}) and two-byte ({@code 0x100x})
 * forms are read by {@link #extensionElementOffset} and {@link #extensionElementLength}.
 * Not thread-safe.
 */
public final class RtpHeader {
    /** Size of the fixed header (RFC 3550 §5.1). */
    public static final int FIXED_HEADER_LENGTH = 12;
    /** Profile of an RFC 8285 §4.2 one-byte header extension. */
    public static final int ONE_BYTE_PROFILE = 0xBEDE;
    /** Profile of an RFC 8285 §4.3 two-byte header extension (the low 4 bits are app bits). */
    public static final int TWO_BYTE_PROFILE = 0x1000;

    private byte[] buf;
    private int off;
    private int len;
    private int headerLength;

    /** An empty view; call {@link #reset} before reading fields. */
    public RtpHeader() {}

    /**
     * Parses the packet in {@code buf[off, off+len)} into a new view.
     *
     * @throws RtpParseException if it is not a well-formed RTP packet
     */
    public static RtpHeader parse(byte[] buf, int off, int len) {
        return new RtpHeader().reset(buf, off, len);
    }

    /**
     * Re-points this view at the packet in {@code buf[off, off+len)}, validating version, CSRC
     * list, header extension and padding (RFC 3550 §5.1).
     *
     * @return this view
     * @throws RtpParseException if it is not a well-formed RTP packet; the view is then unusable
     */
    public RtpHeader reset(byte[] buf, int off, int len) {
        this.buf = null;
        checkBounds(buf, off, len);
        int hl = headerLength(buf, off, len);
        if (hl < 0) {
            throw new RtpParseException(-hl - 1, describe(buf, off, len));
        }
        if ((buf[off] & 0x20) != 0) {
            checkPadding(buf, off, len, hl);
        }
        this.buf = buf;
        this.off = off;
        this.len = len;
        this.headerLength = hl;
        return this;
    }

    /**
     * Length of the RTP header (fixed part, CSRCs and extension) of the packet in
     * {@code buf[off, off+len)}, or a negative value {@code -(problemOffset + 1)} if the header is
     * malformed or truncated. Never throws for in-bounds arguments, allocates nothing, and does not
     * look at the padding (which SRTP encrypts).
     */
    public static int headerLength(byte[] buf, int off, int len) {
        if (len < FIXED_HEADER_LENGTH) {
            return -(len + 1);
        }
        int b0 = buf[off] & 0xFF;
        if (b0 >> 6 != 2) {
            return -1;
        }
        int hl = FIXED_HEADER_LENGTH + 4 * (b0 & 0x0F);
        if ((b0 & 0x10) != 0) {
            if (hl + 4 > len) {
                return -(hl + 1);
            }
            int words = (buf[off + hl + 2] & 0xFF) << 8 | (buf[off + hl + 3] & 0xFF);
            hl += 4 + 4 * words;
        }
        return hl > len ? -(Math.min(len, hl) + 1) : hl;
    }

    private static String describe(byte[] buf, int off, int len) {
        if (len < FIXED_HEADER_LENGTH) {
            return "packet of " + len + " bytes is shorter than the 12-byte RTP header";
        }
        int b0 = buf[off] & 0xFF;
        if (b0 >> 6 != 2) {
            return "RTP version " + (b0 >> 6) + ", expected 2";
        }
        return "CSRC list or header extension runs past the end of the " + len + "-byte packet";
    }

    private static void checkPadding(byte[] buf, int off, int len, int hl) {
        int pad = buf[off + len - 1] & 0xFF;
        if (pad == 0 || pad > len - hl) {
            throw new RtpParseException(len - 1,
                    "padding count " + pad + " does not fit the " + (len - hl) + " bytes after the header");
        }
    }

    private static void checkBounds(byte[] buf, int off, int len) {
        if (buf == null) {
            throw new RtpParseException(0, "no buffer");
        }
        if (off < 0 || len < 0 || off > buf.length - len) {
            throw new RtpParseException(0, "range [" + off + ", " + off + "+" + len + ") is outside the "
                    + buf.length + "-byte buffer");
        }
    }

    /** The array this view reads. */
    public byte[] buffer() {
        return buf;
    }

    /** Offset of the packet's first byte in {@link #buffer()}. */
    public int offset() {
        return off;
    }

    /** Length of the whole packet (header, payload, padding). */
    public int packetLength() {
        return len;
    }

    /** RTP version (always 2 for a parsed packet). */
    public int version() {
        return (buf[off] & 0xFF) >> 6;
    }

    /** The P bit: the packet ends with padding whose last byte is its count. */
    public boolean hasPadding() {
        return (buf[off] & 0x20) != 0;
    }

    /** The X bit: a header extension follows the CSRC list. */
    public boolean hasExtension() {
        return (buf[off] & 0x10) != 0;
    }

    /** Number of CSRC identifiers (0-15). */
    public int csrcCount() {
        return buf[off] & 0x0F;
    }

    /** The marker bit. */
    public boolean marker() {
        return (buf[off + 1] & 0x80) != 0;
    }

    /** Payload type (0-127). */
    public int payloadType() {
        return buf[off + 1] & 0x7F;
    }

    /** Sequence number (0-65535). */
    public int sequenceNumber() {
        return (buf[off + 2] & 0xFF) << 8 | (buf[off + 3] & 0xFF);
    }

    /** Timestamp, an unsigned 32-bit value. */
    public long timestamp() {
        return readInt(buf, off + 4) & 0xFFFF_FFFFL;
    }

    /** Synchronization source identifier (compare as unsigned; Java int bits). */
    public int ssrc() {
        return readInt(buf, off + 8);
    }

    /**
     * The {@code index}th contributing source.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not below {@link #csrcCount()}
     */
    public int csrc(int index) {
        if (index < 0 || index >= csrcCount()) {
            throw new IndexOutOfBoundsException("CSRC " + index + " of " + csrcCount());
        }
        return readInt(buf, off + FIXED_HEADER_LENGTH + 4 * index);
    }

    /** Length of the header: fixed part, CSRCs and header extension. */
    public int headerLength() {
        return headerLength;
    }

    /** Absolute offset of the payload in {@link #buffer()}. */
    public int payloadOffset() {
        return off + headerLength;
    }

    /** Number of padding bytes at the end (0 without the P bit). */
    public int paddingLength() {
        return hasPadding() ? buf[off + len - 1] & 0xFF : 0;
    }

    /** Payload length, excluding padding. */
    public int payloadLength() {
        return len - headerLength - paddingLength();
    }

    /** The 16-bit "defined by profile" field of the header extension, or -1 without one. */
    public int extensionProfile() {
        if (!hasExtension()) {
            return -1;
        }
        int at = off + FIXED_HEADER_LENGTH + 4 * csrcCount();
        return (buf[at] & 0xFF) << 8 | (buf[at + 1] & 0xFF);
    }

    /** Absolute offset of the header extension's data (after its 4-byte header), or -1. */
    public int extensionDataOffset() {
        return hasExtension() ? off + FIXED_HEADER_LENGTH + 4 * csrcCount() + 4 : -1;
    }

    /** Length in bytes of the header extension's data, or 0 without one. */
    public int extensionDataLength() {
        return hasExtension() ? off + headerLength - extensionDataOffset() : 0;
    }

    /** True if the extension uses the RFC 8285 one-byte form. */
    public boolean isOneByteExtension() {
        return extensionProfile() == ONE_BYTE_PROFILE;
    }

    /** True if the extension uses the RFC 8285 two-byte form ({@code 0x100} plus 4 app bits). */
    public boolean isTwoByteExtension() {
        int p = extensionProfile();
        return p >= 0 && (p & 0xFFF0) == TWO_BYTE_PROFILE;
    }

    /**
     * Absolute offset of the data of RFC 8285 element {@code id}, or -1 if absent, if the extension
     * is not in an RFC 8285 form, or if the elements are malformed before it is found.
     */
    public int extensionElementOffset(int id) {
        long found = ExtensionElements.find(buf, extensionDataOffset(), extensionDataLength(), extensionProfile(), id);
        return found < 0 ? -1 : (int) (found >>> 32);
    }

    /** Length of the data of RFC 8285 element {@code id}, or -1 if absent (see {@link #extensionElementOffset}). */
    public int extensionElementLength(int id) {
        long found = ExtensionElements.find(buf, extensionDataOffset(), extensionDataLength(), extensionProfile(), id);
        return found < 0 ? -1 : (int) found;
    }

    /** The SSRC of the packet at {@code buf[off]}; the caller has checked there are 12 bytes. */
    public static int readSsrc(byte[] buf, int off) {
        return readInt(buf, off + 8);
    }

    static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    @Override
    public String toString() {
        if (buf == null) {
            return "RtpHeader[unset]";
        }
        return "RtpHeader[pt=" + payloadType() + " seq=" + sequenceNumber() + " ts=" + timestamp()
                + " ssrc=" + Integer.toUnsignedString(ssrc()) + " m=" + marker() + " cc=" + csrcCount()
                + " x=" + hasExtension() + " p=" + hasPadding() + " headerLength=" + headerLength
                + " length=" + len + "]";
    }
}
