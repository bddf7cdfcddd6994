package io.jrtc.stun;

import io.jrtc.stun.internal.Bytes;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A TURN ChannelData message (RFC 8656 §12.4): a 4-byte header (channel number, data length)
 * followed by the application data, the compact alternative to Send and Data indications once a
 * channel is bound.
 *
 * <p>Over TCP (and TLS/DTLS over it) the message is padded to a multiple of 4 bytes; over UDP
 * padding is optional. The length field never counts the padding. {@link #decode} accepts both
 * forms; {@link #encode(boolean)} writes either.
 */
public final class ChannelData {
    /** Lowest channel number (RFC 8656 §12). */
    public static final int MIN_CHANNEL = 0x4000;
    /** Highest channel number; 0x5000-0xFFFF are reserved (RFC 8656 §12). */
    public static final int MAX_CHANNEL = 0x4FFF;
    /** Header length in bytes. */
    public static final int HEADER_LENGTH = 4;

    private final int channelNumber;
    private final byte[] data;

    /**
     * A message for {@code channelNumber} carrying a copy of {@code data}.
     *
     * @throws IllegalArgumentException if the channel is outside 0x4000-0x4FFF or the data is
     *     longer than 65535 bytes
     */
    public static ChannelData of(int channelNumber, byte[] data) {
        return new ChannelData(checkChannel(channelNumber), checkLength(data).clone());
    }

    /** Takes ownership of {@code data}. */
    private ChannelData(int channelNumber, byte[] data) {
        this.channelNumber = channelNumber;
        this.data = data;
    }

    /**
     * Decodes the ChannelData message that fills {@code buf[off, off + len)}, with or without its
     * padding. The data is copied.
     *
     * @throws StunParseException if the bytes are not a well-formed ChannelData message
     * @throws IndexOutOfBoundsException if {@code off} and {@code len} do not lie within {@code buf}
     */
    public static ChannelData decode(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len < HEADER_LENGTH) {
            throw new StunParseException(0, "ChannelData: " + len + " bytes, shorter than the 4-byte header");
        }
        int channel = Bytes.u16(buf, off);
        if (channel < MIN_CHANNEL || channel > MAX_CHANNEL) {
            throw new StunParseException(0, String.format(
                    "ChannelData: channel number 0x%04X outside 0x4000-0x4FFF (RFC 8656 §12)", channel));
        }
        int length = Bytes.u16(buf, off + 2);
        int after = len - HEADER_LENGTH - length;
        if (after < 0) {
            throw new StunParseException(2, "ChannelData at offset 2: length " + length + ", but only "
                    + (len - HEADER_LENGTH) + " bytes follow the header");
        }
        // RFC 8656 §12.5: padding is required over TCP and optional over UDP; anything but none or
        // exactly the padding to 4 bytes is not a ChannelData message.
        if (after != 0 && after != Bytes.padded(length) - length) {
            throw new StunParseException(HEADER_LENGTH + length, "ChannelData at offset " + (HEADER_LENGTH + length)
                    + ": " + after + " bytes after " + length + " bytes of data, expected "
                    + (Bytes.padded(length) == length ? "none" : "none or " + (Bytes.padded(length) - length) + " of padding"));
        }
        return new ChannelData(channel, Arrays.copyOfRange(buf, off + HEADER_LENGTH, off + HEADER_LENGTH + length));
    }

    /**
     * Decodes the message that fills the buffer's remaining bytes and, on success, advances the
     * position to the limit.
     */
    public static ChannelData decode(ByteBuffer buf) {
        ChannelData c;
        if (buf.hasArray()) {
            c = decode(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining());
        } else {
            byte[] copy = new byte[buf.remaining()];
            buf.duplicate().get(copy);
            c = decode(copy, 0, copy.length);
        }
        buf.position(buf.limit());
        return c;
    }

    /** The channel number, 0x4000-0x4FFF. */
    public int channelNumber() {
        return channelNumber;
    }

    /** Length of the application data. */
    public int dataLength() {
        return data.length;
    }

    /** A copy of the application data. */
    public byte[] data() {
        return data.clone();
    }

    /** A read-only view of the application data, without copying. */
    public ByteBuffer dataBuffer() {
        return ByteBuffer.wrap(data).asReadOnlyBuffer();
    }

    /** Encoded length: header plus data, plus padding to 4 bytes if {@code padded}. */
    public int encodedLength(boolean padded) {
        return HEADER_LENGTH + (padded ? Bytes.padded(data.length) : data.length);
    }

    /**
     * Encodes the message; {@code padded} adds zero padding to 4 bytes, required over TCP and
     * optional over UDP (RFC 8656 §12.5).
     */
    public byte[] encode(boolean padded) {
        byte[] out = new byte[encodedLength(padded)];
        encodeTo(out, 0, padded);
        return out;
    }

    /** Writes the message into {@code dst} at {@code off}; returns the number of bytes written. */
    public int encodeTo(byte[] dst, int off, boolean padded) {
        int n = encodedLength(padded);
        Objects.checkFromIndexSize(off, n, dst.length);
        dst[off] = (byte) (channelNumber >>> 8);
        dst[off + 1] = (byte) channelNumber;
        dst[off + 2] = (byte) (data.length >>> 8);
        dst[off + 3] = (byte) data.length;
        System.arraycopy(data, 0, dst, off + HEADER_LENGTH, data.length);
        Arrays.fill(dst, off + HEADER_LENGTH + data.length, off + n, (byte) 0);
        return n;
    }

    /** Writes the message at the buffer's position, advancing it. */
    public void encodeTo(ByteBuffer dst, boolean padded) {
        dst.putShort((short) channelNumber).putShort((short) data.length).put(data);
        for (int i = data.length; i < (padded ? Bytes.padded(data.length) : data.length); i++) {
            dst.put((byte) 0);
        }
    }

    /**
     * True if the first byte is 0x40-0x4F (RFC 7983 §7) and the 4-byte header is there; a cheap
     * test for demultiplexing, see {@link DatagramKind}.
     */
    public static boolean isChannelData(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        return len >= HEADER_LENGTH && (buf[off] & 0xF0) == 0x40;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelData c && channelNumber == c.channelNumber && Arrays.equals(data, c.data);
    }

    @Override
    public int hashCode() {
        return 31 * channelNumber + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("ChannelData[channel=0x%04X, %d bytes]", channelNumber, data.length);
    }

    private static int checkChannel(int channel) {
        if (channel < MIN_CHANNEL || channel > MAX_CHANNEL) {
            throw new IllegalArgumentException(String.format("channel numbers are 0x4000-0x4FFF, got 0x%X", channel));
        }
        return channel;
    }

    private static byte[] checkLength(byte[] data) {
        if (data.length > 0xFFFF) {
            throw new IllegalArgumentException("ChannelData carries at most 65535 bytes, got " + data.length);
        }
        return data;
    }
}
