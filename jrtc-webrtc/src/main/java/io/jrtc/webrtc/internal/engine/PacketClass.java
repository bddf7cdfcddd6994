package io.jrtc.webrtc.internal.engine;

/**
 * What a datagram on an ICE component carries, by its first byte (RFC 7983 §7, updating RFC 5764
 * §5.1.2): one socket carries STUN, DTLS and SRTP/SRTCP side by side.
 */
public enum PacketClass {
    /** 0-3: STUN (ICE checks, consent). */
    STUN,
    /** 20-63: DTLS records. */
    DTLS,
    /** 64-79: TURN ChannelData (RFC 8656 §12.4), which the ICE layer's TURN client unwraps. */
    TURN_CHANNEL,
    /** 128-191 with an RTCP packet type (192-223) in the second byte (RFC 5761 §4). */
    RTCP,
    /** 128-191 otherwise. */
    RTP,
    /** Anything else (ZRTP 16-19, reserved ranges): dropped. */
    OTHER;

    /** Classifies a datagram; never throws. */
    public static PacketClass of(byte[] datagram) {
        if (datagram == null || datagram.length == 0) {
            return OTHER;
        }
        int b = datagram[0] & 0xFF;
        if (b <= 3) {
            return STUN;
        }
        if (b >= 20 && b <= 63) {
            return DTLS;
        }
        if (b >= 64 && b <= 79) {
            return TURN_CHANNEL;
        }
        if (b >= 128 && b <= 191) {
            if (datagram.length < 2) {
                return OTHER;
            }
            int type = datagram[1] & 0xFF;
            return type >= 192 && type <= 223 ? RTCP : RTP;
        }
        return OTHER;
    }
}
