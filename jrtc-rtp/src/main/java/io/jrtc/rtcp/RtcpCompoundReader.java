package io.jrtc.rtcp;

/**
 * Iterates over the packets of an RTCP compound packet (RFC 3550 §6.1) in place, without
 * allocating: {@link #reset} it on a buffer, then call {@link #next()} until it returns false,
 * reading the current packet's common header (RFC 3550 §6.4.1) through the getters.
 *
 * <p>Checked per packet: version 2, the length field fits in what remains, and only the last
 * packet may carry padding (§6.4.1, §A.2). Anything else throws {@link RtcpParseException} and
 * nothing else. Reduced-size RTCP (RFC 5506: a single non-SR/RR packet) is accepted. Not
 * thread-safe.
 */
public final class RtcpCompoundReader {
    /** Size of the common header including the sender SSRC. */
    public static final int HEADER_WITH_SSRC = 8;

    private byte[] buf;
    private int end;
    private int next;
    private int at = -1;
    private int length;
    private int start;

    /** An empty reader; call {@link #reset} first. */
    public RtcpCompoundReader() {}

    /**
     * Points this reader at the compound packet {@code buf[off, off+len)}.
     *
     * @return this reader, positioned before the first packet
     * @throws RtcpParseException if the range is outside the buffer
     */
    public RtcpCompoundReader reset(byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || off > buf.length - len) {
            throw new RtcpParseException(0, "range is outside the buffer");
        }
        this.buf = buf;
        this.start = off;
        this.end = off + len;
        this.next = off;
        this.at = -1;
        return this;
    }

    /**
     * Advances to the next packet.
     *
     * @return false when the compound packet is exhausted
     * @throws RtcpParseException if the next packet's header is malformed or does not fit
     */
    public boolean next() {
        if (buf == null || next >= end) {
            return false;
        }
        int remaining = end - next;
        if (remaining < 4) {
            throw fail(next, remaining + " bytes left, too few for an RTCP header");
        }
        int b0 = buf[next] & 0xFF;
        if (b0 >> 6 != 2) {
            throw fail(next, "RTCP version " + (b0 >> 6) + ", expected 2");
        }
        int words = (buf[next + 2] & 0xFF) << 8 | (buf[next + 3] & 0xFF);
        int packetLength = 4 * (words + 1);
        if (packetLength > remaining) {
            throw fail(next + 2, "length field says " + packetLength + " bytes, " + remaining + " remain");
        }
        if ((b0 & 0x20) != 0) {
            checkPadding(next, packetLength, remaining);
        }
        at = next;
        length = packetLength;
        next += packetLength;
        return true;
    }

    private void checkPadding(int pos, int packetLength, int remaining) {
        if (packetLength != remaining) {
            throw fail(pos, "padding bit set on a packet that is not the last of the compound packet");
        }
        int pad = buf[pos + packetLength - 1] & 0xFF;
        if (pad == 0 || pad > packetLength - 4) {
            throw fail(pos + packetLength - 1, "padding count " + pad + " does not fit the packet");
        }
    }

    private RtcpParseException fail(int absolute, String message) {
        at = -1;
        next = end;
        return new RtcpParseException(absolute - start, message);
    }

    private void checkCurrent() {
        if (at < 0) {
            throw new IllegalStateException("no current packet: call next() first");
        }
    }

    /** Absolute offset of the current packet in the buffer. */
    public int offset() {
        checkCurrent();
        return at;
    }

    /** Length in bytes of the current packet, from its length field. */
    public int length() {
        checkCurrent();
        return length;
    }

    /** Packet type of the current packet (see {@link RtcpPacketType}). */
    public int packetType() {
        checkCurrent();
        return buf[at + 1] & 0xFF;
    }

    /** The 5-bit count field (report count, source count, or feedback message type FMT). */
    public int count() {
        checkCurrent();
        return buf[at] & 0x1F;
    }

    /** The padding bit of the current packet. */
    public boolean hasPadding() {
        checkCurrent();
        return (buf[at] & 0x20) != 0;
    }

    /** True if the current packet is long enough to carry a sender SSRC (8 bytes or more). */
    public boolean hasSenderSsrc() {
        checkCurrent();
        return length >= HEADER_WITH_SSRC;
    }

    /**
     * The SSRC after the common header (packet sender for SR/RR/RTPFB/PSFB/XR/APP, first source
     * for SDES/BYE).
     *
     * @throws IllegalStateException if the packet is shorter than 8 bytes
     */
    public int senderSsrc() {
        if (!hasSenderSsrc()) {
            throw new IllegalStateException("a " + length + "-byte RTCP packet has no SSRC");
        }
        return readInt(buf, at + 4);
    }

    /**
     * The sender SSRC of the first packet of a compound packet, as SRTCP needs it (RFC 3711 §3.4),
     * or -1 in the high word if {@code buf[off, off+len)} is shorter than 8 bytes or not version 2.
     * Allocation-free and never throws for in-bounds arguments.
     *
     * @return the SSRC as an unsigned value in a long, or -1
     */
    public static long firstSenderSsrc(byte[] buf, int off, int len) {
        if (len < HEADER_WITH_SSRC || (buf[off] & 0xC0) != 0x80) {
            return -1;
        }
        return readInt(buf, off + 4) & 0xFFFF_FFFFL;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
