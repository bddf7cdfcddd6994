package io.jrtc.rtp;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes RTP packets (RFC 3550 §5.1) into a caller's buffer. Set the fields, add RFC 8285 header
 * extension elements if any, then {@link #write}. The writer picks the one-byte form (RFC 8285
 * §4.2) when every element fits it (ID 1-14, 1-16 data bytes) and the two-byte form (§4.3)
 * otherwise. A writer can be reused: fields keep their values between writes.
 */
public final class RtpPacketWriter {
    private boolean marker;
    private int payloadType;
    private int sequenceNumber;
    private long timestamp;
    private int ssrc;
    private int[] csrcs = new int[0];
    private int paddingLength;
    private final List<byte[]> elements = new ArrayList<>(); // [id, data...]

    /** A writer with every field zero and no CSRCs, extension elements or padding. */
    public RtpPacketWriter() {}

    /** Sets the marker bit. */
    public RtpPacketWriter marker(boolean marker) {
        this.marker = marker;
        return this;
    }

    /** Sets the payload type, 0-127. */
    public RtpPacketWriter payloadType(int payloadType) {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type " + payloadType + " is not in 0-127");
        }
        this.payloadType = payloadType;
        return this;
    }

    /** Sets the sequence number; only the low 16 bits are written. */
    public RtpPacketWriter sequenceNumber(int sequenceNumber) {
        this.sequenceNumber = sequenceNumber & 0xFFFF;
        return this;
    }

    /** Sets the timestamp; only the low 32 bits are written. */
    public RtpPacketWriter timestamp(long timestamp) {
        this.timestamp = timestamp & 0xFFFF_FFFFL;
        return this;
    }

    /** Sets the SSRC. */
    public RtpPacketWriter ssrc(int ssrc) {
        this.ssrc = ssrc;
        return this;
    }

    /** Sets the CSRC list (at most 15). */
    public RtpPacketWriter csrcs(int... csrcs) {
        if (csrcs.length > 15) {
            throw new IllegalArgumentException(csrcs.length + " CSRCs; RTP allows at most 15");
        }
        this.csrcs = csrcs.clone();
        return this;
    }

    /** Appends {@code length} bytes of padding (0 for none, else 1-255) and sets the P bit. */
    public RtpPacketWriter padding(int length) {
        if (length < 0 || length > 255) {
            throw new IllegalArgumentException("padding " + length + " is not in 0-255");
        }
        this.paddingLength = length;
        return this;
    }

    /** Adds an RFC 8285 header extension element (ID 1-255, at most 255 data bytes). */
    public RtpPacketWriter extension(int id, byte[] data) {
        if (id < 1 || id > 255 || data.length > 255) {
            throw new IllegalArgumentException("extension ID " + id + " with " + data.length
                    + " bytes: IDs are 1-255 and data at most 255 bytes (RFC 8285)");
        }
        byte[] e = new byte[data.length + 1];
        e[0] = (byte) id;
        System.arraycopy(data, 0, e, 1, data.length);
        elements.add(e);
        return this;
    }

    /** Removes all header extension elements. */
    public RtpPacketWriter clearExtensions() {
        elements.clear();
        return this;
    }

    private boolean oneByteForm() {
        for (byte[] e : elements) {
            int id = e[0] & 0xFF;
            int n = e.length - 1;
            if (id > 14 || n < 1 || n > 16) {
                return false;
            }
        }
        return true;
    }

    private int extensionDataLength(boolean oneByte) {
        int n = 0;
        for (byte[] e : elements) {
            n += (oneByte ? 1 : 2) + e.length - 1;
        }
        return (n + 3) & ~3;
    }

    /** Length of the header this writer produces. */
    public int headerLength() {
        int hl = RtpHeader.FIXED_HEADER_LENGTH + 4 * csrcs.length;
        return elements.isEmpty() ? hl : hl + 4 + extensionDataLength(oneByteForm());
    }

    /**
     * Writes header, {@code payload[pOff, pOff+pLen)} and padding at {@code dst[off]}.
     *
     * @return the packet length
     * @throws IllegalArgumentException if {@code dst} has no room for the packet
     */
    public int write(byte[] dst, int off, byte[] payload, int pOff, int pLen) {
        int hl = headerLength();
        int total = hl + pLen + paddingLength;
        if (off < 0 || total > dst.length - off) {
            throw new IllegalArgumentException("packet of " + total + " bytes does not fit at offset "
                    + off + " of a " + dst.length + "-byte buffer");
        }
        int pos = writeFixed(dst, off);
        if (!elements.isEmpty()) {
            pos = writeExtension(dst, pos);
        }
        System.arraycopy(payload, pOff, dst, off + hl, pLen);
        if (paddingLength > 0) {
            java.util.Arrays.fill(dst, off + hl + pLen, off + total - 1, (byte) 0);
            dst[off + total - 1] = (byte) paddingLength;
        }
        return total;
    }

    private int writeFixed(byte[] dst, int off) {
        dst[off] = (byte) (0x80 | (paddingLength > 0 ? 0x20 : 0) | (elements.isEmpty() ? 0 : 0x10) | csrcs.length);
        dst[off + 1] = (byte) ((marker ? 0x80 : 0) | payloadType);
        dst[off + 2] = (byte) (sequenceNumber >> 8);
        dst[off + 3] = (byte) sequenceNumber;
        writeInt(dst, off + 4, (int) timestamp);
        writeInt(dst, off + 8, ssrc);
        int pos = off + RtpHeader.FIXED_HEADER_LENGTH;
        for (int c : csrcs) {
            writeInt(dst, pos, c);
            pos += 4;
        }
        return pos;
    }

    private int writeExtension(byte[] dst, int pos) {
        boolean oneByte = oneByteForm();
        int dataLength = extensionDataLength(oneByte);
        int profile = oneByte ? RtpHeader.ONE_BYTE_PROFILE : RtpHeader.TWO_BYTE_PROFILE;
        dst[pos] = (byte) (profile >> 8);
        dst[pos + 1] = (byte) profile;
        dst[pos + 2] = (byte) (dataLength / 4 >> 8);
        dst[pos + 3] = (byte) (dataLength / 4);
        int p = pos + 4;
        int end = p + dataLength;
        for (byte[] e : elements) {
            int n = e.length - 1;
            if (oneByte) {
                dst[p++] = (byte) ((e[0] & 0xFF) << 4 | (n - 1));
            } else {
                dst[p++] = e[0];
                dst[p++] = (byte) n;
            }
            System.arraycopy(e, 1, dst, p, n);
            p += n;
        }
        java.util.Arrays.fill(dst, p, end, (byte) 0); // §4.1: padding to a 32-bit boundary
        return end;
    }

    private static void writeInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 24);
        b[at + 1] = (byte) (v >> 16);
        b[at + 2] = (byte) (v >> 8);
        b[at + 3] = (byte) v;
    }
}
