package io.jrtc.stun;

import io.jrtc.stun.internal.Bytes;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * What a datagram on a STUN/TURN socket is, by its first bytes (RFC 7983 §7, RFC 8489 §7): STUN
 * (first two bits zero and the magic cookie), TURN ChannelData (first byte 0x40-0x4F), or
 * something else (DTLS, RTP, ...) that the caller routes elsewhere. Only header bytes are read;
 * decoding may still reject the datagram.
 */
public enum DatagramKind {
    /** A STUN message: decode with {@link StunMessage#decode}. */
    STUN,
    /** A TURN ChannelData message: decode with {@link ChannelData#decode}. */
    CHANNEL_DATA,
    /** Neither. */
    OTHER;

    /** Classifies {@code buf[off, off + len)}. */
    public static DatagramKind classify(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len >= StunMessage.HEADER_LENGTH && (buf[off] & 0xC0) == 0
                && Bytes.u32(buf, off + 4) == StunMessage.MAGIC_COOKIE) {
            return STUN;
        }
        if (ChannelData.isChannelData(buf, off, len)) {
            return CHANNEL_DATA;
        }
        return OTHER;
    }

    /** Classifies the buffer's remaining bytes without moving its position or copying. */
    public static DatagramKind classify(ByteBuffer buf) {
        int p = buf.position();
        int n = buf.remaining();
        int first = n > 0 ? buf.get(p) & 0xFF : -1;
        // Absolute single-byte reads: independent of the buffer's byte order.
        if (n >= StunMessage.HEADER_LENGTH && (first & 0xC0) == 0) {
            long cookie = 0;
            for (int i = 4; i < 8; i++) {
                cookie = cookie << 8 | (buf.get(p + i) & 0xFF);
            }
            if (cookie == StunMessage.MAGIC_COOKIE) {
                return STUN;
            }
        }
        return n >= ChannelData.HEADER_LENGTH && (first & 0xF0) == 0x40 ? CHANNEL_DATA : OTHER;
    }
}
